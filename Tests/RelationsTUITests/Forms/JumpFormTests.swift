import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Going to a case by its id from anywhere (`#`).
@Suite struct JumpFormTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
    .init(
      id: CaseID(channel: .phone, number: 12), subject: "Thanks", name: "Noura",
      commands: [.resolve(resolution: "answered")]),
  ]

  @Test func hashFromAnotherScreenShowsTheCaseTypedLoosely() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("4"), .character("#"))
    #expect(state.form?.purpose == .jumpToCase)
    state.type("p12")
    state.press(.enter)
    #expect(state.overlay == nil && state.screen == .inbox)
    #expect(state.inbox.selectedID == CaseID(channel: .phone, number: 12))
    #expect(state.inbox.pane == .detail)
  }

  @Test func anIdOfNoCaseIsSaidUnderTheFieldAndTheTextStays() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("#"))
    state.type("V-000999")
    state.press(.enter)
    let form = try #require(state.form)
    #expect(form.value(JumpForm.Field.id) == "V-000999")
    #expect(form.fields[0].problem == .find(.noSuchCase(CaseID(channel: .visit, number: 999))))
  }

  @Test func textThatIsNoCaseIdIsSaidSo() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("#"))
    state.press(.enter)
    #expect(state.form?.fields[0].problem == .find(.typeACaseID))
    state.type("hello")
    state.press(.enter)
    #expect(state.form?.fields[0].problem == .find(.notACaseID("hello")))
  }

  @Test func hashToACaseInTheFilteredViewKeepsTheViewAndFilters() throws {
    var state = try MemoryDesk.state(openings)
    let inquiries = InboxQuery(view: .allOpen, kind: .inquiry)
    _ = DeskUpdate.apply([.filterInbox(inquiries, savedAs: nil)], &state)
    let query = state.inbox.query
    state.press(.character("#"))
    state.type("v1")
    state.press(.enter)
    #expect(state.inbox.query == query)
    #expect(state.inbox.selectedID == CaseID(channel: .visit, number: 1))
    #expect(state.inbox.pinned == nil)
  }

  @Test func hashToACaseOutsideTheViewPinsItAndSaysSoKeepingTheView() throws {
    var state = try MemoryDesk.state(openings)
    let inquiries = InboxQuery(view: .allOpen, kind: .inquiry)
    _ = DeskUpdate.apply([.filterInbox(inquiries, savedAs: nil)], &state)
    let query = state.inbox.query
    let resolved = CaseID(channel: .phone, number: 12)
    state.press(.character("#"))
    state.type("p12")
    state.press(.enter)
    #expect(state.inbox.query == query)
    #expect(state.inbox.visible.first == resolved && state.inbox.pinned == resolved)
    #expect(state.inbox.selectedID == resolved)
    #expect(state.notice?.phrase == .inbox(.outsideView(resolved, .allOpen)))
  }
}
