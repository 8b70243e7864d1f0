/// A validating, non-allocating walk over one line of JSON.
///
/// Hand-written because replay of the logs is the product's hot path: Foundation's
/// `JSONDecoder` builds every value (about 50 MB/s on these lines), while replay only needs
/// the envelope's few fields and the byte range of `data`. It still validates everything
/// (UTF-8, escapes, numbers, nesting) so that `check` can say exactly what is wrong.
struct JSONScanner {
  /// What is wrong with the JSON and at which byte (0-based) of the line.
  struct Failure: Error, Equatable {
    var offset: Int
    var reason: String
  }

  /// Deeper nesting is refused rather than followed: no input can exhaust the stack or memory.
  static let maximumDepth = 128

  let bytes: UnsafeRawBufferPointer
  var position = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  var atEnd: Bool { position >= bytes.count }

  func fail(_ reason: String) -> Failure { Failure(offset: position, reason: reason) }

  mutating func skipWhitespace() {
    while position < bytes.count {
      let byte = bytes[position]
      guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { return }
      position += 1
    }
  }

  mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
    skipWhitespace()
    guard position < bytes.count else { throw fail("line ends where \(what) was expected") }
    guard bytes[position] == byte else { throw fail("expected \(what)") }
    position += 1
  }

  /// Peeks at the next non-space byte.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  // MARK: Strings

  /// Walks a string starting at its opening quote. Returns its content's byte range and
  /// whether it holds escapes (then `decodeString` must unescape it).
  mutating func scanString() throws(Failure) -> (range: Range<Int>, escaped: Bool) {
    guard position < bytes.count, bytes[position] == 0x22 else { throw fail("expected a string") }
    position += 1
    let start = position
    var escaped = false
    let count = bytes.count
    while position < count {
      let byte = bytes[position]
      if byte == 0x22 {
        position += 1
        return (start..<(position - 1), escaped)
      }
      if byte == 0x5C {
        escaped = true
        try scanEscape()
      } else if byte < 0x20 {
        throw fail("control character 0x\(String(byte, radix: 16)) inside a string")
      } else if byte < 0x80 {
        position += 1
      } else {
        try scanUTF8Sequence()
      }
    }
    throw fail("string is not closed")
  }

  private mutating func scanEscape() throws(Failure) {
    guard position + 1 < bytes.count else { throw fail("escape at end of line") }
    switch bytes[position + 1] {
    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
      position += 2
    case 0x75:
      let unit = try hex4(at: position + 2)
      position += 6
      if (0xD800...0xDBFF).contains(unit) {
        guard position + 1 < bytes.count, bytes[position] == 0x5C, bytes[position + 1] == 0x75,
          (0xDC00...0xDFFF).contains(try hex4(at: position + 2))
        else { throw fail("\\u escape is a lone surrogate") }
        position += 6
      } else if (0xDC00...0xDFFF).contains(unit) {
        throw fail("\\u escape is a lone surrogate")
      }
    default:
      throw fail("invalid escape")
    }
  }

  private func hex4(at offset: Int) throws(Failure) -> UInt32 {
    guard offset + 4 <= bytes.count else {
      throw Failure(offset: offset, reason: "short \\u escape")
    }
    var value: UInt32 = 0
    for index in offset..<(offset + 4) {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case 0x30...0x39: digit = UInt32(byte - 0x30)
      case 0x41...0x46: digit = UInt32(byte - 0x37)
      case 0x61...0x66: digit = UInt32(byte - 0x57)
      default: throw Failure(offset: index, reason: "invalid \\u escape")
      }
      value = value << 4 | digit
    }
    return value
  }

  /// Validates one multi-byte UTF-8 sequence: no overlong forms, no surrogates, ≤ U+10FFFF.
  private mutating func scanUTF8Sequence() throws(Failure) {
    let lead = bytes[position]
    let length: Int
    var lowest: UInt8 = 0x80
    var highest: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0:
      length = 3
      lowest = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED:
      length = 3
      highest = 0x9F
    case 0xF0:
      length = 4
      lowest = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4:
      length = 4
      highest = 0x8F
    default: throw fail("invalid UTF-8")
    }
    guard position + length <= bytes.count else { throw fail("invalid UTF-8 (truncated sequence)") }
    let second = bytes[position + 1]
    guard second >= lowest, second <= highest else { throw fail("invalid UTF-8") }
    for index in (position + 2)..<(position + length) where bytes[index] & 0xC0 != 0x80 {
      throw Failure(offset: index, reason: "invalid UTF-8")
    }
    position += length
  }

  /// The text of a string scanned by `scanString`.
  func decodeString(_ range: Range<Int>, escaped: Bool) -> String {
    let slice = UnsafeRawBufferPointer(rebasing: bytes[range])
    guard escaped else { return String(decoding: slice, as: UTF8.self) }
    var out = [UInt8]()
    out.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      guard byte == 0x5C else {
        out.append(byte)
        index += 1
        continue
      }
      let kind = bytes[index + 1]
      index += 2
      switch kind {
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        var scalar = (try? hex4(at: index)) ?? 0xFFFD
        index += 4
        if (0xD800...0xDBFF).contains(scalar) {
          let low = (try? hex4(at: index + 2)) ?? 0xDC00
          scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
          index += 6
        }
        out.append(
          contentsOf: Array(String(Unicode.Scalar(scalar).map(Character.init) ?? "\u{FFFD}").utf8))
      default: out.append(kind)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: Numbers

  /// Walks a JSON number; returns whether it is an integer (no fraction, no exponent).
  mutating func scanNumber() throws(Failure) -> Bool {
    let count = bytes.count
    if position < count, bytes[position] == 0x2D { position += 1 }
    guard position < count, isDigit(bytes[position]) else { throw fail("invalid number") }
    if bytes[position] == 0x30 {
      position += 1
    } else {
      while position < count, isDigit(bytes[position]) { position += 1 }
    }
    var integer = true
    if position < count, bytes[position] == 0x2E {
      integer = false
      position += 1
      guard position < count, isDigit(bytes[position]) else { throw fail("invalid number") }
      while position < count, isDigit(bytes[position]) { position += 1 }
    }
    if position < count, bytes[position] | 0x20 == 0x65 {
      integer = false
      position += 1
      if position < count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
      guard position < count, isDigit(bytes[position]) else { throw fail("invalid number") }
      while position < count, isDigit(bytes[position]) { position += 1 }
    }
    return integer
  }

  /// Reads a whole number that fits in Int64.
  mutating func scanInteger() throws(Failure) -> Int64 {
    skipWhitespace()
    let start = position
    guard try scanNumber() else {
      throw Failure(offset: start, reason: "expected a whole number")
    }
    var value: Int64 = 0
    var index = start
    let negative = bytes[index] == 0x2D
    if negative { index += 1 }
    while index < position {
      let (times, overflowA) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowB) = times.addingReportingOverflow(Int64(bytes[index] - 0x30))
      guard !overflowA, !overflowB else { throw Failure(offset: start, reason: "number too large") }
      value = sum
      index += 1
    }
    return negative ? -value : value
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  // MARK: Values

  private mutating func scanLiteral(_ word: StaticString) throws(Failure) {
    let length = word.utf8CodeUnitCount
    guard position + length <= bytes.count else { throw fail("invalid literal") }
    for offset in 0..<length where bytes[position + offset] != word.utf8Start[offset] {
      throw fail("invalid literal")
    }
    position += length
  }

  /// Walks any JSON value without building it, iteratively (no recursion), refusing nesting
  /// deeper than `maximumDepth`.
  mutating func skipValue() throws(Failure) {
    // Two 64-bit words record, per level, whether that level is an object (1) or array (0).
    var kinds: (UInt64, UInt64) = (0, 0)
    var depth = 0
    func isObject(_ level: Int) -> Bool {
      level < 64 ? (kinds.0 >> UInt64(level)) & 1 == 1 : (kinds.1 >> UInt64(level - 64)) & 1 == 1
    }
    func push(_ object: Bool) throws(Failure) {
      guard depth < Self.maximumDepth else {
        throw fail("nested deeper than \(Self.maximumDepth) levels")
      }
      let bit: UInt64 = object ? 1 : 0
      if depth < 64 {
        kinds.0 = (kinds.0 & ~(1 << UInt64(depth))) | (bit << UInt64(depth))
      } else {
        kinds.1 = (kinds.1 & ~(1 << UInt64(depth - 64))) | (bit << UInt64(depth - 64))
      }
      depth += 1
    }
    while true {
      // A value starts here.
      skipWhitespace()
      guard position < bytes.count else { throw fail("line ends where a value was expected") }
      switch bytes[position] {
      case 0x7B:
        position += 1
        try push(true)
        if peek() == 0x7D {
          position += 1
          depth -= 1
        } else {
          skipWhitespace()
          _ = try scanString()
          try expect(0x3A, "':' after a key")
          continue
        }
      case 0x5B:
        position += 1
        try push(false)
        if peek() == 0x5D {
          position += 1
          depth -= 1
        } else {
          continue
        }
      case 0x22: _ = try scanString()
      case 0x74: try scanLiteral("true")
      case 0x66: try scanLiteral("false")
      case 0x6E: try scanLiteral("null")
      case 0x2D, 0x30...0x39: _ = try scanNumber()
      default: throw fail("unexpected character")
      }
      // After a value: close containers or move to the next element.
      var next = false
      while depth > 0 && !next {
        skipWhitespace()
        guard position < bytes.count else { throw fail("line ends inside an object or array") }
        let byte = bytes[position]
        position += 1
        if isObject(depth - 1) {
          if byte == 0x2C {
            skipWhitespace()
            _ = try scanString()
            try expect(0x3A, "':' after a key")
            next = true
          } else if byte == 0x7D {
            depth -= 1
          } else {
            position -= 1
            throw fail("expected ',' or '}'")
          }
        } else {
          if byte == 0x2C {
            next = true
          } else if byte == 0x5D {
            depth -= 1
          } else {
            position -= 1
            throw fail("expected ',' or ']'")
          }
        }
      }
      if !next { return }
    }
  }
}
