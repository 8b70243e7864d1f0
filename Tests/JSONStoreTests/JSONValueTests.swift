import JSONStore
import Testing

@Suite struct JSONValueTests {
  func parse(_ text: String) throws -> JSONValue {
    try Array(text.utf8).withUnsafeBytes { try JSONValue.parse($0) }
  }

  @Test func objectsArraysStringsNumbersAndLiteralsAreRead() throws {
    let value = try parse(
      #" {"s":"أهلا \"x\"\n","i":-12,"d":1.5e2,"t":true,"f":false,"n":null,"a":[1,{"k":"v"}]} "#)
    #expect(value["s"]?.string == "أهلا \"x\"\n")
    #expect(value["i"] == .integer(-12))
    #expect(value["d"] == .number(150))
    #expect(value["t"]?.bool == true && value["f"]?.bool == false && value["n"] == .null)
    #expect(value["a"]?.array?.count == 2)
    #expect(value["a"]?.array?.last?["k"]?.string == "v")
    #expect(value["missing"] == nil)
  }

  @Test func aWholeNumberWrittenWithAFractionIsStillAnInt() throws {
    #expect(try parse("4.0").int == 4)
    #expect(try parse("4.5").int == nil)
  }

  @Test(arguments: ["", "{", #"{"a":}"#, "[1,]", "tru", "1 2", #"{"a":1,}"#, "\"\u{1}\""])
  func malformedInputIsRefusedWithAReason(_ text: String) {
    #expect(throws: JSONValue.Failure.self) { try parse(text) }
  }

  @Test func nestingDeeperThanTheLimitIsRefusedNotFollowed() {
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    #expect(throws: JSONValue.Failure.self) { try parse(deep) }
  }
}
