import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct OutboxScreenTests {
  @Test func theOutboxListsEveryMessageNewestFirstAndEnterOpensItsCase() throws {
    let fixture = try OutboxFixture()
    var state = fixture.state()
    state.press(.character("6"))
    #expect(state.screen == .outbox)
    #expect(
      state.outbox.messages.map(\.caseID) == [
        fixture.queued.id, fixture.sent.id, fixture.delivered.id, fixture.failed.id,
      ])
    #expect(state.outbox.counts == .init(queued: 1, failed: 1, sent: 2))
    let text = DeskView.render(state).text
    #expect(text.contains("5 Library  6 Outbox"))
    #expect(text.contains("Outbox: 1 queued · 1 failed · 2 sent or delivered — showing all"))
    #expect(text.contains("omar@example.org"))
    #expect(text.contains("failed: number unreachable"))
    state.press(.character("j"), .character("j"), .enter)
    #expect(
      state.screen == .inbox && state.inbox.selectedID == fixture.delivered.id
        && state.inbox.pane == .detail)
  }

  @Test func vShowsWhatIsQueuedThenWhatFailedThenWhatWentThenAll() throws {
    let fixture = try OutboxFixture()
    var state = fixture.state()
    state.press(.character("6"), .character("v"))
    #expect(state.outbox.messages.map(\.caseID) == [fixture.queued.id])
    state.press(.character("v"))
    #expect(state.outbox.messages.map(\.caseID) == [fixture.failed.id])
    #expect(DeskView.render(state).text.contains("— showing failed"))
    state.press(.character("v"))
    #expect(state.outbox.messages.map(\.caseID) == [fixture.sent.id, fixture.delivered.id])
    state.press(.character("v"))
    #expect(state.outbox.messages.count == 4 && state.outbox.filter == .all)
    #expect(state.outbox.counts == .init(queued: 1, failed: 1, sent: 2))
  }

  @Test func aReceiptFromTheBridgeMovesItsMessageAndKeepsTheSelection() throws {
    let fixture = try OutboxFixture()
    var state = fixture.state()
    state.press(.character("6"), .character("j"))
    let selected = state.outbox.messages[state.outbox.index].sent.message.id
    let store = fixture.desk.store
    _ = try store.execute(
      .reportDelivery(
        DeliveryReceipt(
          message: OutboundMessage.id(of: fixture.queued.id, number: 1), status: .delivered)),
      on: fixture.queued.id, by: OutboxFixture.bridge, now: DeskFixture.now)
    var desk = state.desk
    desk.cases = store.cases
    desk.inbox = store.inbox
    state.receive(.deskChanged(desk))
    #expect(state.outbox.counts == .init(queued: 0, failed: 1, sent: 3))
    #expect(state.outbox.messages.first?.sent.status == .delivered)
    #expect(state.outbox.messages[state.outbox.index].sent.message.id == selected)
  }

  @Test func anInvitationOfAReopenedCaseIsHeldBackAndNotCountedAsQueued() throws {
    let fixture = try OutboxFixture()
    let store = fixture.desk.store
    let omar = Acting.manager("omar")
    _ = try store.execute(
      .resolve(resolution: "done"), on: fixture.delivered.id, by: omar, now: DeskFixture.now)
    _ = try store.execute(
      .reopen(reason: "asked again"), on: fixture.delivered.id, by: omar, now: DeskFixture.now)
    var state = fixture.state()
    state.press(.character("6"))
    #expect(state.outbox.counts.queued == 1)
    let held = try #require(
      state.outbox.messages.first { $0.sent.message.kind == .surveyInvitation })
    #expect(held.heldBack)
    #expect(DeskView.render(state).text.contains("held back, not to be sent"))
    state.press(.character("v"))
    #expect(state.outbox.messages.map(\.caseID) == [fixture.queued.id])
  }

  @Test func anOfficeThatSentNothingSaysSo() throws {
    let fixture = try DeskFixture(cases: 0)
    var state = fixture.state()
    state.press(.character("6"))
    #expect(state.outbox.messages.isEmpty)
    #expect(DeskView.render(state).text.contains("No message has been sent from this office yet."))
    state.press(.enter, .character("j"))
    #expect(state.screen == .outbox)
  }

  @Test func anAddressAndAReasonFromOutsideReachTheScreenWithoutTheirControls() throws {
    let fixture = try OutboxFixture(reason: "bounced\u{1B}]0;owned\u{7}\u{202E}")
    var state = fixture.state()
    state.press(.character("6"))
    let text = DeskView.render(state).text
    #expect(text.contains("failed: bounced"))
    #expect(!text.contains("\u{1B}") && !text.contains("\u{7}") && !text.contains("\u{202E}"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theOutboxMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try OutboxFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("6"))
    Snapshot.check(DeskView.render(state).text, "desk-outbox-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicOutboxMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try OutboxFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("6"))
    Snapshot.check(DeskView.render(state).text, "desk-outbox-ar-\(width)x\(height)")
  }
}
