/// Where one member of a JSON object sits in its text: for rewriting that member alone and
/// leaving the rest of a hand-edited file (office.json) byte for byte as its author wrote it.
public enum JSONMember {
  public struct Failure: Error, Equatable {
    public var offset: Int
    public var reason: String
  }

  /// The byte range of the value of the top-level member `key`, nil when the object has no
  /// such member; also where the object's closing brace is, to add a member there. A key
  /// given twice is refused.
  public static func locate(_ key: String, in bytes: [UInt8]) throws(Failure) -> (
    value: Range<Int>?, closingBrace: Int
  ) {
    let result = bytes.withUnsafeBytes { buffer in
      Result { () throws(JSONScanner.Failure) -> (Range<Int>?, Int) in
        var scanner = JSONScanner(buffer)
        try scanner.expect(0x7B, "'{' at the start")
        var found: Range<Int>?
        if scanner.peek() != 0x7D {
          while true {
            scanner.skipWhitespace()
            let (range, escaped) = try scanner.scanString()
            try scanner.expect(0x3A, "':' after a key")
            scanner.skipWhitespace()
            let start = scanner.position
            try scanner.skipValue()
            if scanner.decodeString(range, escaped: escaped) == key {
              // Readers disagree on which of two members of one name counts: refuse to guess.
              guard found == nil else { throw scanner.fail("\"\(key)\" is given twice") }
              found = start..<scanner.position
            }
            guard scanner.peek() == 0x2C else { break }
            scanner.position += 1
          }
        }
        try scanner.expect(0x7D, "'}' at the end of the object")
        let brace = scanner.position - 1
        scanner.skipWhitespace()
        guard scanner.atEnd else { throw scanner.fail("text after the object") }
        return (found, brace)
      }
    }
    switch result {
    case .success(let (value, brace)): return (value, brace)
    case .failure(let error): throw Failure(offset: error.offset, reason: error.reason)
    }
  }
}
