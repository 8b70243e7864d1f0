import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The views by name (`V`): the built-in ones and the user's saved ones, Enter shows one.
@Suite struct ViewPickerFormTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
    .init(
      id: CaseID(channel: .phone, number: 1), kind: .complaint, subject: "Long wait",
      name: "Fatima", commands: [.resolve(resolution: "apologised")]),
  ]

  @Test func theListNamesTheBuiltInViewsThenTheSavedOnes() throws {
    var state = try MemoryDesk.state(openings)
    state.inbox.savedViews = [SavedView(name: "Complaints", query: InboxQuery(kind: .complaint))]
    state.press(.character("V"))
    let form = try #require(state.form)
    let names = form.fields[0].choices.map { label -> Phrase in
      if case .find(.withCount(let name, _)) = label.label { return name }
      return label.label
    }
    #expect(
      names == InboxQuery.View.allCases.map { .inbox(.view($0)) } + [
        .find(.savedView("Complaints"))
      ]
    )
  }

  @Test func enterOnASavedViewShowsItsFilters() throws {
    var state = try MemoryDesk.state(openings)
    state.inbox.savedViews = [
      SavedView(name: "Complaints", query: InboxQuery(view: .all, kind: .complaint))
    ]
    // Up from All open wraps to the saved view; Enter lists the views, Enter picks one.
    state.press(.character("V"), .up, .enter, .enter)
    #expect(state.overlay == nil)
    #expect(state.inbox.viewName == "Complaints" && state.inbox.query.kind == .complaint)
    #expect(state.inbox.visible == [CaseID(channel: .phone, number: 1)])
  }

  @Test func enterOnABuiltInViewClearsTheFilters() throws {
    var state = try MemoryDesk.state(openings)
    state.inbox.query.kind = .complaint
    state.press(.character("V"), .down, .down, .down, .down, .enter, .enter)
    #expect(state.inbox.query == InboxQuery(view: .all))
    #expect(state.inbox.visible.count == 2 && state.inbox.viewName == nil)
  }

  @Test func eachViewIsNamedWithTheCasesItShowsNow() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("V"))
    let form = try #require(state.form)
    let labels = form.fields[0].choices.map { $0.label.words() }
    let all = state.desk.inbox.count
    #expect(labels.contains { $0.hasPrefix("All ·") && $0.contains("\(all) case") })
  }
}
