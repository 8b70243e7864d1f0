import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A refused command holds the keyboard: what was typed for the prompt that never opened
/// must not run as commands, and only Esc or Enter lets the keys go (doing nothing else).
@Suite struct RefusalNoticeTests {
  let resolved = CaseID(channel: .phone, number: 52)
  var openings: [MemoryDesk.Opening] {
    [
      .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
      .init(
        id: resolved, subject: "Asked for a timetable",
        commands: [.resolve(resolution: "Sent it")]),
    ]
  }

  func stateOnTheResolvedCase() throws -> AppState {
    var state = try MemoryDesk.state(openings)
    state.inbox.query.view = .all
    state.refreshList()
    state.inbox.selectedID = resolved
    return state
  }

  @Test func resolvingAResolvedCaseIsRefusedAndTheRefusalHoldsTheKeys() throws {
    var state = try stateOnTheResolvedCase()
    state.press(.character("x"))
    #expect(state.form == nil)
    #expect(state.notice?.holdsKeys == true)
    #expect(DeskView.render(state).text.contains("Esc or Enter to go on"))
  }

  @Test func theNextAAfterARefusalAssignsNothing() throws {
    var state = try stateOnTheResolvedCase()
    state.press(.character("x"))
    let effects = state.press(.character("a"), .character("D"), .character("1"))
    #expect(effects.isEmpty)
    #expect(state.form == nil && state.screen == .inbox)
    #expect(state.notice?.holdsKeys == true)
  }

  @Test func enterDismissesTheRefusalAndDoesNothingElse() throws {
    var state = try stateOnTheResolvedCase()
    state.press(.character("x"))
    state.press(.enter)
    #expect(state.notice == nil)
    #expect(state.inbox.pane == .list)
    state.press(.character("a"))
    #expect(state.form != nil)
  }

  @Test func escDismissesTheRefusalAndKeepsTheSearch() throws {
    var state = try stateOnTheResolvedCase()
    state.inbox.query.search = "time"
    state.refreshList()
    state.press(.character("x"), .escape)
    #expect(state.notice == nil)
    #expect(state.inbox.query.search == "time")
  }

  @Test func theRefusalSaysEscOrEnterOnceInTheHintLine() throws {
    var state = try stateOnTheResolvedCase()
    state.press(.character("x"))
    let text = DeskView.render(state).text
    #expect(text.components(separatedBy: "Esc or Enter to go on").count == 2)
    #expect(DeskView.hints(state).contains("Esc or Enter to go on"))
  }

  @Test func resolvingAResolvedCaseNamesTheKeyThatReopensIt() throws {
    var state = try stateOnTheResolvedCase()
    state.press(.character("x"))
    #expect(state.notice?.phrase == .form(.alreadyDoneReopenWith(resolved, .resolved, key: "o")))
    #expect(DeskView.render(state).text.contains("o reopens it"))
  }
}
