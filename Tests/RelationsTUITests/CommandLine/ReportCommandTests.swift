import Foundation
import Testing

@Suite struct ReportCommandTests {
  @Test func aPeriodThatEndsBeforeItStartsIsAUsageError() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let result = try run(
      relationsBinary,
      ["report", "surveys", "--data", office, "--from", "2026-12-01", "--to", "2026-01-01"])
    #expect(result.status == 2)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("--from 2026-12-01 is after --to 2026-01-01"), "\(result.err)")
    #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
  }

  @Test func theReportBreaksDownByModeAndNamesItWhenTheDimensionIsWrong() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let settings = office + "/office.json"
    let text = try String(contentsOfFile: settings, encoding: .utf8)
    try text.replacingOccurrences(of: #""minGroupSize": 5"#, with: #""minGroupSize": 1"#)
      .write(toFile: settings, atomically: true, encoding: .utf8)
    let lines = [
      #"{"type":"survey","survey":"service","channel":"phone","answers":{"overall":5},"assisted":true}"#,
      #"{"type":"survey","survey":"service","channel":"website","answers":{"overall":2}}"#,
      #"{"type":"survey","survey":"service","channel":"website","answers":{"overall":4}}"#,
    ]
    let ingest = try run(
      relationsBinary, ["ingest", "--data", office], input: Data(lines.joined(separator: "\n").utf8)
    )
    #expect(ingest.status == 0, "\(ingest.out)\(ingest.err)")
    let report = try run(
      relationsBinary, ["report", "surveys", "--data", office, "--format", "json", "--by", "mode"])
    #expect(report.status == 0, "\(report.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.out.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { $0["key"] as? String } == ["assisted", "self-reported"])
    #expect(groups.map { $0["responses"] as? Int } == [1, 2])
    #expect(groups.map { $0["csat"] as? Double } == [1, 0.5])
    let wrong = try run(relationsBinary, ["report", "surveys", "--data", office, "--by", "medium"])
    #expect(wrong.status != 0 && wrong.err.contains("party or mode, not medium"), "\(wrong.err)")
  }
}
