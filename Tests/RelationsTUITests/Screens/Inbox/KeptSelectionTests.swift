import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The case acted on stays selected and shown when the action takes it out of the view:
/// marked, said in the notice, and gone once the selection moves.
@Suite struct KeptSelectionTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
    .init(id: CaseID(channel: .phone, number: 2), subject: "Asked for a timetable"),
    .init(id: CaseID(channel: .letter, number: 3), subject: "A letter of thanks"),
  ]

  /// A month later every case is overdue; the Overdue view is shown, the second selected.
  func overdueView() throws -> AppState {
    var state = try MemoryDesk.state(openings)
    state.receive(.tick(MemoryDesk.now.addingTimeInterval(30 * 86_400)))
    state.inbox.query.view = .overdue
    state.refreshList()
    state.select(1)
    return state
  }

  /// The same desk with the case put in waiting, as the store hands it back.
  func waiting(_ id: CaseID) throws -> Desk {
    try MemoryDesk.desk(
      openings.map { opening in
        var opening = opening
        if opening.id == id { opening.commands = [.wait(reason: "Documents to come")] }
        return opening
      })
  }

  @Test func waitingOnAnOverdueCaseInTheOverdueViewKeepsItSelectedMarkedAndSaid() throws {
    var state = try overdueView()
    let id = try #require(state.inbox.selectedID)
    #expect(state.inbox.visible.count == 3)
    let desk = try waiting(id)
    state.receive(.deskChanged(desk))
    state.receive(.executed(try #require(desk.item(id)), .wait(reason: "Documents to come")))
    #expect(state.inbox.selectedID == id)
    #expect(state.inbox.selectedIndex == 1)
    #expect(state.inbox.pinned == id)
    let screen = DeskView.render(state).text
    #expect(screen.contains("* \(id)"))
    #expect(screen.contains("It left Overdue"))
  }

  @Test func aFilterChosenAfterwardsLetsTheKeptCaseGoSoNoKeyActsOnIt() throws {
    var state = try overdueView()
    let id = try #require(state.inbox.selectedID)
    state.receive(.deskChanged(try waiting(id)))
    #expect(state.inbox.pinned == id)
    state.press(.character("f"), .tab, .tab)  // to Kind
    state.type("inq")
    state.press(.control("s"))
    #expect(state.inbox.pinned == nil)
    #expect(!state.inbox.visible.contains(id))
    #expect(state.inbox.selectedID != id)
  }

  @Test func aChangeToACaseAlreadyOutsideTheViewDoesNotSayItLeft() throws {
    var state = try overdueView()
    let id = try #require(state.inbox.selectedID)
    let desk = try waiting(id)
    state.receive(.deskChanged(desk))
    state.receive(.deskChanged(desk))  // a second change while it is kept
    state.receive(.executed(try #require(desk.item(id)), .note("Called")))
    #expect(state.notice?.phrase.words().contains("It left") == false)
  }

  @Test func theKeptCaseGoesOnceTheSelectionMoves() throws {
    var state = try overdueView()
    let id = try #require(state.inbox.selectedID)
    state.receive(.deskChanged(try waiting(id)))
    state.press(.character("j"))
    #expect(state.inbox.selectedID != id)
    #expect(!state.inbox.visible.contains(id))
    #expect(state.inbox.pinned == nil)
  }

  @Test func aCaseStillInTheViewIsNotMarked() throws {
    var state = try MemoryDesk.state(openings)
    let id = try #require(state.inbox.selectedID)
    state.receive(.deskChanged(state.desk))
    #expect(state.inbox.pinned == nil)
    #expect(state.inbox.selectedID == id)
  }
}
