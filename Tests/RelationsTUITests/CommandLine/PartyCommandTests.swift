import Foundation
import Testing

/// A person's party through the command line: given to `ingest` as `contact.role`, a column
/// of the export, a breakdown of `report surveys --by party`.
@Suite struct PartyCommandTests {
  static let lines = [
    #"{"type":"case","channel":"phone","kind":"inquiry","subject":"a","contact":{"phone":"0551234567","role":"supporter"}}"#,
    #"{"type":"case","channel":"letter","kind":"inquiry","subject":"b"}"#,
    #"{"type":"case","channel":"website","kind":"inquiry","subject":"c","contact":{"email":"s@example.org","role":"internal"}}"#,
    #"{"type":"case","channel":"website","kind":"inquiry","subject":"d","contact":{"role":"donor"}}"#,
    #"{"type":"case","channel":"visit","kind":"inquiry","subject":"e","contact":{"phone":"0551234567"}}"#,
    #"{"type":"survey","survey":"service","channel":"phone","case":"P-000001","answers":{"overall":5}}"#,
    #"{"type":"survey","survey":"service","channel":"letter","case":"L-000001","answers":{"overall":2}}"#,
    #"{"type":"survey","survey":"service","channel":"website","case":"W-000001","answers":{"overall":4}}"#,
  ]

  /// An office whose report shows groups of one, with the lines ingested.
  func office() throws -> (Scratch, String, [Substring]) {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let settings = office + "/office.json"
    let text = try String(contentsOfFile: settings, encoding: .utf8)
    try text.replacingOccurrences(of: #""minGroupSize": 5"#, with: #""minGroupSize": 1"#)
      .write(toFile: settings, atomically: true, encoding: .utf8)
    let input = scratch.path + "/in.jsonl"
    try Self.lines.joined(separator: "\n").write(toFile: input, atomically: true, encoding: .utf8)
    let result = try run(relationsBinary, ["ingest", "--data", office, input])
    return (scratch, office, result.out.split(separator: "\n"))
  }

  @Test func ingestTakesThePartyAndRefusesOneThePolicyDoesNotName() throws {
    let (scratch, office, results) = try office()
    defer { withExtendedLifetime(scratch) {} }
    #expect(results.count == Self.lines.count)
    #expect(
      results[3]
        == #"error line 4: contact.role "donor" is unknown; use beneficiary, internal, supporter, volunteer"#
    )
    let log = try String(contentsOfFile: office + "/channels/phone.jsonl", encoding: .utf8)
    #expect(log.contains(#""party":"supporter""#))
  }

  @Test func theExportNamesEachCasesPartyAReturningPersonKeepingTheirs() throws {
    let (scratch, office, _) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let export = try run(relationsBinary, ["export", "--data", office, "--format", "jsonl"])
    #expect(export.status == 0)
    var parties: [String: String] = [:]
    for line in export.out.split(separator: "\n") {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      parties[object["id"] as? String ?? ""] = object["party"] as? String
    }
    #expect(
      parties == [
        "P-000001": "supporter", "L-000001": "beneficiary", "W-000001": "internal",
        // No role given: the party the same phone number came as before.
        "V-000001": "supporter",
      ])
    let csv = try run(relationsBinary, ["export", "--data", office, "--format", "csv"])
    #expect(csv.out.split(separator: "\r\n").first?.hasSuffix(",party,mergedInto") == true)
  }

  @Test func theSurveyReportBreaksDownByParty() throws {
    let (scratch, office, _) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let report = try run(
      relationsBinary,
      ["report", "surveys", "--data", office, "--format", "json", "--by", "party"])
    #expect(report.status == 0, "\(report.err)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.out.utf8)) as? [String: Any])
    let text = String(describing: object)
    for party in ["beneficiary", "internal", "supporter"] {
      #expect(text.contains(party), "\(report.out)")
    }
    #expect(!text.contains("volunteer"))
    let wrong = try run(relationsBinary, ["report", "surveys", "--data", office, "--by", "donor"])
    #expect(wrong.status == 2 && wrong.err.contains("party or mode"))
  }
}
