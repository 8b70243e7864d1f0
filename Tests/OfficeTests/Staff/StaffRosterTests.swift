import Domain
import Foundation
import JSONStore
import Testing

@testable import Office

/// The staff list changed through the roster: office.json's `staff` alone rewritten, the
/// change kept in the office log with who made it, nothing written when it is refused.
@Suite struct StaffRosterTests {
  let handWritten = """
    {
      "name": { "ar": "مكتب", "en": "Office" },
      "hours":   { "start": "08:00",   "end": "16:00" },
      "staff": [ { "account": "khalid", "name": "خالد", "role": "manager" } ],
      "programs": []
    }

    """

  func office(_ scratch: Scratch) throws -> DataDirectory {
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: false, manager: "khalid").create()
    try Data(handWritten.utf8).write(to: URL(fileURLWithPath: directory.path + "/office.json"))
    return directory
  }

  func records(_ directory: DataDirectory) throws -> [Record] {
    var found: [Record] = []
    _ = try ChannelLog(
      directory: directory, channel: StaffEventCodec.logName, mode: .readOnly,
      sink: { found.append($0.record) })
    return found
  }

  @Test func anAddedMemberIsWrittenIntoStaffAloneAndKeptInTheOfficeLog() throws {
    let scratch = Scratch()
    let directory = try office(scratch)
    let now = Date(timeIntervalSince1970: 1_795_582_800)
    let event = try StaffRoster(directory: directory).change(
      .add(StaffMember(account: "huda", name: "هدى العتيبي", role: .frontdesk)), by: "khalid",
      now: now)
    #expect(event == .added(StaffMember(account: "huda", name: "هدى العتيبي", role: .frontdesk)))
    let text = try String(contentsOfFile: directory.path + "/office.json", encoding: .utf8)
    let (before, after) = (
      handWritten.components(separatedBy: "\"staff\"")[0],
      handWritten.components(separatedBy: "],\n")[1]
    )
    #expect(text.hasPrefix(before), "everything before staff is as it was:\n\(text)")
    #expect(text.hasSuffix(after), "everything after staff is as it was:\n\(text)")
    let office = try OfficeFile.load(directory: directory.path)
    #expect(office.staff.map(\.account) == ["khalid", "huda"])
    #expect(office.staff.last?.name == "هدى العتيبي")
    let kept = try records(directory)
    #expect(kept.count == 1)
    #expect(kept.first?.actor == "khalid")
    #expect(kept.first?.type == "staff.added")
    #expect(kept.first?.stream == "huda")
    #expect(kept.first?.timestamp == Timestamp(now))
  }

  @Test func aRefusedChangeLeavesOfficeJSONByteForByteAndTheLogEmpty() throws {
    let scratch = Scratch()
    let directory = try office(scratch)
    let roster = StaffRoster(directory: directory)
    #expect(throws: StaffRoster.Failure.self) {
      try roster.change(.remove(account: "khalid"), by: "khalid", now: Date())
    }
    #expect(throws: StaffRoster.Failure.self) {
      try roster.change(
        .add(StaffMember(account: "eve", name: "Eve", role: .manager)), by: "eve", now: Date())
    }
    let text = try String(contentsOfFile: directory.path + "/office.json", encoding: .utf8)
    #expect(text == handWritten)
    #expect(try records(directory).isEmpty)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func anOfficeWithoutAStaffMemberGainsOneAtItsEnd() throws {
    let bytes = Array(#"{ "name": "x" }"#.utf8)
    let rewritten = try StaffRoster.replacingStaff(
      in: bytes, with: [StaffMember(account: "a", name: "A", role: .manager)])
    let office = try OfficeFile.parse(Data(rewritten))
    #expect(office.staff == [StaffMember(account: "a", name: "A", role: .manager)])
    #expect(String(decoding: rewritten, as: UTF8.self).hasPrefix(#"{ "name": "x","#))
  }

  @Test func theRewrittenFileKeepsThePrivateOfficesMode() throws {
    let scratch = Scratch()
    let directory = try office(scratch)
    try StaffRoster(directory: directory).change(
      .add(StaffMember(account: "huda", name: "Huda", role: .frontdesk)), by: "khalid",
      now: Date())
    var info = stat()
    #expect(stat(directory.path + "/office.json", &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func anOfficeJSONWithStaffGivenTwiceIsRefusedRatherThanGuessedAt() throws {
    let scratch = Scratch()
    let directory = try office(scratch)
    let twice = handWritten.replacingOccurrences(
      of: #""programs": []"#,
      with: #""staff": [ { "account": "khalid", "role": "manager" } ], "programs": []"#)
    try Data(twice.utf8).write(to: URL(fileURLWithPath: directory.path + "/office.json"))
    #expect(throws: StaffRoster.Failure.self) {
      try StaffRoster(directory: directory).change(
        .add(StaffMember(account: "huda", name: "Huda", role: .frontdesk)), by: "khalid",
        now: Date())
    }
    let text = try String(contentsOfFile: directory.path + "/office.json", encoding: .utf8)
    #expect(text == twice)
    #expect(try records(directory).isEmpty)
  }
}
