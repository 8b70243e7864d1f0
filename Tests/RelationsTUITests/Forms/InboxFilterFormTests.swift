import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

/// The inbox's filter bar (`f`): one choice per dimension, applied with Ctrl-S, shown in the
/// tabs row, and saved as a view when it is given a name.
@Suite struct InboxFilterFormTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
    .init(
      id: CaseID(channel: .phone, number: 1), kind: .complaint, subject: "Long wait",
      name: "فاطمة"),
    .init(
      id: CaseID(channel: .volunteer, number: 1), subject: "Volunteering hours", name: "Noura",
      commands: [.assign(to: "huda")]),
  ]

  @Test func theFilterBarHasOneChoicePerDimensionEachWithAny() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("f"))
    let form = try #require(state.form)
    #expect(form.purpose == .inboxFilter)
    #expect(
      form.fields.map(\.id) == InboxFilterForm.Field.allCases.map(\.rawValue))
    for field in form.fields.dropFirst().dropLast() {
      #expect(field.choices.first == .init(value: "", label: .find(.any)), "\(field.id)")
    }
    #expect(form.fields[0].choices.count == InboxQuery.View.allCases.count)
  }

  @Test func choosingAKindFiltersTheListAndTheTabsRowSaysSo() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("f"), .tab, .tab)  // from View to Kind
    state.type("c")  // complaint
    let effects = state.press(.control("s"))
    #expect(effects.isEmpty && state.overlay == nil)
    #expect(state.inbox.query.kind == .complaint)
    #expect(state.inbox.visible == [CaseID(channel: .phone, number: 1)])
    let tabs = DeskView.render(state).line(1)
    #expect(tabs.contains("Filters: complaint"))
    #expect(state.notice == Notice(.find(.filtered(cases: 1)), tone: .info))
  }

  @Test func thePartyAndAssigneeFiltersNarrowByThePersonAndTheStaffMember() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("f"))
    for _ in 0..<6 { state.press(.tab) }  // to Party
    state.type("v")  // volunteer
    state.press(.control("s"))
    #expect(state.inbox.query.party == .volunteer)
    #expect(state.inbox.visible == [CaseID(channel: .volunteer, number: 1)])
    state.press(.character("f"), .tab, .tab, .tab, .tab)  // to Assigned to
    state.type("h")
    state.press(.control("s"))
    #expect(state.inbox.query.assignee == "huda")
    #expect(state.inbox.visible == [CaseID(channel: .volunteer, number: 1)])
  }

  @Test func aNameSavesTheFiltersAsAViewOfTheUser() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("f"), .tab, .tab)
    state.type("c")
    state.press(.backTab, .backTab, .backTab)  // round to the name
    state.type("Complaints")
    let effects = state.press(.control("s"))
    let saved = SavedView(name: "Complaints", query: InboxQuery(kind: .complaint))
    #expect(effects == [.saveViews([saved])])
    #expect(state.inbox.savedViews == [saved] && state.inbox.viewName == "Complaints")
    #expect(DeskView.render(state).line(1).contains("View: Complaints (1)"))
  }

  @Test func changingASavedViewsFiltersWithoutANameLeavesTheSavedViewAsItWas() throws {
    var state = try MemoryDesk.state(openings)
    let saved = SavedView(name: "Complaints", query: InboxQuery(kind: .complaint))
    state.inbox.savedViews = [saved]
    state.press(.character("V"), .up, .enter, .character("f"))
    #expect(state.form?.value(InboxFilterForm.Field.name) == "")
    state.press(.tab, .tab)
    state.type("a")  // any kind
    let effects = state.press(.control("s"))
    #expect(effects.isEmpty && state.inbox.savedViews == [saved])
    #expect(state.inbox.viewName == nil && state.inbox.query.kind == nil)
  }

  @Test func aViewNameTooLongIsRefusedUnderItsFieldAndNothingIsLost() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("f"), .backTab)
    let form = try #require(state.form)
    var long = form
    long.set(InboxFilterForm.Field.name, String(repeating: "x", count: 41))
    state.overlay = .form(long)
    state.press(.control("s"))
    let kept = try #require(state.form)
    #expect(kept.value(InboxFilterForm.Field.name).count == 41)
    #expect(
      kept.fields.last?.problem
        == .find(.viewNameTooLong(limit: InboxFilterForm.nameLimit)))
  }

  @Test func theFilterBarWorksOnAReadOnlyDesk() throws {
    var state = try MemoryDesk.state(openings)
    state.desk.readOnly = ReadOnlyReason(cause: .openedReadOnly, path: "")
    state.press(.character("f"), .tab, .tab)
    state.type("c")
    state.press(.control("s"))
    #expect(state.overlay == nil && state.inbox.query.kind == .complaint)
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theFilterBarMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("f"), .tab, .tab)
    state.type("c")
    Snapshot.check(DeskView.render(state).text, "desk-filter-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicFilterBarMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("f"), .tab, .tab, .right)
    Snapshot.check(DeskView.render(state).text, "desk-filter-ar-\(width)x\(height)")
  }

  @Test func theFilterFormOpensOnItsFirstFieldView() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("f"))
    let form = try #require(state.form)
    #expect(form.focus == 0)
    #expect(form.focusedField.id == InboxFilterForm.Field.view.rawValue)
  }
}
