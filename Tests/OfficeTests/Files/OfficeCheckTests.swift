import Foundation
import JSONStore
import Testing

@testable import Office

@Suite struct OfficeCheckTests {
  /// An office whose visit log has a damaged second record and a torn tail.
  func damagedOffice() throws -> (Scratch, DataDirectory) {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: false).create()
    let log = try ChannelLog(directory: directory, channel: "visit")
    for index in 1...3 {
      try log.append(
        [
          ChannelLog.Draft(
            stream: "V-00000\(index)", type: "t", data: Array("{}".utf8), id: "e\(index)",
            timestamp: .now())
        ],
        actor: "huda")
    }
    let path = directory.channelPath("visit")
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let secondLine = try #require(bytes.firstIndex(of: 0x0A)) + 1
    bytes[secondLine + 20] ^= 0x01
    bytes += Array(#"{"v":1,"seq":4,"id":"torn"#.utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return (scratch, directory)
  }

  @Test func checkNamesBothATornTailAndADamagedMiddleRecord() throws {
    let (scratch, directory) = try damagedOffice()
    defer { withExtendedLifetime(scratch) {} }
    let report = try OfficeCheck(directory: directory).run(repair: false)
    let lines = report.problems.map(\.description)
    #expect(lines.contains { $0.hasPrefix("channels/visit.jsonl:2: ") })
    #expect(lines.contains { $0.hasPrefix("channels/visit.jsonl:4: torn tail") })
    #expect(report.repaired.isEmpty)
  }

  @Test func repairCutsTheTailIntoQuarantineButStillReportsTheMiddle() throws {
    let (scratch, directory) = try damagedOffice()
    defer { withExtendedLifetime(scratch) {} }
    let before = try Data(contentsOf: URL(fileURLWithPath: directory.channelPath("visit")))
    let report = try OfficeCheck(directory: directory).run(repair: true)
    #expect(report.repaired.count == 1)
    #expect(report.problems.map(\.line) == [2])
    let after = try Data(contentsOf: URL(fileURLWithPath: directory.channelPath("visit")))
    let quarantined = try FileManager.default.contentsOfDirectory(atPath: directory.quarantine.path)
    #expect(quarantined.count == 1)
    let saved = try Data(
      contentsOf: URL(fileURLWithPath: directory.quarantine.path + "/" + quarantined[0]))
    #expect(after + saved == before)
  }

  @Test func surveyInvitationsNamingASurveyTheOfficeDoesNotHaveIsAProblem() throws {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: true).create()
    #expect(try OfficeCheck(directory: directory).run(repair: false).configuration == nil)
    let path = directory.path + "/office.json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
      .replacingOccurrences(of: #""survey": "service""#, with: #""survey": "nosuch""#)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let problem = try #require(
      try OfficeCheck(directory: directory).run(repair: false).configuration)
    #expect(problem.field == "surveyInvitations.survey")
    #expect(problem.reason.contains("no survey \"nosuch\""))
  }

  @Test func aFreshOfficeIsClean() throws {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: true).create()
    let report = try OfficeCheck(directory: directory).run(repair: false)
    #expect(report.problems.isEmpty)
    #expect(report.files == 6)
  }
}
