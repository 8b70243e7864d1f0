import JSONStore

/// One value of an exported row, typed: JSON lines write it as its JSON type (a number, a
/// boolean, a record's `data` as the object it is), CSV as the text it always was.
public enum ExportCell: Equatable, Sendable {
  case text(String)
  case number(Int)
  /// A yes-or-no value; CSV writes `yes` or `no`.
  case flag(Bool)
  /// A record's `data` as written; JSON lines embed it when it is JSON, else as text.
  case json([UInt8])

  /// What CSV writes; an empty text is a value left out of JSON lines.
  public var text: String {
    switch self {
    case .text(let text): text
    case .number(let value): String(value)
    case .flag(let value): value ? "yes" : "no"
    case .json(let bytes): String(decoding: bytes, as: UTF8.self)
    }
  }

  /// Adds the cell to a JSON object under `name`, leaving an empty text out.
  func add(to object: inout JSONObjectWriter, as name: String) {
    switch self {
    case .text(let text): if !text.isEmpty { object.add(name, text) }
    case .number(let value): object.add(name, value)
    case .flag(let value): object.add(name, value)
    case .json(let bytes):
      // A damaged record's data may not be JSON: it is exported as the text it holds, so
      // the line stays one valid object.
      let valid = bytes.withUnsafeBytes { (try? JSONValue.parse($0)) != nil }
      if valid { object.addRaw(name, bytes) } else { object.add(name, text) }
    }
  }
}
