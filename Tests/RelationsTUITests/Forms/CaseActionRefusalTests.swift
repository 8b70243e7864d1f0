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
    var item = try fixture.store.open(on: .volunteer, by: .manager("huda"), now: DeskFixture.now) {
      id in
      CaseChange.Opening(id: id, kind: kind, subject: "Lecture", receivedAt: DeskFixture.now)
    }
    for command in commands {
      item = try fixture.store.execute(
        command, on: item.id, by: .manager("huda"), now: DeskFixture.now)
    }
    var state = fixture.state()
    state.inbox.query.view = .all
    state.refreshList()
    state.inbox.selectedID = item.id
    return (state, item)
  }

  @Test func aClosedCaseCanBeReopenedAsTheDeciderAllows() throws {
    let fixture = try DeskFixture()
    var (state, item) = try Self.desk(fixture, after: [.resolve(resolution: "done"), .close])
    state.press(.character("o"))
    #expect(state.form?.purpose == .action(.reopen, item.id, version: item.version))
  }

  @Test func fOnACaseWithoutALowScoreSaysThereIsNoFollowUp() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(fixture, after: [.assign(to: "huda")])
    state.press(.character("F"))
    #expect(state.overlay == nil)
    #expect(state.notice?.phrase == .office(.rejection(.noFollowUp)))
  }

  @Test func fTakesALowScoresFollowUpThenFinishesItWithANote() throws {
    let fixture = try DeskFixture()
    let low = CaseCommand.recordSurvey(responseID: "R-9", primary: 1, recommend: nil)
    var (state, item) = try Self.desk(fixture, after: [low])
    state.press(.character("F"))
    #expect(state.form?.purpose == .action(.takeFollowUp, item.id, version: item.version))
    let owner = try #require(fixture.store.office.staff.first?.account)
    let riyadh = try #require(TimeZone(identifier: "Asia/Riyadh"))
    let due = try #require(CivilDateText.parse("2026-11-25", timeZone: riyadh))
    #expect(
      state.press(.control("s")).contains(
        .execute(.takeFollowUp(owner: owner, due: due), on: item.id, expectedVersion: item.version))
    )
    let taken = try fixture.store.execute(
      .takeFollowUp(owner: owner, due: due), on: item.id, by: .manager("huda"), now: DeskFixture.now
    )
    (state, _) = try Self.desk(fixture, after: [])
    state.inbox.selectedID = item.id
    state.desk.cases.put(taken)
    state.press(.character("F"))
    #expect(state.form?.purpose == .action(.completeFollowUp, item.id, version: taken.version))
    let effects = state.press(.control("s"))
    #expect(effects.isEmpty)
    #expect(state.form?.fields.first?.problem == .surveys(.writeOutcome))
  }

  @Test func aFollowUpDueOnADayAlreadyPastIsRefusedUnderTheField() throws {
    let fixture = try DeskFixture()
    let low = CaseCommand.recordSurvey(responseID: "R-9", primary: 1, recommend: nil)
    var (state, _) = try Self.desk(fixture, after: [low])
    state.press(.character("F"))
    var form = try #require(state.form)
    form.set(CaseAction.Field.due, "2020-01-01")
    form.focus = try #require(form.index(of: CaseAction.Field.due))
    state.overlay = .form(form)
    let effects = state.press(.control("s"))
    #expect(effects.isEmpty)
    let due = try #require(state.form?.index(of: CaseAction.Field.due))
    #expect(state.form?.fields[due].problem == .surveys(.dueInThePast))
    #expect(state.form?.value(CaseAction.Field.due) == "2020-01-01")
  }

  @Test func anOpenCaseCannotBeReopenedAndTheDeskSaysWhy() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(fixture, after: [.assign(to: "huda")])
    state.press(.character("o"))
    #expect(state.overlay == nil)
    #expect(state.notice?.phrase.words().contains("Only a resolved or closed case") == true)
  }

  @Test func aPermitWithTheAuthorityIsNotOfferedTheResolveForm() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(
      fixture, kind: .permit, after: [.submitPermit(reference: "R-1", date: DeskFixture.now)])
    state.press(.character("x"))
    #expect(state.overlay == nil)
    #expect(state.notice?.tone == .error)
    #expect(state.notice?.phrase.words().contains("submitted") == true)
  }

  @Test func aClosedCaseTakesNoNoteAndTheDeskSaysReopenFirst() throws {
    let fixture = try DeskFixture()
    var (state, _) = try Self.desk(fixture, after: [.resolve(resolution: "done"), .close])
    state.press(.character("c"))
    #expect(state.overlay == nil)
    // The way forward is named with its key.
    #expect(state.notice?.phrase.words().hasSuffix("is closed; o reopens it first.") == true)
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
    #expect(state.notice?.phrase.words() == CaseRejection.closed.message)
  }
}
