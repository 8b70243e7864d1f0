import Foundation
import Testing

@testable import Office

/// `relations staff` as the account running the tests, on an office it manages: each change
/// printed as `ok ACCOUNT`, bad input refused in one sentence with nothing changed.
@Suite struct StaffCommandTests {
  func office(in scratch: Scratch, manager: String = OSAccount.current) throws -> String {
    let office = scratch.path + "/office"
    let made = try run(relationsBinary, ["init", office, "--manager", manager])
    try #require(made.status == 0, "\(made.err)")
    return office
  }

  func staff(_ office: String, _ arguments: [String]) throws -> (
    status: Int32, out: String, err: String
  ) {
    try run(relationsBinary, ["staff"] + arguments + ["--data", office])
  }

  @Test func aManagerAddsListsReRolesAndRemovesStaff() throws {
    let scratch = Scratch()
    let office = try office(in: scratch)
    let me = OSAccount.current
    #expect(
      try staff(office, ["add", "huda", "--role", "frontdesk", "--name", "هدى العتيبي"]).out
        == "ok huda\n")
    #expect(try staff(office, ["set-role", "huda", "officer"]).out == "ok huda\n")
    let listed = try staff(office, ["list"])
    #expect(listed.status == 0)
    #expect(listed.out.contains("huda"))
    #expect(listed.out.contains("officer    هدى العتيبي"), "\(listed.out)")
    #expect(listed.out.contains(me))
    #expect(try staff(office, ["remove", "huda"]).out == "ok huda\n")
    #expect(try !staff(office, ["list"]).out.contains("huda"))
  }

  @Test func badInputIsOneSentenceExitOneAndOfficeJSONIsUnchanged() throws {
    let scratch = Scratch()
    let office = try office(in: scratch)
    let before = try Data(contentsOf: URL(fileURLWithPath: office + "/office.json"))
    for (arguments, said) in [
      (["add", "Huda Smith", "--role", "officer", "--name", "Huda"], "is not an OS account name"),
      (["add", "huda", "--role", "officer", "--name", "  "], "A name is required"),
      (["remove", "nobody"], "nobody is not on the staff"),
      (["set-role", OSAccount.current, "officer"], "the office's last manager"),
    ] {
      let refused = try staff(office, arguments)
      #expect(refused.status == 1, "\(arguments)")
      #expect(refused.err.contains(said), "\(arguments): \(refused.err)")
      #expect(refused.err.split(separator: "\n").count == 1)
    }
    let badRole = try staff(office, ["add", "huda", "--role", "boss", "--name", "Huda"])
    #expect(badRole.status == 2)
    #expect(badRole.err.contains("frontdesk, officer, manager, bridge"), "\(badRole.err)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: office + "/office.json")) == before)
  }

  @Test func anAccountThatIsNotOnTheStaffMayNotChangeItAndIsToldWhoMay() throws {
    let scratch = Scratch()
    let office = try office(in: scratch, manager: "khalid")
    let refused = try staff(office, ["add", "huda", "--role", "officer", "--name", "Huda"])
    #expect(refused.status == 2)
    #expect(
      refused.err.contains(
        "The account \(OSAccount.current) is not on this office's staff; a manager (khalid) can add it"
      ), "\(refused.err)")
    let listing = try staff(office, ["list"])
    #expect(listing.status == 2)
  }

  @Test func aFrontDeskIsRefusedTheCommandsOfManagersAndBridgesNamingWhoMay() throws {
    let scratch = Scratch()
    let office = try office(in: scratch)
    let me = OSAccount.current
    #expect(
      try staff(office, ["add", "khalid", "--role", "manager", "--name", "Khalid"]).status == 0)
    #expect(try staff(office, ["set-role", me, "frontdesk"]).status == 0)
    let input = scratch.path + "/in.jsonl"
    try Data((IngestCommandTests.examples[0] + "\n").utf8).write(to: URL(fileURLWithPath: input))
    let csv = scratch.path + "/answers.csv"
    try Data("overall\n5\n".utf8).write(to: URL(fileURLWithPath: csv))
    for (arguments, work, who) in [
      (["ingest", "--data", office, input], "ingest", "a manager or a bridge"),
      (
        ["import", "survey", "--data", office, "--survey", "service", csv],
        "import survey answers", "a manager or a bridge"
      ),
      (["export", "--data", office, "--format", "csv"], "export the office", "a manager"),
      (["report", "surveys", "--data", office], "read the survey report", "a manager"),
      (["staff", "list", "--data", office], "list the staff", "a manager"),
    ] {
      let refused = try run(relationsBinary, arguments)
      #expect(refused.status == 2, "\(arguments)")
      #expect(refused.out.isEmpty, "\(arguments)")
      #expect(
        refused.err
          == "The account \(me) is a frontdesk, and only \(who) may \(work); a manager can change its role: relations staff set-role \(me) ROLE.\n",
        "\(refused.err)")
    }
  }
}
