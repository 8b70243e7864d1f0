import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The inbox on its own: its state, its update and its render, with a desk made in memory
/// and no office on disk.
@Suite struct InboxScreenTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
    .init(id: CaseID(channel: .phone, number: 1), subject: "Certificate", name: "فاطمة"),
    .init(
      id: CaseID(channel: .letter, number: 1), subject: "Thanks", name: "Noura",
      commands: [.resolve(resolution: "answered")]),
  ]

  func context(_ desk: Desk) -> ScreenContext {
    ScreenContext(desk: desk, now: MemoryDesk.now, box: DeskLayout(width: 120, height: 40).content)
  }

  func listed() throws -> (InboxScreen.State, ScreenContext) {
    var context = context(try MemoryDesk.desk(openings))
    var state = InboxScreen.State()
    InboxScreen.refresh(&state, &context)
    return (state, context)
  }

  @Test func theListShowsTheOpenCasesAndSelectsTheFirst() throws {
    let (state, _) = try listed()
    #expect(state.visible.count == 2)
    #expect(state.selectedID == state.visible.first)
  }

  @Test func downSelectsTheNextCaseAndStopsAtTheLast() throws {
    var (state, context) = try listed()
    _ = InboxScreen.update(&state, .action(.down), &context)
    #expect(state.selectedIndex == 1)
    _ = InboxScreen.update(&state, .action(.down), &context)
    #expect(state.selectedIndex == 1)
  }

  @Test func aSearchTypedNarrowsTheListAndEscapeClearsIt() throws {
    var (state, context) = try listed()
    _ = InboxScreen.update(&state, .action(.search), &context)
    #expect(InboxScreen.isTyping(state))
    for character in "فاطمه" {
      _ = InboxScreen.update(&state, .key(.character(character)), &context)
    }
    #expect(state.visible == [CaseID(channel: .phone, number: 1)])
    _ = InboxScreen.update(&state, .action(.clearSearch), &context)
    #expect(!InboxScreen.isTyping(state))
    #expect(state.visible.count == 2)
  }

  @Test func aCommandWithNoCaseSelectedAsksForOneAndOpensNothing() throws {
    var context = context(try MemoryDesk.desk([]))
    var state = InboxScreen.State()
    InboxScreen.refresh(&state, &context)
    let requests = InboxScreen.update(&state, .action(.assign), &context)
    guard case .notice(let notice)? = requests.first else {
      Issue.record("expected a notice, got \(requests)")
      return
    }
    #expect(notice.tone == .error && notice.phrase.words().contains("Select a case"))
  }

  @Test func aCommandTheDeciderRefusesIsSaidAndOpensNoForm() throws {
    var (state, context) = try listed()
    state.query.view = .all
    InboxScreen.refresh(&state, &context)
    state.selectedID = CaseID(channel: .letter, number: 1)
    let requests = InboxScreen.update(&state, .action(.resolve), &context)
    #expect(!requests.contains { if case .openForm = $0 { true } else { false } })
    #expect(requests.contains { if case .notice = $0 { true } else { false } })
  }

  @Test func theListIsDrawnIntoTheBoxItIsGiven() throws {
    let (state, context) = try listed()
    var grid = CellGrid(width: 120, height: 40)
    InboxScreen.render(state, context, into: &grid)
    #expect(grid.line(context.box.y + 1).contains("Lesson moved"))
    #expect(grid.line(0).trimmingCharacters(in: .whitespaces).isEmpty)
    #expect(grid.line(39).trimmingCharacters(in: .whitespaces).isEmpty)
  }

  @Test func aSearchTheViewHasNoMatchForShowsTheMatchesAmongAllCasesAndSaysSo() throws {
    var (state, context) = try listed()
    state.query.search = "Thanks"  // only the resolved letter, not in All open
    InboxScreen.refresh(&state, &context)
    #expect(state.widened && state.visible == [CaseID(channel: .letter, number: 1)])
    let (info, _) = InboxScreen.tabsInfo(state, context)
    #expect(info.contains("No match in All open; showing 1 case of all cases"))
    state.query.search = "Lesson"
    InboxScreen.refresh(&state, &context)
    #expect(!state.widened && state.visible == [CaseID(channel: .visit, number: 1)])
  }

  @Test func aSearchNoCaseMatchesIsNotWidened() throws {
    var (state, context) = try listed()
    state.query.search = "nothing like this"
    InboxScreen.refresh(&state, &context)
    #expect(!state.widened && state.visible.isEmpty)
  }

  @Test func aPhoneNumberTypedLocallyFindsTheCaseOfThatNumber() throws {
    var (state, context) = try listed()
    // MemoryDesk gives the second case +966551230011.
    state.query.search = "٠٥٥١٢٣٠٠١١"
    InboxScreen.refresh(&state, &context)
    #expect(state.visible == [CaseID(channel: .phone, number: 1)])
  }
}
