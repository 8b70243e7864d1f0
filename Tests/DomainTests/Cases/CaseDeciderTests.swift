import Domain
import Foundation
import PropertyBased
import Testing

/// The rules of a case, and the points of the association's relations policy they carry.
@Suite struct CaseDeciderTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)
  let id = CaseID(channel: .visit, number: 7)

  func opening(_ kind: CaseKind = .inquiry) -> CaseCommand {
    .open(
      CaseChange.Opening(
        id: id, kind: kind, subject: "استفسار عن البرنامج",
        contact: ContactDetails(name: "أحمد", phone: PhoneNumber("0551234567")),
        receivedAt: start))
  }

  /// Applies commands one after another, a minute apart, as `actor`.
  func run(_ commands: [CaseCommand], actor: String = "omar") throws(CaseRejection) -> Case? {
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

  @Test func aNewCaseHasAnIdAStatusAndItsHistory() throws {
    let state = try #require(try run([opening()]))
    #expect(state.id.description == "V-000007")
    #expect(state.status == .new)
    #expect(state.version == 1)
    #expect(state.history.first?.actor == "omar")
  }

  @Test func aSubjectIsRequired() {
    let blank = CaseCommand.open(
      CaseChange.Opening(id: id, kind: .inquiry, subject: "  ", receivedAt: start))
    #expect(rejection([blank]) == .required("A subject"))
  }

  @Test func everyCaseGetsAnOwnerAndAFirstResponse() throws {
    let state = try #require(
      try run([
        opening(), .assign(to: "sara"), .reply(channel: .phone, text: "أهلا", template: nil),
      ]))
    #expect(state.assignee == "sara")
    #expect(state.status == .open)
    #expect(state.firstResponseAt == start.addingTimeInterval(120))
  }

  @Test func theComplaintWorkflowAcknowledgesInvestigatesResolvesAndReopens() throws {
    let resolved = try #require(
      try run([
        opening(.complaint), .reply(channel: .visit, text: "وصلتنا شكواك", template: "ack"),
        .note("تحقق داخلي"),
        .resolve(resolution: "تم التواصل مع المشرف وحل المشكلة"),
      ]))
    #expect(resolved.status == .resolved)
    #expect(resolved.resolution == "تم التواصل مع المشرف وحل المشكلة")
    #expect(
      rejection([opening(.complaint), .resolve(resolution: " ")])
        == .required("A written resolution"))
    let reopened = try #require(
      try run([opening(.complaint), .resolve(resolution: "done"), .reopen(reason: "not satisfied")])
    )
    #expect(reopened.status == .open)
    #expect(reopened.resolvedAt == nil)
  }

  @Test func aClosedCaseOnlyReopens() {
    let closed: [CaseCommand] = [opening(), .resolve(resolution: "done"), .close]
    #expect(rejection(closed + [.note("x")]) == .closed)
    #expect(rejection(closed + [.reopen(reason: "again")]) == nil)
    #expect(
      rejection([opening(), .close]) == .notInStatus(.new, action: "closed before it is resolved"))
  }

  @Test func aPermitGoesThroughTheAuthorityInOrder() throws {
    let decided = Date(timeIntervalSince1970: 1_795_500_000)
    let state = try #require(
      try run([
        opening(.permit), .submitPermit(reference: "TAISEER-4411", date: start),
        .decidePermit(approved: true, reference: "APP-9", date: decided),
        .notifyRequester(how: "phone call"),
        .resolve(resolution: "approved and the requester was told"),
      ]))
    #expect(state.permit?.step == .notified)
    #expect(state.permit?.authorityReference == "TAISEER-4411")
    #expect(state.permit?.notifiedHow == "phone call")
    #expect(state.pauses.count == 1)  // the time with the authority does not count for the office
  }

  @Test func permitStepsRefuseToSkipAhead() {
    #expect(
      rejection([opening(.permit), .decidePermit(approved: true, reference: "x", date: start)])
        == .permitStep(.received, action: "decided"))
    #expect(
      rejection([opening(.permit), .notifyRequester(how: "sms")])
        == .permitStep(.received, action: "notified"))
    #expect(
      rejection([opening(.inquiry), .submitPermit(reference: "x", date: start)]) == .notAPermit)
    #expect(
      rejection([opening(.permit), .submitPermit(reference: "", date: start)])
        == .required("The authority's reference"))
    #expect(
      rejection([
        opening(.permit), .submitPermit(reference: "R", date: start), .resolve(resolution: "x"),
      ]) == .permitStep(.submitted, action: "resolved before the authority decides"))
  }

  @Test func theDecisionBringsThePermitBackToTheOfficeToNotify() throws {
    let state = try #require(
      try run([
        opening(.permit), .submitPermit(reference: "R", date: start),
        .decidePermit(approved: false, reference: "D", date: start),
      ]))
    #expect(state.status == .open)
    #expect(state.permit?.step == .rejected)
    #expect(state.pausedSince == nil)
  }

  @Test func aDecidedPermitIsNotResolvedUntilTheRequesterIsTold() throws {
    for approved in [true, false] {
      let decided: [CaseCommand] = [
        opening(.permit), .submitPermit(reference: "R", date: start),
        .decidePermit(approved: approved, reference: "D", date: start),
      ]
      #expect(
        rejection(decided + [.resolve(resolution: "done")])
          == .requesterNotTold(decision: approved ? .approved : .rejected))
      let told = try #require(
        try run(decided + [.notifyRequester(how: "SMS"), .resolve(resolution: "done")]))
      #expect(told.status == .resolved && told.permit?.step == .notified)
    }
    #expect(
      CaseRejection.requesterNotTold(decision: .approved).message.contains("step notified"))
  }

  @Test func waitingOnTheBeneficiaryPausesTheClockUntilTheyAnswer() throws {
    let waiting = try #require(try run([opening(), .wait(reason: "needs the ID copy")]))
    #expect(waiting.status == .waiting)
    #expect(waiting.pausedSince != nil)
    #expect(waiting.clockPauses.last?.end == .distantFuture)
    let answered = try #require(
      try run([
        opening(), .wait(reason: "x"),
        .receiveMessage(body: "here it is", channel: .social, externalID: nil),
      ]))
    #expect(answered.status == .open)
    #expect(answered.pauses.count == 1)
    #expect(rejection([opening(), .resume]) == .notInStatus(.new, action: "resumed"))
  }

  @Test func aNewMessageOnAResolvedCaseReopensIt() throws {
    let state = try #require(
      try run([
        opening(), .resolve(resolution: "done"),
        .receiveMessage(body: "one more thing", channel: .phone, externalID: nil),
      ]))
    #expect(state.status == .open)
  }

  @Test func aLowSurveyScoreAsksForAFollowUpAndAReplyAnswersIt() throws {
    let low = try #require(
      try run([
        opening(), .resolve(resolution: "done"),
        .recordSurvey(responseID: "r1", primary: 2, recommend: nil),
      ]))
    #expect(low.needsFollowUp)
    let detractor = try #require(
      try run([opening(), .recordSurvey(responseID: "r1", primary: 5, recommend: 6)]))
    #expect(detractor.needsFollowUp)
    let happy = try #require(
      try run([opening(), .recordSurvey(responseID: "r1", primary: 4, recommend: 9)]))
    #expect(!happy.needsFollowUp)
    let followedUp = try #require(
      try run([
        opening(), .recordSurvey(responseID: "r1", primary: 1, recommend: nil),
        .reply(channel: .phone, text: "نعتذر", template: nil),
      ]))
    #expect(!followedUp.needsFollowUp)
  }

  @Test func aMergedDuplicatePointsToTheSurvivorAndTakesNoMoreWork() throws {
    let survivor = CaseID(channel: .phone, number: 3)
    let merged = try #require(try run([opening(), .merge(into: survivor)]))
    #expect(merged.mergedInto == survivor)
    #expect(merged.status == .closed)
    #expect(
      rejection([opening(), .merge(into: survivor), .reopen(reason: "x")])
        == .merged(into: survivor))
    #expect(rejection([opening(), .merge(into: id)]) == .selfReference)
  }

  @Test func commandsOnAMissingCaseAreRefused() {
    #expect(rejection([.note("x")]) == .noSuchCase)
    #expect(rejection([opening(), opening()]) == .alreadyExists(id))
  }

  @Test func caseIdsRoundTripAndRefuseStrangers() {
    #expect(CaseID("W-000012") == CaseID(channel: .website, number: 12))
    #expect(CaseID("T-1234567")?.description == "T-1234567")
    for text in ["X-000001", "V-12", "V-00001a", "V000001", "", "V-000000"] {
      #expect(CaseID(text) == nil, "\(text)")
    }
  }

  @Test func foldingGivesTheSameCasesWhateverTheInterleavingOfChannels() async throws {
    // Three cases on three channels, each a valid history; interleave their events in any
    // order that keeps each case's own order, and fold per case.
    func history(_ channel: Channel, _ number: Int) throws -> [CaseEvent] {
      let caseID = CaseID(channel: channel, number: number)
      var state: Case?
      var events: [CaseEvent] = []
      let commands: [CaseCommand] = [
        .open(
          CaseChange.Opening(id: caseID, kind: .permit, subject: "s\(number)", receivedAt: start)),
        .assign(to: "huda"), .submitPermit(reference: "R\(number)", date: start),
        .decidePermit(approved: true, reference: "D", date: start),
        .notifyRequester(how: "sms"),
      ]
      for (index, command) in commands.enumerated() {
        let new = try CaseDecider.decide(
          command, state, at: start.addingTimeInterval(TimeInterval(index * 3600)),
          by: .manager("a"))
        state = new.reduce(state, CaseDecider.evolve)
        events += new
      }
      return events
    }
    let histories = [try history(.visit, 1), try history(.phone, 2), try history(.website, 3)]
    let expected = histories.map(CaseDecider.fold)
    await propertyCheck(count: 200, input: Gen.int(in: 0...2).array(of: 15)) { picks in
      var cursors = [0, 0, 0]
      var streams: [[CaseEvent]] = [[], [], []]
      for pick in picks + [0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]
      where cursors[pick] < histories[pick].count {
        streams[pick].append(histories[pick][cursors[pick]])
        cursors[pick] += 1
      }
      #expect(streams.map(CaseDecider.fold) == expected)
    }
  }

  @Test func triageRecordsOnlyWhatChangesAndAnEmptyDepartmentTakesItAway() throws {
    let triaged = try #require(
      try run([
        opening(),
        .triage(.init(kind: .inquiry, priority: .normal, tags: ["urdu"], department: "programs")),
      ]))
    guard case .triaged(let recorded)? = triaged.history.last?.change else {
      Issue.record("no triage event")
      return
    }
    // Kind and priority were what the case had: the event leaves them out.
    #expect(recorded == .init(tags: ["urdu"], department: "programs"))
    #expect(triaged.department == "programs")
    let cleared = try #require(
      try run([
        opening(), .triage(.init(department: "programs")), .triage(.init(department: "")),
      ]))
    #expect(cleared.department == nil)
    #expect(
      rejection([opening(), .triage(.init(kind: .inquiry, department: ""))]) == .nothingChanged)
  }

  @Test func aPermitWithTheAuthorityOrDecidedAndUntoldIsNotClosedByAMerge() {
    let other = CaseID(channel: .phone, number: 1)
    let submit = CaseCommand.submitPermit(reference: "A-1", date: start)
    let decide = CaseCommand.decidePermit(approved: true, reference: "D-1", date: start)
    #expect(
      rejection([opening(.permit), submit, .merge(into: other)])
        == .permitStep(.submitted, action: "merged before the authority decides"))
    #expect(
      rejection([opening(.permit), submit, decide, .merge(into: other)])
        == .requesterNotTold(decision: .approved))
    #expect(
      rejection([
        opening(.permit), submit, decide, .notifyRequester(how: "sms"), .merge(into: other),
      ])
        == nil)
  }
}
