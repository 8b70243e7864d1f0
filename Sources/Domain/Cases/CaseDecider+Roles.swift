import Foundation

extension CaseDecider {
  /// The permissions that allow a command, any one of them. Opening is also a bridge's work
  /// (`ingest` opens cases from outside); a message from outside arrives only by ingest.
  static func permissions(for command: CaseCommand) -> Set<Permission> {
    switch command {
    case .open: [.open, .ingest]
    case .receiveMessage: [.ingest]
    // Whoever may write a note may attach a file to the case.
    case .note, .attach: [.note, .cases]
    case .reply: [.reply, .cases]
    case .queueMessage(let draft):
      switch draft.kind {
      case .reply: [.reply, .cases]
      case .decision: [.permits]
      // Sent as a case is resolved, or as a bridge brings in the answer to the first one.
      case .surveyInvitation: [.cases, .resolveOwnToday, .survey, .ingest]
      }
    case .reportDelivery: [.ingest]
    case .answerInvitation: [.ingest, .survey, .import]
    case .recordSurvey: [.survey, .import]
    case .submitPermit, .decidePermit, .notifyRequester: [.permits]
    case .resolve: [.cases, .resolveOwnToday]
    case .triage, .assign, .wait, .resume, .reopen, .close, .link, .merge, .takeFollowUp,
      .completeFollowUp:
      [.cases]
    }
  }

  /// Refuses a command the actor's role may not give, naming the roles that may. A front desk
  /// that may resolve only its own cases of the day is refused any other case.
  static func checkRole(_ command: CaseCommand, _ state: Case?, at now: Date, by acting: Acting)
    throws(CaseRejection)
  {
    let needed = permissions(for: command)
    try acting.require(anyOf: needed)
    let held = acting.permissions.intersection(needed)
    if held == [.resolveOwnToday], let state {
      guard state.openedBy == acting.account, acting.sameDay(state.openedAt, now) else {
        throw .onlyOwnCasesToday(
          role: acting.role, allowed: acting.matrix.roles(granting: needed.subtracting(held)))
      }
    }
  }
}
