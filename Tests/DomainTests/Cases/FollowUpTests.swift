import Domain
import Foundation
import Testing

/// A low survey score is work on the case: it opens a follow-up, which someone takes (an
/// owner and a due day) and finishes with a note.
@Suite struct FollowUpTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)
  let id = CaseID(channel: .phone, number: 12)

  var opening: CaseCommand {
    .open(CaseChange.Opening(id: id, kind: .complaint, subject: "تأخر الصرف", receivedAt: start))
  }
  var lowScore: CaseCommand { .recordSurvey(responseID: "R-1", primary: 2, recommend: nil) }

  /// Applies commands one after another, a minute apart, as `actor`.
  func run(_ commands: [CaseCommand], actor: String = "huda") throws(CaseRejection) -> Case? {
    var state: Case?
    for (index, command) in commands.enumerated() {
      let events = try CaseDecider.decide(
        command, state, at: start.addingTimeInterval(TimeInterval(index * 60)), by: .manager(actor))
      state = events.reduce(state, CaseDecider.evolve)
    }
    return state
  }

  func rejection(_ commands: [CaseCommand]) -> CaseRejection? {
    do throws(CaseRejection) {
      _ = try run(commands)
      return nil
    } catch {
      return error
    }
  }

  @Test func aLowScoreOpensAFollowUpWithItsScoreAndTime() throws {
    let state = try #require(try run([opening, .resolve(resolution: "صُرف"), lowScore]))
    let followUp = try #require(state.followUp)
    #expect(followUp.primary == 2)
    #expect(followUp.responseID == "R-1")
    #expect(followUp.scoredAt == start.addingTimeInterval(120))
    #expect(followUp.owner == nil)
    #expect(followUp.isOpen)
    #expect(state.needsFollowUp)
  }

  @Test func aGoodScoreOpensNone() throws {
    let state = try #require(
      try run([opening, .recordSurvey(responseID: "R-2", primary: 4, recommend: 9)]))
    #expect(state.followUp == nil)
  }

  @Test func takingAFollowUpGivesItAnOwnerAndADueTime() throws {
    let due = start.addingTimeInterval(86_400)
    let state = try #require(
      try run([opening, lowScore, .takeFollowUp(owner: "sara", due: due)]))
    #expect(state.followUp?.owner == "sara")
    #expect(state.followUp?.due == due)
    #expect(state.needsFollowUp)
  }

  @Test func doneWithANoteTheFollowUpLeavesTheWork() throws {
    let state = try #require(
      try run([
        opening, lowScore, .takeFollowUp(owner: "sara", due: nil),
        .completeFollowUp(note: "اتصلت بها واعتذرت"),
      ]))
    let done = try #require(state.followUp?.done)
    #expect(done.note == "اتصلت بها واعتذرت")
    #expect(done.by == "huda")
    #expect(done.at == start.addingTimeInterval(180))
    #expect(!state.needsFollowUp)
  }

  @Test func withoutALowScoreThereIsNothingToTakeOrFinish() {
    #expect(rejection([opening, .takeFollowUp(owner: "sara", due: nil)]) == .noFollowUp)
    #expect(rejection([opening, .completeFollowUp(note: "x")]) == .noFollowUp)
  }

  @Test func aDoneFollowUpIsNotTakenOrFinishedAgain() {
    let done: [CaseCommand] = [opening, lowScore, .completeFollowUp(note: "called")]
    #expect(rejection(done + [.completeFollowUp(note: "again")]) == .followUpDone)
    #expect(rejection(done + [.takeFollowUp(owner: "sara", due: nil)]) == .followUpDone)
  }

  @Test func anOwnerAndANoteAreRequired() {
    #expect(
      rejection([opening, lowScore, .takeFollowUp(owner: " ", due: nil)]) == .required("An owner"))
    #expect(rejection([opening, lowScore, .completeFollowUp(note: "")]) == .required("A note"))
  }

  @Test func aClosedCaseStillHasItsFollowUpDone() throws {
    let state = try #require(
      try run([
        opening, .resolve(resolution: "صُرف"), lowScore, .close,
        .completeFollowUp(note: "called back"),
      ]))
    #expect(state.status == .closed)
    #expect(state.followUp?.done?.note == "called back")
  }

  @Test func anotherLowScoreWhileOpenKeepsTheOwnerAndANewOneOpensAfterDone() throws {
    let second = CaseCommand.recordSurvey(responseID: "R-3", primary: 1, recommend: nil)
    let kept = try #require(
      try run([opening, lowScore, .takeFollowUp(owner: "sara", due: nil), second]))
    #expect(kept.followUp?.owner == "sara")
    #expect(kept.followUp?.primary == 1)
    let again = try #require(
      try run([opening, lowScore, .completeFollowUp(note: "called"), second]))
    #expect(again.followUp?.isOpen == true)
    #expect(again.followUp?.owner == nil)
    #expect(again.followUp?.responseID == "R-3")
  }

  @Test func oldLogsStillCloseItWithAReplyOrAResolution() throws {
    let replied = try #require(
      try run([opening, lowScore, .reply(channel: .phone, text: "نعتذر", template: nil)]))
    #expect(replied.followUp?.done?.note == "نعتذر")
    let resolved = try #require(
      try run([opening, lowScore, .resolve(resolution: "عولجت")]))
    #expect(resolved.followUp?.done?.note == "عولجت")
  }

  @Test func theDeskAsksBeforeOpeningThePrompt() throws {
    let none = try #require(try run([opening]))
    #expect(
      CaseDecider.refusal(of: .takeFollowUp(owner: "", due: nil), on: none) == .noFollowUp)
    let open = try #require(try run([opening, lowScore]))
    #expect(CaseDecider.allows(.completeFollowUp(note: ""), on: open))
  }

  @Test func lowIsOneOrTwoOfFiveOrADetractorAndThreeOfFiveIsNot() {
    #expect(FollowUp.isLow(primary: 2, recommend: nil))
    #expect(!FollowUp.isLow(primary: 3, recommend: nil))
    #expect(FollowUp.isLow(primary: nil, recommend: 6))
    #expect(!FollowUp.isLow(primary: nil, recommend: 7))
    #expect(!FollowUp.isLow(primary: 3, recommend: 9))
    #expect(!FollowUp.isLow(primary: nil, recommend: nil))
  }

  @Test func onlyTheLowScoresOfAnAnswerAreWhatTheFollowUpIsAbout() throws {
    let high = CaseCommand.recordSurvey(responseID: "R-1", primary: 2, recommend: 10)
    let followUp = try #require(try run([opening, high])?.followUp)
    #expect(followUp.primary == 2 && followUp.recommend == 10)
    #expect(followUp.lowScores == (2, nil))
    #expect(FollowUp.lowScores(primary: 3, recommend: 5) == (nil, 5))
  }
}
