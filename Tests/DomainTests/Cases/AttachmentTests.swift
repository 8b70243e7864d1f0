import Domain
import Foundation
import Testing

/// Attaching a file in `decide` and `evolve`: the record kept on the case, who may attach,
/// the same content twice, a closed case, and what the record must hold.
@Suite struct AttachmentTests {
  let morning = Date(timeIntervalSince1970: 1_795_582_800)
  let id = CaseID(channel: .letter, number: 12)
  let riyadh = TimeZone(identifier: "Asia/Riyadh") ?? .gmt
  let letter = Attachment(
    name: "decision-2026-114.pdf", size: 48_213, type: "application/pdf",
    sha256: String(repeating: "ab", count: 32), note: "The authority's decision")

  func acting(_ account: String, _ role: StaffMember.Role) -> Acting {
    Acting(
      member: StaffMember(account: account, name: account, role: role), matrix: RoleMatrix(),
      timeZone: riyadh)
  }

  func opened() throws -> Case {
    let opening = CaseCommand.open(
      CaseChange.Opening(
        id: id, kind: .permit, subject: "Permit for the winter fair", receivedAt: morning))
    let events = try CaseDecider.decide(opening, nil, at: morning, by: .manager("huda"))
    return try #require(CaseDecider.fold(events))
  }

  func refusal(_ command: CaseCommand, on state: Case, by who: Acting = .manager("huda"))
    -> CaseRejection?
  {
    do throws(CaseRejection) {
      _ = try CaseDecider.decide(command, state, at: morning.addingTimeInterval(60), by: who)
      return nil
    } catch {
      return error
    }
  }

  @Test func anAttachedFileIsKeptOnTheCaseWithWhoAndWhenAndOpensANewCase() throws {
    let item = try opened()
    let later = morning.addingTimeInterval(600)
    let events = try CaseDecider.decide(
      .attach(letter), item, at: later, by: acting("omar", .officer))
    #expect(events.map(\.change) == [.attached(letter)])
    #expect(events.first?.change.typeName == "case.attached")
    let after = try #require(events.reduce(item, CaseDecider.evolve))
    #expect(after.attachments == [AttachedFile(file: letter, at: later, by: "omar")])
    #expect(after.status == .open)
    #expect(after.version == item.version + 1)
  }

  @Test func whoeverMayWriteANoteMayAttachAndABridgeMayNot() throws {
    let item = try opened()
    #expect(refusal(.attach(letter), on: item, by: acting("sara", .frontdesk)) == nil)
    #expect(refusal(.attach(letter), on: item, by: acting("omar", .officer)) == nil)
    let refused = refusal(.attach(letter), on: item, by: acting("bridge", .bridge))
    #expect(refused == .notAllowed(role: .bridge, allowed: [.frontdesk, .officer, .manager]))
  }

  @Test func theSameContentTwiceOnOneCaseChangesNothingButAnotherFileIsAdded() throws {
    let item = try opened()
    let events = try CaseDecider.decide(.attach(letter), item, at: morning, by: .manager("huda"))
    let after = try #require(events.reduce(item, CaseDecider.evolve))
    var renamed = letter
    renamed.name = "copy.pdf"
    #expect(refusal(.attach(renamed), on: after) == .nothingChanged)
    var other = letter
    other.sha256 = String(repeating: "cd", count: 32)
    #expect(refusal(.attach(other), on: after) == nil)
  }

  @Test func aClosedCaseTakesNoFileUntilReopened() throws {
    var item = try opened()
    item.status = .closed
    #expect(refusal(.attach(letter), on: item) == .closed)
    #expect(CaseDecider.refusal(of: .attach(letter), on: item) == .closed)
  }

  @Test func aRecordWithoutANameOrWithAMalformedHashIsRefused() throws {
    let item = try opened()
    var unnamed = letter
    unnamed.name = "  "
    #expect(refusal(.attach(unnamed), on: item) == .required("The file's name"))
    var upper = letter
    upper.sha256 = upper.sha256.uppercased()
    #expect(refusal(.attach(upper), on: item) == .required("The file's SHA-256"))
    var short = letter
    short.sha256 = "abc"
    #expect(refusal(.attach(short), on: item) == .required("The file's SHA-256"))
  }
}
