import Testing

@testable import JSONStore

@Suite struct JSONScannerTests {
  func accepts(_ text: String) -> Bool {
    RecordCodec.validateJSON(Array(text.utf8)) == nil
  }

  @Test(arguments: [
    "{}", "[]", "0", "-0.5e+10", "\"\"", "true", "null",
    #"{"a":[1,{"b":null}],"c":"\u00e9\ud83d\ude00"}"#,
    " [ 1 , 2 ] ", #""سلام""#, #"{"":""}"#,
  ])
  func validJSONIsAccepted(_ text: String) {
    #expect(accepts(text))
  }

  @Test(arguments: [
    "", "{", "[1,]", "{\"a\"}", "{\"a\":1,}", "01", "1.", "-", ".5", "1e", "tru", "nul", "[1 2]",
    "{\"a\" 1}", "\"\\x\"", "\"\\u12\"", "\"\\udc00\"", "\"\u{1}\"", "{1:2}", "[]]", "NaN",
  ])
  func invalidJSONIsRefused(_ text: String) {
    #expect(!accepts(text))
  }

  @Test func nestingIsFollowedToTheLimitAndRefusedBeyondIt() {
    let limit = JSONScanner.maximumDepth
    #expect(accepts(String(repeating: "[", count: limit) + String(repeating: "]", count: limit)))
    let tooDeep = accepts(
      String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
    #expect(!tooDeep)
    #expect(!accepts(String(repeating: "{\"a\":", count: 100_000)))
  }

  @Test func escapedStringsDecodeToTheirText() throws {
    let bytes = Array(#""a\"b\\c\nd\u00e9\ud83d\ude00""#.utf8)
    let text = bytes.withUnsafeBytes { raw -> String? in
      var scanner = JSONScanner(raw)
      guard let (range, escaped) = try? scanner.scanString() else { return nil }
      return scanner.decodeString(range, escaped: escaped)
    }
    #expect(text == "a\"b\\c\nd\u{e9}\u{1F600}")
  }
}
