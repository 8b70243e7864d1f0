import Domain
import Foundation
import JSONStore
import Testing

@testable import Office

@Suite struct OfficeStoreTests {
  let now = Date(timeIntervalSince1970: 1_795_323_600)

  func office() throws -> (Scratch, DataDirectory) {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: true).create()
    return (scratch, directory)
  }

  func store(_ directory: DataDirectory) throws -> OfficeStore {
    try OfficeStore(directory: directory, office: try OfficeFile.load(directory: directory.path))
  }

  func visit(_ subject: String) -> (CaseID) -> CaseChange.Opening {
    { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: subject,
        contact: ContactDetails(name: "أحمد", phone: PhoneNumber("0551234567")),
        receivedAt: self.now)
    }
  }

  @Test func aSavedVisitGetsTheNextIdAndIsReadBackOnOpen() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let first = try store(directory)
    let opened = try first.open(on: .visit, by: .manager("huda"), now: now, visit("استفسار"))
    #expect(opened.id.description == "V-000001")
    _ = try first.execute(.assign(to: "omar"), on: opened.id, by: .manager("huda"), now: now)
    let reopened = try store(directory)
    #expect(reopened.cases[opened.id]?.assignee == "omar")
    #expect(reopened.cases[opened.id]?.version == 2)
    #expect(
      reopened.contacts.recognise(ContactDetails(phone: PhoneNumber("+966551234567")))?.cases == [
        opened.id
      ])
  }

  @Test func twoTerminalsOpeningAtOnceGetDifferentIds() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let desk = try store(directory)
    let officer = try store(directory)
    let a = try desk.open(on: .visit, by: .manager("huda"), now: now, visit("a"))
    let b = try officer.open(on: .visit, by: .manager("omar"), now: now, visit("b"))
    #expect(a.id != b.id)
    #expect(b.id.number == 2)
  }

  @Test func aChangeBuiltOnAStaleVersionIsAConflictNamingWhoChangedTheCase() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let desk = try store(directory)
    let officer = try store(directory)
    let opened = try desk.open(on: .visit, by: .manager("huda"), now: now, visit("a"))
    try officer.refresh()
    let seen = try #require(officer.cases[opened.id]?.version)
    _ = try desk.execute(
      .note("first"), on: opened.id, expectedVersion: seen, by: .manager("huda"), now: now)
    do {
      _ = try officer.execute(
        .resolve(resolution: "done"), on: opened.id, expectedVersion: seen, by: .manager("omar"),
        now: now)
      Issue.record("a stale version must be refused")
    } catch OfficeStore.Failure.storage(.conflict(let conflict)) {
      #expect(conflict.lastActor == "huda")
      #expect(conflict.lastType == "case.noted")
    }
    // The officer now sees the note and can apply the change again.
    #expect(officer.cases[opened.id]?.version == 2)
    let resolved = try officer.execute(
      .resolve(resolution: "done"), on: opened.id, expectedVersion: 2, by: .manager("omar"),
      now: now)
    #expect(resolved.status == .resolved)
  }

  @Test func aRefusedCommandWritesNothing() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let desk = try store(directory)
    let opened = try desk.open(on: .phone, by: .manager("huda"), now: now, visit("a"))
    #expect(throws: OfficeStore.Failure.self) {
      try desk.execute(.close, on: opened.id, by: .manager("huda"), now: now)
    }
    #expect(try store(directory).cases[opened.id]?.version == 1)
  }

  @Test func aMemberReRoledOrTakenOffTheStaffWhileTheStoreIsOpenIsJudgedAsTheyAreNow() throws {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: false, manager: "khalid").create()
    let roster = StaffRoster(directory: directory)
    try roster.change(
      .add(StaffMember(account: "huda", name: "Huda", role: .officer)), by: "khalid", now: now)
    let open = try store(directory)
    let huda = try #require(open.office.acting("huda"))
    let item = try open.open(on: .visit, by: huda, now: now, visit("Lesson times"))
    _ = try open.execute(.assign(to: "huda"), on: item.id, by: huda, now: now)

    // Another process makes her a front desk: the store open since before judges her so.
    try roster.change(.setRole(account: "huda", role: .frontdesk), by: "khalid", now: now)
    func refusal(_ command: CaseCommand) -> String? {
      do throws(OfficeStore.Failure) {
        _ = try open.execute(command, on: item.id, by: huda, now: now)
        return nil
      } catch {
        return error.description
      }
    }
    #expect(
      refusal(.assign(to: nil))
        == CaseRejection.notAllowed(role: .frontdesk, allowed: [.officer, .manager]).message)
    #expect(open.office.acting("huda")?.role == .frontdesk)

    // Taken off the staff: nothing more is saved as her, the sentence says who can add her.
    try roster.change(.remove(account: "huda"), by: "khalid", now: now)
    let refused = refusal(.note("still here"))
    #expect(
      refused?.contains("huda is no longer on this office's staff") == true, "\(refused ?? "saved")"
    )
    #expect(refused?.contains("a manager (khalid)") == true)
    #expect(open.cases[item.id]?.version == 2)
  }

  @Test func aSurvivorShowsTheMessagesOfWhatWasMergedIntoItAndBothEndsKnowALink() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let open = try store(directory)
    let khalid = Acting.manager("khalid")
    let survivor = try open.open(on: .visit, by: khalid, now: now, visit("Lesson times"))
    let duplicate = try open.open(
      on: .phone, by: khalid, now: now.addingTimeInterval(60), visit("Lesson times again"))
    let related = try open.open(on: .letter, by: khalid, now: now, visit("Thanks letter"))
    _ = try open.execute(
      .receiveMessage(body: "Any news?", channel: .phone, externalID: "m-1"), on: duplicate.id,
      by: khalid, now: now.addingTimeInterval(120))
    _ = try open.execute(.merge(into: survivor.id), on: duplicate.id, by: khalid, now: now)
    _ = try open.execute(.link(to: survivor.id), on: related.id, by: khalid, now: now)

    let reread = try store(directory)
    #expect(reread.pointedAt[survivor.id] == [duplicate.id, related.id])
    #expect(reread.cases[duplicate.id]?.status == .closed)
    let shown = try #require(reread.caseWithMerged(survivor.id))
    let bodies = shown.history.compactMap { event -> String? in
      if case .messageReceived(let body, _, _, _) = event.change { return body }
      return nil
    }
    #expect(bodies == ["Lesson times again", "Any news?"])
    #expect(shown.version == reread.cases[survivor.id]?.version)
  }

  @Test func aCaseStartsInItsProgramsDepartmentElseTheOneThatTakesItsKind() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let open = try store(directory)
    let item = try open.open(on: .visit, by: .manager("huda"), now: now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "Urdu lessons", receivedAt: self.now,
        program: "urdu-lessons")
    }
    #expect(item.department == "communities")
    #expect(try store(directory).cases[item.id]?.department == "communities")
    // No program: the department office.json gives the kind.
    let complaint = try open.open(on: .phone, by: .manager("huda"), now: now) { id in
      CaseChange.Opening(id: id, kind: .complaint, subject: "Late reply", receivedAt: self.now)
    }
    #expect(complaint.department == "relations")
    let permit = try open.open(on: .volunteer, by: .manager("huda"), now: now) { id in
      CaseChange.Opening(id: id, kind: .permit, subject: "Lecture", receivedAt: self.now)
    }
    #expect(permit.department == "volunteers")
  }
}

