import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Whether a case action's prompt opens is the decider's answer, not rules copied into the
/// desk: what the decider refuses is said at once, before anything is typed.
@Suite struct CaseActionRefusalTests {
  /// A desk with a case opened on `channel` and taken through `commands`, selected.
  static func desk(
    _ fixture: DeskFixture, kind: CaseKind = .inquiry, after commands: [CaseCommand]
  ) throws -> (AppState, Case) {
    var item = try fixture.store.open(on: .volunteer, actor: "huda", now: DeskFixture.now) { id in
      CaseChange.Opening(id: id, kind: kind, subject: "Lecture", receivedAt: DeskFixture.now)
    }
    for command in commands {
      item = try fixture.store.execute(command, on: item.id, actor: "huda", now: DeskFixture.now)
    }
    var state = fixture.state()
    state.query.view = .all
    state.refreshList()
    state.selectedID = item.id
    return (state, item)
  }

  @Test func aClosedCaseCanBeReopenedAsTheDeciderAllows() throws {
    let fixture = try DeskFixture()
    var (state, item) = try Self.desk(fixture, after: [.resolve(resolution: "done"), .close])
    state.press(.character("o"))
    #expect(state.form?.purpose == .action(.reopen, item.id, version: item.version))
  }

  @Test func anOpenCaseCannotBeReopenedAndTheDeskSaysWhy() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(fixture, after: [.assign(to: "huda")])
    state.press(.character("o"))
    #expect(state.overlay == nil)
    #expect(state.notice?.text.contains("Only a resolved or closed case") == true)
  }

  @Test func aPermitWithTheAuthorityIsNotOfferedTheResolveForm() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(
      fixture, kind: .permit, after: [.submitPermit(reference: "R-1", date: DeskFixture.now)])
    state.press(.character("x"))
    #expect(state.overlay == nil)
    #expect(state.notice?.tone == .error)
    #expect(state.notice?.text.contains("submitted") == true)
  }

  @Test func aClosedCaseTakesNoNoteAndTheDeskSaysReopenFirst() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(fixture, after: [.resolve(resolution: "done"), .close])
    state.press(.character("c"))
    #expect(state.overlay == nil)
    #expect(state.notice?.text == CaseRejection.closed.message)
  }

  @Test func theStatusPromptOffersWhatTheDeciderAllows() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(fixture, after: [.wait(reason: "ID copy")])
    state.press(.character("s"))
    let status = try #require(state.form?.fields.first)
    #expect(status.choices.map(\.value) == [CaseAction.StatusChoice.resume.rawValue])
  }

  @Test func aClosedPermitIsToldToBeReopenedRatherThanGivenTheNextStep() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(
      fixture, kind: .permit, after: [.resolve(resolution: "withdrawn"), .close])
    state.press(.character("P"))
    #expect(state.overlay == nil)
    #expect(state.notice?.text == CaseRejection.closed.message)
  }
}
