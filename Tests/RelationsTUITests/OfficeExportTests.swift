import Foundation
import Testing

@testable import Office
@testable import RelationsTUI

@Suite struct OfficeExportTests {
  @Test func csvOpensInSpreadsheetsWithArabicQuotingAndNoFormulas() throws {
    let table = OfficeExport.Table(
      header: ["id", "subject"],
      rows: [
        ["V-000001", "سلام، \"عليكم\"\nسطر ثان"], ["V-000002", "=HYPERLINK(\"http://x\")"],
        ["V-000003", "plain"],
      ])
    let bytes = [UInt8](try OfficeExport.csv(table))
    #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    #expect(text.hasPrefix("id,subject\r\n"))
    #expect(text.contains("V-000001,\"سلام، \"\"عليكم\"\"\nسطر ثان\"\r\n"))
    #expect(text.contains("V-000002,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"))
    #expect(text.hasSuffix("V-000003,plain\r\n"))
  }

  @Test func jsonLinesHaveOneObjectPerRowWithTheHeadersNames() throws {
    let table = OfficeExport.Table(
      header: ["id", "subject", "empty"], rows: [["V-1", "a\"b", ""]])
    let line = String(decoding: OfficeExport.jsonLines(table), as: UTF8.self)
    #expect(line == #"{"id":"V-1","subject":"a\"b"}"# + "\n")
  }

  @Test func jsonLinesWriteNumbersBooleansAndDataAsTheirJSONTypes() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["demo", office, "--cases", "60", "--seed", "3"])
    func objects(_ what: String) throws -> [[String: Any]] {
      let result = try run(
        relationsBinary, ["export", "--data", office, "--format", "jsonl", "--what", what])
      #expect(result.status == 0)
      return try result.out.split(separator: "\n").map {
        try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
      }
    }
    let events = try objects("events")
    #expect(!events.isEmpty)
    for event in events {
      #expect(event["seq"] is NSNumber && !(event["seq"] is String))
      #expect(event["data"] is [String: Any])
    }
    // Survey answers never say who recorded them; every other record says who made it.
    let surveyed = events.filter { ($0["type"] as? String)?.hasPrefix("survey.") == true }
    #expect(!surveyed.isEmpty)
    #expect(surveyed.allSatisfy { $0["actor"] == nil })
    #expect(
      events.filter { ($0["type"] as? String)?.hasPrefix("case.") == true }.allSatisfy {
        ($0["actor"] as? String)?.isEmpty == false
      })
    let note = try #require(events.first { $0["type"] as? String == "case.noted" })
    #expect((note["data"] as? [String: Any])?["text"] is String)
    let cases = try objects("cases")
    #expect(cases.allSatisfy { $0["events"] is NSNumber && !($0["events"] is String) })
    let surveys = try objects("surveys")
    #expect(!surveys.isEmpty)
    let lines = try run(
      relationsBinary, ["export", "--data", office, "--format", "jsonl", "--what", "surveys"]
    ).out
    // Booleans as `true`/`false`, answers as numbers, never as text.
    #expect(lines.contains(#""assisted":false"#) || lines.contains(#""assisted":true"#))
    #expect(!lines.contains(#""assisted":"no""#))
    #expect(surveys.contains { $0["overall"] is NSNumber && !($0["overall"] is String) })
  }

  @Test func aDamagedRecordsDataIsExportedAsText() {
    let table = OfficeExport.Table(
      header: ["seq", "data"], cells: [[.number(4), .json(Array(#"{"a":[1,}"#.utf8))]])
    let line = String(decoding: OfficeExport.jsonLines(table), as: UTF8.self)
    #expect(line == #"{"seq":4,"data":"{\"a\":[1,}"}"# + "\n")
  }

  @Test func csvStaysAsItWas() throws {
    let table = OfficeExport.Table(
      header: ["seq", "assisted", "data"],
      cells: [[.number(4), .flag(false), .json(Array(#"{"a":1}"#.utf8))]])
    let text = String(decoding: try OfficeExport.csv(table).dropFirst(3), as: UTF8.self)
    #expect(text == "seq,assisted,data\r\n4,no,\"{\"\"a\"\":1}\"\r\n")
  }

  @Test func theExportCommandWritesAPrivateFileOfTheBundledOffice() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["demo", office, "--cases", "30", "--seed", "3"])
    let out = scratch.path + "/cases.csv"
    let result = try run(
      relationsBinary,
      ["export", "--data", office, "--format", "csv", "--what", "cases", "--out", out])
    #expect(result.status == 0)
    let attributes = try FileManager.default.attributesOfItem(atPath: out)
    #expect(attributes[.posixPermissions] as? Int == 0o600)
    let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: out)), as: UTF8.self)
      .components(separatedBy: "\r\n")
    #expect(
      lines.filter { $0.range(of: #"^[VPSLTW]-\d{6},"#, options: .regularExpression) != nil }.count
        == 30)
    let events = try run(
      relationsBinary, ["export", "--data", office, "--format", "jsonl", "--what", "events"])
    #expect(events.out.split(separator: "\n").count > 30)
    let bad = try run(relationsBinary, ["export", "--data", office, "--format", "xlsx"])
    #expect(bad.status == 2)
  }
}