extension OfficeStoreTests {
  @Test func aCallAndALetterGoToTheirOwnLogsWithTheirDetailsAndParty() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let desk = try store(directory)
    let call = try desk.open(on: .phone, by: .manager("huda"), now: now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "call", receivedAt: self.now, party: .supporter,
        channelDetails: ChannelDetails(direction: .incoming))
    }
    let letter = try desk.open(on: .letter, by: .manager("huda"), now: now) { id in
      CaseChange.Opening(
        id: id, kind: .complaint, subject: "letter", receivedAt: self.now,
        channelDetails: ChannelDetails(reference: "12/44", arrival: .post))
    }
    #expect(call.id.description == "P-000001")
    #expect(letter.id.description == "L-000001")
    let phoneLog = try String(
      contentsOfFile: directory.path + "/channels/phone.jsonl", encoding: .utf8)
    #expect(phoneLog.contains(#""direction":"in""#) && phoneLog.contains(#""party":"supporter""#))
    let letterLog = try String(
      contentsOfFile: directory.path + "/channels/letter.jsonl", encoding: .utf8)
    #expect(letterLog.contains(#""arrival":"post""#))
    // Nobody said the letter's party: the record says the presumed one.
    #expect(letterLog.contains(#""party":"beneficiary""#))
    let reopened = try store(directory)
    #expect(reopened.cases[call.id]?.channelDetails.direction == .incoming)
    #expect(reopened.cases[call.id]?.party == .supporter)
    #expect(reopened.cases[letter.id]?.channelDetails.reference == "12/44")
  }

  @Test func aReturningPersonsCaseTakesThePartyTheyCameAsBefore() throws {
    let (scratch, directory) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let desk = try store(directory)
    let phone = try #require(PhoneNumber("0551234567"))
    _ = try desk.open(on: .phone, by: .manager("huda"), now: now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "first", contact: ContactDetails(phone: phone),
        receivedAt: self.now, party: .supporter)
    }
    let again = try desk.open(on: .visit, by: .manager("huda"), now: now, visit("again"))
    #expect(again.party == .supporter)
    try desk.editContact(
      .setRoles(.phone(phone), roles: [.volunteer]), by: .manager("huda"), now: now)
    #expect(desk.contacts.contact(for: .phone(phone))?.roles == [.volunteer])
    let reopened = try store(directory)
    #expect(reopened.contacts.contact(for: .phone(phone))?.roles == [.volunteer])
    let third = try reopened.open(on: .visit, by: .manager("huda"), now: now, visit("third"))
    #expect(third.party == .volunteer)
  }
}
