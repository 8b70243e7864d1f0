import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct PermitsScreenTests {
  @Test func permitsWaitingOnTheOfficeComeFirstAndEnterOpensTheCase() throws {
    let fixture = try DeskFixture()
    let waiting = try fixture.store.open(on: .volunteer, actor: "huda", now: DeskFixture.now) {
      id in
      CaseChange.Opening(id: id, kind: .permit, subject: "Lecture", receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.press(.character("3"))
    #expect(state.screen == .permits)
    let all = fixture.store.cases.values.filter { $0.permit != nil }
    #expect(state.permits.count == all.count)
    let firstWaiting = try #require(state.permits.first.flatMap { fixture.store.cases[$0] })
    #expect(PermitTiming(firstWaiting, now: DeskFixture.now)?.waitsOnOffice == true)
    #expect(state.permits.contains(waiting.id))
    let text = DeskView.render(state).text
    #expect(text.contains("Permit requests: \(all.count)"))
    state.press(.enter)
    #expect(
      state.screen == .inbox && state.selectedID == state.permits.first && state.pane == .detail)
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func thePermitsScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("3"))
    Snapshot.check(DeskView.render(state).text, "desk-permits-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicPermitsScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("3"))
    Snapshot.check(DeskView.render(state).text, "desk-permits-ar-\(width)x\(height)")
  }
}
