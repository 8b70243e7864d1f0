import Domain
import Foundation
import Testing

@Suite struct InboxTests {
  let office = OfficeConfiguration(name: LocalizedText(arabic: "م", english: "o"))
  /// Sunday 2026-11-22 08:00 Riyadh.
  let sunday = Date(timeIntervalSince1970: 1_795_323_600)

  func make(
    _ number: Int, _ channel: Channel = .visit, kind: CaseKind = .inquiry,
    subject: String = "subject",
    hoursAfter: Double = 0, then commands: [CaseCommand] = []
  ) -> Case? {
    let id = CaseID(channel: channel, number: number)
    let received = sunday.addingTimeInterval(hoursAfter * 3600)
    var state: Case?
    let all =
      [
        CaseCommand.open(
          CaseChange.Opening(id: id, kind: kind, subject: subject, receivedAt: received))
      ] + commands
    for command in all {
      guard let events = try? CaseDecider.decide(command, state, at: received, by: .manager("omar"))
      else {
        return nil
      }
      state = events.reduce(state, CaseDecider.evolve)
    }
    return state
  }

  func inbox(_ cases: [Case?]) -> Inbox {
    var inbox = Inbox(office: office)
    for item in cases.compactMap({ $0 }) { inbox.apply(item) }
    return inbox
  }

  func ids(_ list: [CaseID]) -> [String] { list.map(\.description) }

