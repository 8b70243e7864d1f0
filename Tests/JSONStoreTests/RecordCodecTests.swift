import JSONStore
import Testing

@Suite struct RecordCodecTests {
  let sample = Record(
    seq: 7, id: "abc123", timestamp: Timestamp(millisecondsSince1970: 1_764_057_600_000),
    actor: "huda",
    stream: "V-000007", type: "case.opened", batchEnd: 9,
    data: Array(#"{"subject":"استفسار عن البرنامج","n":[1,2.5,true,null]}"#.utf8))

  @Test func anEnvelopeSurvivesARoundTrip() throws {
    let line = RecordCodec.encode(sample)
    #expect(line.last == 0x0A)
    #expect(try RecordCodec.decode(Array(line.dropLast())) == sample)
  }

  @Test func textWithQuotesControlsAndNewlinesRoundTrips() throws {
    var record = sample
    record.actor = "a\"b\\c\n\t\u{1}\u{7F}"
    record.stream = "سلام 😀"
    let line = RecordCodec.encode(record)
    #expect(line.dropLast().contains(0x0A) == false)
    #expect(try RecordCodec.decode(Array(line.dropLast())) == record)
  }

  @Test func theChecksumCatchesEverySingleFlippedByte() {
    let line = Array(RecordCodec.encode(sample).dropLast())
    for index in line.indices {
      for mask: UInt8 in [0x01, 0x20, 0x80] {
        var damaged = line
        damaged[index] ^= mask
        if damaged[index] == 0x0A { continue }  // that would be two lines, tested elsewhere
        #expect(throws: RecordCodec.LineError.self, "byte \(index) ^ \(mask)") {
          try RecordCodec.decode(damaged)
        }
      }
    }
  }

  @Test func aForeignWellFormedObjectIsNotARecord() {
    #expect(throws: RecordCodec.LineError.missingField("seq")) {
      try RecordCodec.decode(Array(#"{"v":1,"id":"x"}"#.utf8))
    }
    #expect(throws: RecordCodec.LineError.notAnObject) {
      try RecordCodec.decode(Array(#"[1,2,3]"#.utf8))
    }
  }

  @Test func aRecordWithoutItsChecksumIsRefused() throws {
    var line = Array(RecordCodec.encode(sample).dropLast())
    let text = String(decoding: line, as: UTF8.self)
    let cut = try #require(text.range(of: #","crc":"#))
    line = Array((String(text[..<cut.lowerBound]) + "}").utf8)
    #expect(throws: RecordCodec.LineError.noChecksum) { try RecordCodec.decode(line) }
  }

  @Test func aNewerFormatIsNamed() {
    var record = sample
    record.version = 2
    #expect(throws: RecordCodec.LineError.newerVersion(2)) {
      try RecordCodec.decode(Array(RecordCodec.encode(record).dropLast()))
    }
  }

  @Test func invalidDataIsCaughtBeforeWriting() {
    #expect(RecordCodec.validateJSON(Array(#"{"a":1}"#.utf8)) == nil)
    #expect(RecordCodec.validateJSON(Array(#"{"a":1"#.utf8)) != nil)
    #expect(RecordCodec.validateJSON(Array(#"{"a":1} x"#.utf8)) != nil)
    #expect(RecordCodec.validateJSON([0x22, 0xFF, 0x22]) != nil)
  }
}

@Suite struct RecordCodecStrictnessTests {
  /// A line whose checksum was computed over invalid data, as only a buggy writer makes.
  func forgedLine() -> [UInt8] {
    var record = Record(
      seq: 1, id: "x", timestamp: Timestamp(millisecondsSince1970: 0), actor: "a", stream: "S",
      type: "t",
      data: Array(#"{"a":[1,}"#.utf8))
    record.data = Array(#"{"a":[1,}"#.utf8)
    return Array(RecordCodec.encode(record).dropLast())
  }

  @Test func strictDecodingWalksDataEvenWhenTheChecksumMatches() {
    #expect(throws: RecordCodec.LineError.self) {
      try RecordCodec.decode(forgedLine(), strict: true)
    }
  }

  @Test func replayDecodingTrustsChecksummedDataAndKeepsItsExactBytes() throws {
    let record = try RecordCodec.decode(forgedLine(), strict: false)
    #expect(record.dataText == #"{"a":[1,}"#)
  }

  @Test func replayDecodingStillRefusesADamagedLine() {
    var line = forgedLine()
    line[12] ^= 1
    #expect(throws: RecordCodec.LineError.self) { try RecordCodec.decode(line, strict: false) }
  }
}

@Suite struct RecordCodecPrevTests {
  let prev = LineHash(of: Array("the line before".utf8))

  @Test func prevIsWrittenAfterBatchEndAndBeforeDataAndReadsBack() throws {
    let record = Record(
      seq: 7, id: "id", timestamp: Timestamp(millisecondsSince1970: 0), actor: "a",
      stream: "V-000001", type: "case.noted", batchEnd: 8, prev: prev, data: Array("{}".utf8))
    let line = RecordCodec.encode(record)
    let text = String(decoding: line, as: UTF8.self)
    #expect(text.contains(#""batchEnd":8,"prev":"\#(prev.hex)","data":{}"#))
    for strict in [true, false] {
      #expect(try RecordCodec.decode(Array(line.dropLast()), strict: strict) == record)
    }
  }

  @Test func aRecordWithoutPrevIsWrittenAsBefore() {
    let record = Record(
      seq: 1, id: "id", timestamp: Timestamp(millisecondsSince1970: 0), actor: "a",
      stream: "V-000001", type: "case.noted", data: Array("{}".utf8))
    #expect(!String(decoding: RecordCodec.encode(record), as: UTF8.self).contains("prev"))
  }

  /// A line with `"prev":VALUE` and a checksum that matches.
  func line(prev value: String) -> [UInt8] {
    var body = Array(
      #"{"v":1,"seq":2,"id":"i","ts":"2026-11-25T08:30:00.000Z","actor":"a","stream":"s","type":"t","prev":\#(value),"data":{}"#
        .utf8)
    let crc = CRC32C.checksum(body)
    let hex = String(crc, radix: 16)
    body +=
      Array(#","crc":""#.utf8) + Array((String(repeating: "0", count: 8 - hex.count) + hex).utf8)
    body += Array(#""}"#.utf8)
    return body
  }

  @Test(arguments: [#""PREV""#, "12", #""abc""#, #""\u0061bc""#])
  func aPrevThatIsNotAHashIsDamageEvenWithAGoodChecksum(value: String) {
    for strict in [true, false] {
      #expect(throws: RecordCodec.LineError.self) {
        try RecordCodec.decode(line(prev: value), strict: strict)
      }
    }
  }

  @Test func replayTrustsAChecksummedPrevOfTheRightLengthAsItTrustsData() throws {
    let upper = "\"" + prev.hex.uppercased() + "\""
    #expect(throws: RecordCodec.LineError.self) {
      try RecordCodec.decode(line(prev: upper), strict: true)
    }
    #expect(try RecordCodec.decode(line(prev: upper), strict: false).prev == nil)
  }
}
