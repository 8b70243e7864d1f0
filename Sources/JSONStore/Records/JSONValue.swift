/// A JSON value built from bytes, for reading a record's `data`.
///
/// Hand-written on `JSONScanner` because opening an office decodes the data of every case
/// event: Foundation's `JSONSerialization` builds bridged dictionaries and strings, several
/// times slower. Objects keep their members in order as pairs: event data has a handful of
/// keys, where a linear look-up beats hashing.
public enum JSONValue: Sendable, Equatable {
  case string(String)
  case integer(Int64)
  case number(Double)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.number(let a), .number(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)):
      a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: false
    }
  }

  /// Why bytes are not one JSON value.
  public struct Failure: Error, Sendable, Equatable {
    public var offset: Int
    public var reason: String
  }

  /// Parses exactly one value (surrounding spaces allowed).
  public static func parse(_ bytes: UnsafeRawBufferPointer) throws(Failure) -> JSONValue {
    var scanner = JSONScanner(bytes)
    do throws(JSONScanner.Failure) {
      let value = try read(&scanner, depth: 0)
      scanner.skipWhitespace()
      guard scanner.atEnd else { throw scanner.fail("unexpected bytes after the value") }
      return value
    } catch {
      throw Failure(offset: error.offset, reason: error.reason)
    }
  }

  private static func read(_ scanner: inout JSONScanner, depth: Int) throws(JSONScanner.Failure)
    -> JSONValue
  {
    guard depth < JSONScanner.maximumDepth else { throw scanner.fail("nested too deeply") }
    guard let byte = scanner.peek() else { throw scanner.fail("a value is missing") }
    switch byte {
    case 0x22:
      let (range, escaped) = try scanner.scanString()
      return .string(scanner.decodeString(range, escaped: escaped))
    case 0x7B:
      scanner.position += 1
      var members: [(String, JSONValue)] = []
      if scanner.peek() == 0x7D {
        scanner.position += 1
        return .object(members)
      }
      while true {
        _ = scanner.peek()
        let (range, escaped) = try scanner.scanString()
        let key = scanner.decodeString(range, escaped: escaped)
        try scanner.expect(0x3A, "a colon")
        members.append((key, try read(&scanner, depth: depth + 1)))
        guard let next = scanner.peek() else { throw scanner.fail("an object is not closed") }
        scanner.position += 1
        if next == 0x7D { return .object(members) }
        guard next == 0x2C else { throw scanner.fail("expected a comma or }") }
      }
    case 0x5B:
      scanner.position += 1
      var elements: [JSONValue] = []
      if scanner.peek() == 0x5D {
        scanner.position += 1
        return .array(elements)
      }
      while true {
        elements.append(try read(&scanner, depth: depth + 1))
        guard let next = scanner.peek() else { throw scanner.fail("an array is not closed") }
        scanner.position += 1
        if next == 0x5D { return .array(elements) }
        guard next == 0x2C else { throw scanner.fail("expected a comma or ]") }
      }
    case 0x74, 0x66, 0x6E:
      let start = scanner.position
      try scanner.skipValue()
      switch scanner.bytes[start] {
      case 0x74: return .bool(true)
      case 0x66: return .bool(false)
      default: return .null
      }
    default:
      let start = scanner.position
      let integer = try scanner.scanNumber()
      let text = String(
        decoding: UnsafeRawBufferPointer(rebasing: scanner.bytes[start..<scanner.position]),
        as: UTF8.self)
      if integer, let value = Int64(text) { return .integer(value) }
      guard let value = Double(text) else { throw scanner.fail("invalid number") }
      return .number(value)
    }
  }

  /// The member `key` of an object; nil for anything else or a missing key.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members.first { $0.0 == key }?.1
  }

  public var string: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// A whole number (an integer, or a number with no fraction).
  public var int: Int? {
    switch self {
    case .integer(let value): Int(exactly: value)
    case .number(let value): Int(exactly: value)
    default: nil
    }
  }

  public var bool: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  public var array: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  public var isObject: Bool {
    if case .object = self { return true }
    return false
  }
}