  @Test func oldestDueFirstAndOverdueCountedByDefault() {
    var box = inbox([
      make(1, hoursAfter: 2), make(2, kind: .complaint, hoursAfter: 1), make(3, hoursAfter: 0),
    ])
    // Complaint first response 2h from 09:00 = 11:00; inquiries 4h: V-3 at 12:00, V-1 at 14:00.
    #expect(
      ids(box.list(InboxQuery(), user: "omar", now: sunday)) == [
        "V-000002", "V-000003", "V-000001",
      ])
    let late = sunday.addingTimeInterval(5 * 3600)  // 13:00
    #expect(
      ids(box.list(InboxQuery(view: .overdue), user: "omar", now: late)) == [
        "V-000002", "V-000003",
      ])
    #expect(box.counts(now: late) == (open: 3, overdue: 2))
  }

  @Test func viewsMineUnassignedAndAll() {
    var box = inbox([
      make(1, then: [.assign(to: "omar")]), make(2, then: [.assign(to: "sara")]), make(3),
      make(4, then: [.resolve(resolution: "done")]),
    ])
    let now = sunday
    #expect(ids(box.list(InboxQuery(view: .mine), user: "omar", now: now)) == ["V-000001"])
    #expect(ids(box.list(InboxQuery(view: .unassigned), user: "omar", now: now)) == ["V-000003"])
    #expect(box.list(InboxQuery(view: .allOpen), user: "omar", now: now).count == 3)
    #expect(box.list(InboxQuery(view: .all), user: "omar", now: now).count == 4)
  }

  @Test func filtersByChannelKindAndStatus() {
    var box = inbox([
      make(1, .phone), make(2, .website, kind: .complaint), make(3, .phone, kind: .suggestion),
    ])
    #expect(
      ids(box.list(InboxQuery(channel: .phone), user: "x", now: sunday)).sorted() == [
        "P-000001", "P-000003",
      ])
    #expect(ids(box.list(InboxQuery(kind: .complaint), user: "x", now: sunday)) == ["W-000002"])
    #expect(box.list(InboxQuery(status: .new), user: "x", now: sunday).count == 3)
  }

  @Test func searchIsArabicAware() {
    var box = inbox([
      make(1, subject: "طلب تصريح لإقامة محاضرة"), make(2, subject: "Question about the iftar"),
    ])
    #expect(ids(box.list(InboxQuery(search: "اقامه"), user: "x", now: sunday)) == ["V-000001"])
    #expect(ids(box.list(InboxQuery(search: "IFTAR"), user: "x", now: sunday)) == ["V-000002"])
    #expect(ids(box.list(InboxQuery(search: "V-000002"), user: "x", now: sunday)) == ["V-000002"])
  }

  @Test func waitingCasesAreNotDueAndPermitsWaitOnTheirStep() {
    let waiting = make(1, then: [.wait(reason: "documents")])
    let permit = make(2, kind: .permit)
    var box = inbox([waiting, permit])
    #expect(box.list(InboxQuery(view: .all), user: "x", now: sunday).count == 2)
    #expect(box[CaseID(channel: .visit, number: 1)]?.due == nil)
    #expect(box[CaseID(channel: .visit, number: 2)]?.deadline == .submitToAuthority)
  }

  @Test func applyingAChangedCaseUpdatesOnlyItsRow() throws {
    var box = inbox([make(1), make(2)])
    let before = box[CaseID(channel: .visit, number: 2)]
    let resolved = try #require(make(1, then: [.resolve(resolution: "answered")]))
    box.apply(resolved)
    #expect(box.list(InboxQuery(), user: "x", now: sunday).count == 1)
    #expect(box[CaseID(channel: .visit, number: 2)] == before)
  }

  @Test func aSearchThatExtendsThePreviousOneFindsWhatAFreshSearchFinds() {
    var box = inbox([
      make(1, subject: "درس الجمعة"), make(2, subject: "درس السبت"), make(3, subject: "iftar"),
    ])
    _ = box.list(InboxQuery(view: .all, search: "در"), user: "x", now: sunday)
    let refined = box.list(InboxQuery(view: .all, search: "درس الج"), user: "x", now: sunday)
    var fresh = inbox([
      make(1, subject: "درس الجمعة"), make(2, subject: "درس السبت"), make(3, subject: "iftar"),
    ])
    #expect(
      refined == fresh.list(InboxQuery(view: .all, search: "درس الج"), user: "x", now: sunday))
    #expect(ids(refined) == ["V-000001"])
  }

  @Test func aChangedCaseIsListedInItsNewPlaceAfterAnEarlierList() throws {
    var box = inbox([make(1, hoursAfter: 0), make(2, hoursAfter: 1)])
    #expect(ids(box.list(InboxQuery(), user: "x", now: sunday)) == ["V-000001", "V-000002"])
    box.apply(try #require(make(2, kind: .complaint, hoursAfter: 1)))
    #expect(ids(box.list(InboxQuery(), user: "x", now: sunday)) == ["V-000002", "V-000001"])
  }

  func withPhone(
    _ number: Int, _ phone: String, kind: CaseKind = .inquiry, _ channel: Channel = .visit
  )
    -> Case?
  {
    let id = CaseID(channel: channel, number: number)
    let opening = CaseChange.Opening(
      id: id, kind: kind, subject: "subject", contact: ContactDetails(phone: PhoneNumber(phone)),
      receivedAt: sunday)
    guard
      let events = try? CaseDecider.decide(.open(opening), nil, at: sunday, by: .manager("omar"))
    else { return nil }
    return events.reduce(nil, CaseDecider.evolve)
  }

  @Test func aPhoneNumberWrittenLocallyOrInArabicIndicDigitsFindsItsCase() {
    var box = inbox([withPhone(1, "+966599123456"), withPhone(2, "0551234567")])
    for typed in ["0599123456", "٠٥٩٩١٢٣٤٥٦", "00966 599 123 456", "+966599123456", "0599 12"] {
      #expect(
        ids(box.list(InboxQuery(view: .all, search: typed), user: "x", now: sunday))
          == ["V-000001"], "\(typed)")
    }
  }

  @Test func thePartyFilterKeepsTheCasesOfThatPartyAsTriageLeavesThem() {
    let volunteer = make(1, .volunteer)
    let beneficiary = make(2)
    let supporter = make(3, then: [.triage(CaseChange.Triage(party: .supporter))])
    var box = inbox([volunteer, beneficiary, supporter])
    #expect(
      ids(box.list(InboxQuery(view: .all, party: .volunteer), user: "x", now: sunday)) == [
        "T-000001"
      ])
    #expect(
      ids(box.list(InboxQuery(view: .all, party: .externalBeneficiary), user: "x", now: sunday))
        == ["V-000002"])
    #expect(
      ids(box.list(InboxQuery(view: .all, party: .supporter), user: "x", now: sunday)) == [
        "V-000003"
      ])
    #expect(
      box.list(InboxQuery(view: .all, party: .internalBeneficiary), user: "x", now: sunday).isEmpty)
  }

  @Test func everyFilterNarrowsTheViewAndIsSaidToFilter() {
    var box = inbox([
      make(1, kind: .complaint), make(2, .phone), make(3, then: [.assign(to: "sara")]),
    ])
    #expect(ids(box.list(InboxQuery(kind: .complaint), user: "x", now: sunday)) == ["V-000001"])
    #expect(ids(box.list(InboxQuery(channel: .phone), user: "x", now: sunday)) == ["P-000002"])
    #expect(ids(box.list(InboxQuery(assignee: "sara"), user: "x", now: sunday)) == ["V-000003"])
    #expect(InboxQuery(party: .supporter).isFiltered && !InboxQuery(search: "x").isFiltered)
  }
}
