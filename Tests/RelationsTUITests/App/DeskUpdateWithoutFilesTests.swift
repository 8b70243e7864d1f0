import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The root's update with a desk made in memory: no office, no log, no draft on disk.
@Suite struct DeskUpdateWithoutFilesTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman"),
    .init(id: CaseID(channel: .website, number: 1), kind: .permit, subject: "Permit request"),
  ]

  @Test func savingANoteAsksTheShellToExecuteItOnTheCaseVersionShown() throws {
    var state = try MemoryDesk.state(openings)
    let id = try #require(state.inbox.selectedID)
    let version = try #require(state.desk.item(id)?.version)
    state.press(.character("c"))
    state.type("Called back")
    let effects = state.press(.control("s"))
    #expect(effects == [.execute(.note("Called back"), on: id, expectedVersion: version)])
  }

  @Test func enteringThePermitsScreenListsThePermitRequests() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("3"))
    #expect(state.screen == .permits)
    #expect(state.permits.permits == [CaseID(channel: .website, number: 1)])
    state.press(.enter)
    #expect(
      state.screen == .inbox && state.inbox.selectedID == CaseID(channel: .website, number: 1))
    #expect(state.inbox.pane == .detail)
  }

  @Test func theHelpOverlayTakesTheNextKeyAndDoesNothingElse() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("?"))
    #expect(state.overlay == .help(HelpOverlay.State()))
    let effects = state.press(.character("q"))
    #expect(effects.isEmpty && !state.quitting && state.overlay == nil)
  }

  @Test func aSearchBeingTypedTakesGlobalKeysAsText() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("/"))
    state.type("qn")
    #expect(!state.quitting && state.form == nil)
    #expect(state.inbox.query.search == "qn")
  }

  @Test func recordedSurveyAnswersAreReadBackInTheNotice() throws {
    var state = try MemoryDesk.state(openings)
    let id = CaseID(channel: .visit, number: 1)
    state.receive(.surveyRecorded(id, primary: 4, of: 5))
    let words = try #require(state.notice?.phrase.words())
    #expect(words.contains("V-000001") && words.contains("4 of 5"))
  }

  @Test func aFollowUpTakenIsSaidWithTheOwnersName() throws {
    var state = try MemoryDesk.state(openings)
    let item = try #require(state.desk.item(CaseID(channel: .visit, number: 1)))
    state.receive(.executed(item, .takeFollowUp(owner: "huda", due: nil)))
    #expect(state.notice?.phrase.words().contains("follow-up taken by Huda") == true)
  }
}
