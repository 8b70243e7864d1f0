import Domain
import Foundation
import Testing

/// Roles in `decide`: what the policy's matrix lets each role do, the front desk's own cases
/// of the day, a bridge, and a matrix the office changed.
@Suite struct CaseDeciderRolesTests {
  // 2026-11-25 08:00 in Riyadh (05:00 UTC).
  let morning = Date(timeIntervalSince1970: 1_795_582_800)
  let id = CaseID(channel: .visit, number: 1)
  let riyadh = TimeZone(identifier: "Asia/Riyadh") ?? .gmt

  func acting(
    _ account: String, _ role: StaffMember.Role, matrix: RoleMatrix = RoleMatrix()
  ) -> Acting {
    Acting(
      member: StaffMember(account: account, name: account, role: role), matrix: matrix,
      timeZone: riyadh)
  }

  func opened(by account: String, role: StaffMember.Role = .frontdesk) throws -> Case {
    let opening = CaseCommand.open(
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "Lesson times",
        contact: ContactDetails(name: "Ahmed", phone: PhoneNumber("0551234567")),
        receivedAt: morning))
    let events = try CaseDecider.decide(opening, nil, at: morning, by: acting(account, role))
    return try #require(events.reduce(nil, CaseDecider.evolve))
  }

  func refusal(_ command: CaseCommand, on state: Case, by who: Acting, hours: Double = 1)
    -> CaseRejection?
  {
    do throws(CaseRejection) {
      _ = try CaseDecider.decide(
        command, state, at: morning.addingTimeInterval(hours * 3600), by: who)
      return nil
    } catch {
      return error
    }
  }

  @Test func theFrontDeskOpensNotesAndRepliesButMayNotAssignAndIsToldWhoMay() throws {
    let item = try opened(by: "huda")
    let huda = acting("huda", .frontdesk)
    #expect(item.openedBy == "huda")
    #expect(refusal(.note("Called him back"), on: item, by: huda) == nil)
    #expect(
      refusal(.reply(channel: .visit, text: "Sunday 4pm", template: nil), on: item, by: huda)
        == nil)
    let refused = refusal(.assign(to: "omar"), on: item, by: huda)
    #expect(refused == .notAllowed(role: .frontdesk, allowed: [.officer, .manager]))
    #expect(
      refused?.message == "The frontdesk role may not do this; an officer or a manager may.")
    #expect(refusal(.assign(to: "omar"), on: item, by: acting("omar", .officer)) == nil)
  }

  @Test func theFrontDeskResolvesOnlyACaseItOpenedItselfTheSameDay() throws {
    let own = try opened(by: "huda")
    let huda = acting("huda", .frontdesk)
    #expect(refusal(.resolve(resolution: "Told him the times"), on: own, by: huda) == nil)
    // The next day in Riyadh: no longer its own case of the day.
    #expect(
      refusal(.resolve(resolution: "Told him"), on: own, by: huda, hours: 20)
        == .onlyOwnCasesToday(role: .frontdesk, allowed: [.officer, .manager]))
    let another = try opened(by: "reem")
    #expect(
      refusal(.resolve(resolution: "Told him"), on: another, by: huda)
        == .onlyOwnCasesToday(role: .frontdesk, allowed: [.officer, .manager]))
    #expect(
      refusal(.resolve(resolution: "Told him"), on: another, by: acting("omar", .officer)) == nil)
  }

  @Test func permitsAreAnOfficersAndTheFrontDeskIsToldSo() throws {
    let item = try opened(by: "huda")
    var permit = item
    permit.kind = .permit
    permit.permit = PermitProgress()
    let submit = CaseCommand.submitPermit(reference: "AUTH-1", date: morning)
    #expect(
      refusal(submit, on: permit, by: acting("huda", .frontdesk))
        == .notAllowed(role: .frontdesk, allowed: [.officer, .manager]))
    #expect(refusal(submit, on: permit, by: acting("omar", .officer)) == nil)
  }

  @Test func aBridgeOpensAndAddsMessagesButMayNotWorkOnACase() throws {
    let item = try opened(by: "web-bridge", role: .bridge)
    let bridge = acting("web-bridge", .bridge)
    #expect(
      refusal(
        .receiveMessage(body: "Any news?", channel: .website, externalID: "m-2"), on: item,
        by: bridge) == nil)
    #expect(
      refusal(.note("x"), on: item, by: bridge)
        == .notAllowed(role: .bridge, allowed: [.frontdesk, .officer, .manager]))
    // A person at the desk never types a message "from outside".
    #expect(
      refusal(
        .receiveMessage(body: "Any news?", channel: .website, externalID: nil), on: item,
        by: acting("omar", .officer)) == .notAllowed(role: .officer, allowed: [.manager, .bridge]))
  }

  @Test func anOfficeThatGivesTheFrontDeskCaseActionsLetsItAssign() throws {
    var matrix = RoleMatrix()
    matrix.grants[.frontdesk, default: []].insert(.cases)
    let item = try opened(by: "huda")
    #expect(
      refusal(.assign(to: "omar"), on: item, by: acting("huda", .frontdesk, matrix: matrix)) == nil)
  }

  @Test func theDeskAsksBeforeAFormOpensAndTheRoleComesFirst() throws {
    let item = try opened(by: "reem")
    let huda = acting("huda", .frontdesk)
    #expect(CaseDecider.allows(.assign(to: nil), on: item))
    #expect(!CaseDecider.allows(.assign(to: nil), on: item, by: huda, at: morning))
    #expect(
      CaseDecider.refusal(of: .wait(reason: ""), on: item, by: huda, at: morning)
        == .notAllowed(role: .frontdesk, allowed: [.officer, .manager]))
  }

  @Test func aDemoOfficeLetsEveryAccountActAsAManagerAndARealOneOnlyItsStaff() {
    var office = OfficeConfiguration(
      name: LocalizedText(arabic: "مكتب", english: "Office"),
      staff: [StaffMember(account: "huda", name: "Huda", role: .frontdesk)])
    #expect(office.acting("huda")?.role == .frontdesk)
    #expect(office.acting("stranger") == nil)
    office.demo = true
    #expect(office.acting("huda")?.role == .manager)
    #expect(office.acting("huda")?.member.name == "Huda")
    #expect(office.acting("stranger")?.role == .manager)
  }
}
