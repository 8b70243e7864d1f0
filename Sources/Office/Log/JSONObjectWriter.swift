import JSONStore

/// Writes one flat-ish JSON object field by field, in the order given.
///
/// Hand-written because `JSONSerialization` spent three quarters of demo generation bridging
/// and sorting dictionaries; this appends bytes, escaping strings with the log's own
/// `RecordCodec.appendString`. Nil values are left out.
public struct JSONObjectWriter {
  private var bytes: [UInt8] = [0x7B]
  private var empty = true

  private mutating func key(_ name: String) {
    if !empty { bytes.append(0x2C) }
    empty = false
    RecordCodec.appendString(name, to: &bytes)
    bytes.append(0x3A)
  }

  public mutating func add(_ name: String, _ value: String?) {
    guard let value else { return }
    key(name)
    RecordCodec.appendString(value, to: &bytes)
  }

  public mutating func add(_ name: String, _ value: Int?) {
    guard let value else { return }
    key(name)
    bytes.append(contentsOf: String(value).utf8)
  }

  public mutating func add(_ name: String, _ value: Bool?) {
    guard let value else { return }
    key(name)
    bytes.append(contentsOf: (value ? "true" : "false").utf8)
  }

  public mutating func add(_ name: String, _ values: [String]?) {
    guard let values else { return }
    key(name)
    bytes.append(0x5B)
    for (index, value) in values.enumerated() {
      if index > 0 { bytes.append(0x2C) }
      RecordCodec.appendString(value, to: &bytes)
    }
    bytes.append(0x5D)
  }

  public mutating func add(_ name: String, _ object: JSONObjectWriter?) {
    guard let object else { return }
    key(name)
    bytes.append(contentsOf: object.finished)
  }

  /// A value that is already JSON (a record's `data`), written as it is.
  public mutating func addRaw(_ name: String, _ json: [UInt8]) {
    key(name)
    bytes.append(contentsOf: json)
  }

  public mutating func addNull(_ name: String) {
    key(name)
    bytes.append(contentsOf: "null".utf8)
  }

  public var isEmpty: Bool { empty }

  public var finished: [UInt8] { bytes + [0x7D] }
}
