import Foundation
import Testing

@testable import JSONStore

@Suite struct MalformedLineTests {
  static let generated: [(String, [UInt8])] = [
    ("truncated JSON", Array(#"{"v":1,"seq":2,"id":"x""#.utf8)),
    ("bad escape", Array(#"{"v":1,"seq":2,"id":"\q"}"#.utf8)),
    ("invalid UTF-8", [0x7B, 0x22, 0xC3, 0x28, 0x22, 0x3A, 0x31, 0x7D]),
    ("overlong UTF-8", Array(#"{"a":""#.utf8) + [0xC0, 0xAF] + Array(#""}"#.utf8)),
    ("NUL bytes", [0x7B, 0x00, 0x00, 0x7D]),
    ("a JSON array", Array("[1,2,3]".utf8)),
    ("a bare string", Array(#""hello""#.utf8)),
    ("lone surrogate", Array(#"{"a":"\ud800"}"#.utf8)),
    (
      "100,000 nested brackets",
      Array(repeating: 0x5B, count: 100_000) + Array(repeating: 0x5D, count: 100_000)
    ),
    ("100,000 nested objects", Array(String(repeating: #"{"a":"#, count: 100_000).utf8)),
    (
      "a 5 MB line",
      Array(#"{"a":""#.utf8) + Array(repeating: 0x61, count: 5 << 20) + Array(#""}"#.utf8)
    ),
    ("empty line", []),
    ("only spaces", Array("   ".utf8)),
    ("CRLF record", Array("{}\r".utf8)),
  ]

  /// Good record, bad line, good record…: every bad line reported at its line, every good
  /// record read.
  func check(_ bad: [[UInt8]], names: [String]) throws {
    let temp = TemporaryDirectory()
    try temp.data.prepare()
    var file: [UInt8] = []
    var goodStreams: [String] = []
    for (index, line) in bad.enumerated() {
      let good = Record(
        seq: Int64(file.count == 0 ? 1 : index * 2 + 1), id: "g\(index)", timestamp: .now(),
        actor: "a",
        stream: "G\(index)", type: "t", data: Array("{}".utf8))
      file += RecordCodec.encode(good)
      goodStreams.append(good.stream)
      file += line + [0x0A]
    }
    let last = Record(
      seq: Int64(bad.count * 2 + 1), id: "last", timestamp: .now(), actor: "a", stream: "LAST",
      type: "t",
      data: Array("{}".utf8))
    file += RecordCodec.encode(last)
    goodStreams.append("LAST")
    try writeBytes(file, to: temp.data.channelPath("visit"))
    let (records, log) = try readAll(temp.data, "visit")
    #expect(records.map(\.stream) == goodStreams)
    #expect(log.problems.map(\.line) == bad.indices.map { $0 * 2 + 2 }, "\(names)")
    for problem in log.problems {
      #expect(problem.description.hasPrefix("channels/visit.jsonl:\(problem.line): "))
    }
    // Middle damage is never rewritten, even by a writer.
    let writer = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(writer.recoveries.isEmpty)
    #expect(Array(fileBytes(temp.data.channelPath("visit"))) == file)
  }

  @Test func generatedMalformedLinesAreEachReportedAndGoodRecordsStillRead() throws {
    try check(Self.generated.map(\.1), names: Self.generated.map(\.0))
  }

  @Test func everyJSONTestSuiteCaseBetweenGoodRecordsIsReportedAndSkipped() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../../shared/corpora/JSONTestSuite").standardized
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
      return  // a user's clone has no ../shared; the generated cases above still run
    }
    let cases = names.filter { $0.hasSuffix(".json") }.sorted()
    #expect(cases.count > 100)
    // Each file's bytes become one line (its newlines would split it into several lines,
    // each of which must then be reported; keep it one line so line numbers are known).
    let lines = cases.map { name in
      fileBytes(folder.appendingPathComponent(name).path).map {
        $0 == 0x0A || $0 == 0x0D ? 0x20 : $0
      }
    }
    try check(lines, names: cases)
  }
}
