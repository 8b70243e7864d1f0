import Domain
import Foundation
import JSONStore
import Testing

@testable import Office

@Suite struct IngesterTests {
  static let examples = [
    #"{"type":"case","channel":"website","kind":"inquiry","subject":"موعد البرنامج","body":"متى يبدأ؟","contact":{"name":"Ali","phone":"0551234567","email":"ali@example.org","handle":"@ali"},"receivedAt":"2026-11-24T09:00:00Z","externalId":"form-1","program":"friday-talk","priority":"normal"}"#,
    #"{"type":"message","case":"W-000001","channel":"social","body":"any news?","receivedAt":"2026-11-24T10:00:00Z","externalId":"dm-9"}"#,
    #"{"type":"survey","survey":"service","channel":"phone","case":"W-000001","answers":{"overall":5,"speed":4,"recommend":9,"comment":"شكرا"},"assisted":true,"receivedAt":"2026-11-24T11:00:00Z","externalId":"sv-1"}"#,
  ]

  func setUp() throws -> (Scratch, Ingester) {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: true).create()
    let store = try OfficeStore(
      directory: directory, office: try OfficeFile.load(directory: directory.path))
    let surveys = try SurveyFile.loadAll(directory: directory.path)
    return (scratch, Ingester(store: store, surveys: surveys, acting: .manager("bridge")))
  }

  func feed(_ ingester: Ingester, _ lines: [[UInt8]]) -> [String] {
    lines.enumerated().map {
      ingester.ingest($1, number: $0 + 1, now: Date(timeIntervalSince1970: 1_795_323_600)).output
    }
  }

  @Test func theContractsExamplesAreStored() throws {
    let (scratch, ingester) = try setUp()
    defer { withExtendedLifetime(scratch) {} }
    let out = feed(ingester, Self.examples.map { Array($0.utf8) })
    #expect(out[0] == "ok W-000001")
    #expect(out[1] == "ok W-000001")
    #expect(out[2].hasPrefix("ok R-"))
    let stored = try #require(ingester.store.cases[CaseID(channel: .website, number: 1)])
    #expect(stored.contact.phone?.e164 == "+966551234567")
    #expect(stored.history.count == 3)  // opened, message, survey recorded
    #expect(ingester.store.responses.first?.kind == .inquiry)
    #expect(ingester.store.responses.first?.assisted == true)
  }

  @Test func theSameExternalIdTwiceIsADuplicateAndAppendsNothing() throws {
    let (scratch, ingester) = try setUp()
    defer { withExtendedLifetime(scratch) {} }
    _ = feed(ingester, Self.examples.map { Array($0.utf8) })
    let again = feed(ingester, Self.examples.map { Array($0.utf8) })
    #expect(again == ["duplicate form-1", "duplicate dm-9", "duplicate sv-1"])
    #expect(ingester.store.cases.count == 1)
    #expect(ingester.store.responses.count == 1)
  }

  @Test func badLinesAreRejectedWithTheirNumberWhileTheLinesAroundThemAreStored() throws {
    let (scratch, ingester) = try setUp()
    defer { withExtendedLifetime(scratch) {} }
    func good(_ n: Int) -> [UInt8] {
      Array(#"{"type":"case","channel":"phone","kind":"complaint","subject":"s\#(n)"}"#.utf8)
    }
    let bad: [(String, [UInt8])] = [
      (
        "unknown channel",
        Array(#"{"type":"case","channel":"fax","kind":"inquiry","subject":"x"}"#.utf8)
      ),
      (
        "unknown kind",
        Array(#"{"type":"case","channel":"phone","kind":"praise","subject":"x"}"#.utf8)
      ),
      ("missing subject", Array(#"{"type":"case","channel":"phone","kind":"inquiry"}"#.utf8)),
      (
        "invalid UTF-8",
        Array(#"{"type":"case","channel":"phone","kind":"inquiry","subject":""#.utf8) + [
          0xFF, 0x22, 0x7D,
        ]
      ),
      (
        "a 10 MB line",
        Array(#"{"type":"case","channel":"phone","kind":"inquiry","subject":""#.utf8)
          + Array(repeating: 0x61, count: 10 << 20) + Array(#""}"#.utf8)
      ),
      ("deep nesting", Array(String(repeating: "[", count: 100_000).utf8)),
      (
        "an out-of-range answer",
        Array(
          #"{"type":"survey","survey":"service","channel":"visit","answers":{"overall":9}}"#.utf8)
      ),
      (
        "an unknown survey",
        Array(#"{"type":"survey","survey":"mood","channel":"visit","answers":{"overall":3}}"#.utf8)
      ),
      (
        "a message to no case",
        Array(#"{"type":"message","case":"P-000999","channel":"phone","body":"hi"}"#.utf8)
      ),
      (
        "a bad phone",
        Array(
          #"{"type":"case","channel":"phone","kind":"inquiry","subject":"x","contact":{"phone":"12ab"}}"#
            .utf8)
      ),
      (
        "a bad time",
        Array(
          #"{"type":"case","channel":"phone","kind":"inquiry","subject":"x","receivedAt":"yesterday"}"#
            .utf8)
      ),
      ("no type", Array(#"{"channel":"phone"}"#.utf8)),
    ]
    var lines: [[UInt8]] = []
    for (index, item) in bad.enumerated() {
      lines.append(good(index))
      lines.append(item.1)
    }
    let out = feed(ingester, lines)
    for (index, item) in bad.enumerated() {
      #expect(out[index * 2].hasPrefix("ok P-"), "good line before \(item.0)")
      #expect(
        out[index * 2 + 1].hasPrefix("error line \(index * 2 + 2): "),
        "\(item.0): \(out[index * 2 + 1].prefix(120))")
    }
    #expect(ingester.store.cases.count == bad.count)
  }
}
