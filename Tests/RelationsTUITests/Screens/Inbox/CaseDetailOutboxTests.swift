import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A case's detail and its messages: each message queued shows with where it is now under
/// it, the receipts as their own lines, and a failed delivery near the top asking for a call.
@Suite struct CaseDetailOutboxTests {
  func lines(_ fixture: OutboxFixture, _ item: Case, language: Language = .english) throws
    -> [String]
  {
    let state = fixture.state(language: language)
    let row = try #require(state.desk.inbox[item.id])
    return CaseDetail.lines(
      for: item, row: row, desk: state.desk, width: 110, now: DeskFixture.now
    ).map(\.text)
  }

  @Test func aQueuedMessageShowsItsStateUnderItAndItsTextOnce() throws {
    let fixture = try OutboxFixture()
    let lines = try lines(fixture, fixture.failed)
    let queued = try #require(
      lines.firstIndex { $0.contains("reply to send by SMS to +966551112233") })
    #expect(lines[queued + 1] == "    → failed: number unreachable")
    #expect(lines.filter { $0.contains("Your basket is ready on Sunday.") }.count == 1)
    #expect(lines.contains { $0.hasSuffix("\(fixture.failed.id)-m1 failed: number unreachable") })
  }

  @Test func eachStateIsSaidUnderItsMessage() throws {
    let fixture = try OutboxFixture()
    for (item, state) in [
      (fixture.delivered, "delivered"), (fixture.sent, "sent"), (fixture.queued, "queued"),
    ] {
      let lines = try lines(fixture, item)
      let queued = try #require(lines.firstIndex { $0.contains("reply to send by") })
      #expect(lines[queued + 1] == "    → \(state)", "\(item.id)")
    }
  }

  @Test func aFailedDeliveryIsSaidNearTheTopAskingForACall() throws {
    let fixture = try OutboxFixture()
    let english = try lines(fixture, fixture.failed)
    #expect(english.prefix(3).contains("delivery failed: number unreachable — call instead"))
    let arabic = try lines(fixture, fixture.failed, language: .arabic)
    #expect(arabic.prefix(3).contains { $0.hasPrefix("تعذّر التسليم: number unreachable") })
    #expect(!(try lines(fixture, fixture.delivered)).contains { $0.contains("call instead") })
  }

  @Test func aBridgesReasonReachesTheScreenWithoutItsControls() throws {
    let fixture = try OutboxFixture(reason: "gone\u{1B}[2J\u{202E}x")
    var state = fixture.state()
    state.inbox.query.view = .all
    state.refreshList()
    state.select(try #require(state.inbox.visible.firstIndex(of: fixture.failed.id)))
    let screen = DeskView.render(state).text
    #expect(screen.contains("delivery failed: gone"))
    #expect(!screen.contains("\u{1B}") && !screen.contains("\u{202E}"))
  }
}
