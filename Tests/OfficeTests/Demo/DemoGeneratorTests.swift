import Domain
import Foundation
import JSONStore
import Testing

@testable import Office

@Suite struct DemoGeneratorTests {
  static let now = CaseEventCodec.date("2026-11-25T09:00:00+03:00") ?? Date()

  func demo(cases: Int, seed: UInt64) throws -> (Scratch, DataDirectory) {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/demo")
    try OfficeScaffold(directory: directory, demo: true).create()
    _ = try DemoGenerator(cases: cases, seed: seed, now: Self.now).write(to: directory)
    return (scratch, directory)
  }

  func bytes(_ directory: DataDirectory) -> [String: Data] {
    var all: [String: Data] = [:]
    for channel in directory.channelNames() {
      all[channel] = FileManager.default.contents(atPath: directory.channelPath(channel))
    }
    return all
  }

  @Test func theSameSeedGivesTheSameOfficeByteForByte() throws {
    let (a, first) = try demo(cases: 120, seed: 42)
    let (b, second) = try demo(cases: 120, seed: 42)
    let (c, other) = try demo(cases: 120, seed: 43)
    defer { withExtendedLifetime((a, b, c)) {} }
    #expect(bytes(first) == bytes(second))
    #expect(bytes(first) != bytes(other))
  }

  @Test func theOfficeIsRealisticAndFollowsTheRules() throws {
    let (scratch, directory) = try demo(cases: 600, seed: 7)
    defer { withExtendedLifetime(scratch) {} }
    let store = try OfficeStore(
      directory: directory, office: try OfficeFile.load(directory: directory.path), mode: .readOnly)
    #expect(store.unreadable.isEmpty)
    let cases = Array(store.cases.values)
    #expect(cases.count == 600)
    #expect(Set(cases.map(\.id.channel)) == Set(Channel.allCases))
    #expect(Set(cases.map(\.kind)) == Set(CaseKind.allCases))
    #expect(
      Set(cases.map(\.status)).isSuperset(of: [
        .new, .open, .waiting, .authority, .resolved, .closed,
      ]))
    // A decided permit is resolved only once its requester is told, so the demo's rejections
    // have all been passed on by now; every other step is there.
    #expect(
      Set(cases.compactMap(\.permit?.step)).isSuperset(of: [
        .received, .submitted, .approved, .notified,
      ]))
    #expect(
      !cases.contains {
        $0.permit.map { $0.step == .approved || $0.step == .rejected } == true
          && !$0.status.isActive
      })
    let subjects = cases.map(\.subject).joined()
    #expect(
      subjects.contains("طلب") && subjects.contains("Question") && subjects.contains("سوال")
        && subjects.contains("Tanong"))
    // Repeat visitors: some contacts brought several cases.
    #expect(store.contacts.contacts.contains { $0.cases.count > 1 })
    #expect(store.responses.count > 600)
    #expect(
      store.responses.contains { $0.caseID == nil } && store.responses.contains { $0.caseID != nil }
    )
    let report = try OfficeCheck(directory: directory).run(repair: false)
    #expect(report.problems.isEmpty && report.configuration == nil)
  }

  /// The report of a fixed demo office, byte for byte. When the scoring or the generator
  /// changes on purpose, regenerate the file with the command in its test and review the diff.
  @Test func theSurveyReportOfAFixedSeedMatchesItsGoldenFile() throws {
    let (scratch, directory) = try demo(cases: 300, seed: 2026)
    defer { withExtendedLifetime(scratch) {} }
    let office = try OfficeFile.load(directory: directory.path)
    let store = try OfficeStore(directory: directory, office: office, mode: .readOnly)
    let survey = try #require(try SurveyFile.loadAll(directory: directory.path)["service"])
    let report = SurveyReport(
      survey: survey, responses: store.responses, cases: Array(store.cases.values), office: office,
      from: nil, to: nil,
      by: .channel)
    let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden/report-surveys-seed2026.json")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try Data((report.json + "\n").utf8).write(to: golden)
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(report.json + "\n" == expected)
  }
}
