import Domain
import Foundation
import Testing

/// A front end asks the decider which commands a case takes, before opening a form: the
/// answer is `decide`'s, whatever the form will carry.
@Suite struct CaseDeciderAllowsTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)
  let id = CaseID(channel: .volunteer, number: 3)

  /// The case after `commands`, opened as `kind`.
  func state(_ kind: CaseKind = .inquiry, after commands: [CaseCommand] = []) throws -> Case {
    let opening = CaseCommand.open(
      CaseChange.Opening(id: id, kind: kind, subject: "طلب تصريح", receivedAt: start))
    var state: Case?
    for command in [opening] + commands {
      let events = try CaseDecider.decide(command, state, at: start, by: .manager("sara"))
      state = events.reduce(state, CaseDecider.evolve)
    }
    return try #require(state)
  }

  @Test func resolvingIsAllowedUntilTheCaseIsResolved() throws {
    #expect(CaseDecider.allows(.resolve(resolution: ""), on: try state()))
    let resolved = try state(after: [.resolve(resolution: "done")])
    #expect(
      CaseDecider.refusal(of: .resolve(resolution: ""), on: resolved)
        == .notInStatus(.resolved, action: "resolved"))
    let closed = try state(after: [.resolve(resolution: "done"), .close])
    #expect(CaseDecider.refusal(of: .resolve(resolution: ""), on: closed) == .closed)
  }

  @Test func reopeningIsAllowedOnlyOnAResolvedOrClosedCase() throws {
    #expect(!CaseDecider.allows(.reopen(reason: ""), on: try state()))
    #expect(
      CaseDecider.allows(.reopen(reason: ""), on: try state(after: [.resolve(resolution: "x")])))
    #expect(
      CaseDecider.allows(
        .reopen(reason: ""), on: try state(after: [.resolve(resolution: "x"), .close])))
  }

  @Test func theStatusChangesFollowTheStatus() throws {
    let open = try state(after: [.assign(to: "sara")])
    #expect(CaseDecider.allows(.wait(reason: ""), on: open))
    #expect(!CaseDecider.allows(.resume, on: open))
    #expect(!CaseDecider.allows(.close, on: open))
    let waiting = try state(after: [.wait(reason: "ID copy")])
    #expect(CaseDecider.allows(.resume, on: waiting))
    #expect(!CaseDecider.allows(.wait(reason: ""), on: waiting))
    #expect(CaseDecider.allows(.close, on: try state(after: [.resolve(resolution: "x")])))
  }

  @Test func permitStepsAreAllowedOneAfterAnotherInOrder() throws {
    let date = start
    let received = try state(.permit)
    #expect(CaseDecider.allows(.submitPermit(reference: "", date: date), on: received))
    #expect(
      !CaseDecider.allows(.decidePermit(approved: true, reference: "", date: date), on: received))
    let submitted = try state(.permit, after: [.submitPermit(reference: "R-1", date: date)])
    #expect(!CaseDecider.allows(.submitPermit(reference: "", date: date), on: submitted))
    #expect(
      CaseDecider.allows(.decidePermit(approved: true, reference: "", date: date), on: submitted))
    #expect(
      CaseDecider.refusal(of: .resolve(resolution: ""), on: submitted)
        == .permitStep(.submitted, action: "resolved before the authority decides"))
    let decided = try state(
      .permit,
      after: [
        .submitPermit(reference: "R-1", date: date),
        .decidePermit(approved: false, reference: "D-1", date: date),
      ])
    #expect(CaseDecider.allows(.notifyRequester(how: ""), on: decided))
    #expect(
      CaseDecider.refusal(of: .resolve(resolution: ""), on: decided)
        == .requesterNotTold(decision: .rejected))
    #expect(
      CaseDecider.refusal(of: .submitPermit(reference: "", date: date), on: try state())
        == .notAPermit)
  }

  @Test func whatTheCommandCarriesIsLeftToTheForm() throws {
    let assigned = try state(after: [.assign(to: "sara")])
    #expect(CaseDecider.allows(.assign(to: "sara"), on: assigned))
    #expect(CaseDecider.allows(.note(""), on: assigned))
    #expect(CaseDecider.allows(.link(to: id), on: assigned))
  }

  @Test func aClosedCaseAllowsOnlyReopening() throws {
    let closed = try state(after: [.resolve(resolution: "x"), .close])
    #expect(CaseDecider.refusal(of: .note(""), on: closed) == .closed)
    #expect(CaseDecider.refusal(of: .assign(to: nil), on: closed) == .closed)
    #expect(CaseDecider.allows(.reopen(reason: ""), on: closed))
  }
}
