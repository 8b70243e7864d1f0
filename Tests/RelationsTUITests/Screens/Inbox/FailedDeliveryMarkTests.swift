import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A case whose message could not be delivered is marked in the inbox, until a reply or a
/// later message gets through.
@Suite struct FailedDeliveryMarkTests {
  @Test func theInboxMarksACaseWhoseMessageFailed() throws {
    let fixture = try OutboxFixture()
    var state = fixture.state()
    let failed = try #require(state.desk.inbox[fixture.failed.id])
    #expect(failed.failedDelivery)
    #expect(state.desk.inbox[fixture.delivered.id]?.failedDelivery == false)
    #expect(InboxList.rowMark(failed, pinned: false, now: DeskFixture.now) == ("×", .overdue))
    state.inbox.query.view = .all
    state.refreshList()
    func row(_ id: CaseID) throws -> Substring? {
      state.select(try #require(state.inbox.visible.firstIndex(of: id)))
      return DeskView.render(state).text.split(separator: "\n").first {
        $0.dropFirst(2).hasPrefix(id.description)
      }
    }
    let shown = try row(fixture.failed.id)
    #expect(shown?.hasPrefix("×") == true, "\(shown ?? "")")
    #expect(try row(fixture.delivered.id)?.hasPrefix("×") == false)
  }

  @Test func theDeliveryFailedViewListsTheCasesToCall() throws {
    let fixture = try OutboxFixture()
    var state = fixture.state()
    state.inbox.query.view = .failedDelivery
    state.refreshList()
    #expect(state.inbox.visible == [fixture.failed.id])
    #expect(DeskView.render(state).text.contains("View: Delivery failed (1)"))
  }

  @Test func aReplyByAnotherWayTakesTheMarkAway() throws {
    let fixture = try OutboxFixture()
    _ = try fixture.desk.store.execute(
      .reply(channel: .phone, text: "Called: Sunday it is.", template: nil),
      on: fixture.failed.id, by: .manager("huda"), now: DeskFixture.now)
    #expect(fixture.desk.store.inbox[fixture.failed.id]?.failedDelivery == false)
  }

  @Test func theHelpExplainsTheMark() {
    let lines = HelpOverlay.lines(for: .inbox, UIText(language: .english), width: 100)
    #expect(lines.contains { $0.hasPrefix("×") && $0.contains("call instead") })
  }
}
