import Domain

/// Opens the prompt of a command on the selected case, or says why it cannot be given:
/// no case selected, or the decider refuses the command on the case as it is.
enum CasePrompt {
  static func open(_ action: DeskAction, on item: Case?, _ context: ScreenContext)
    -> [ScreenRequest]
  {
    let desk = context.desk
    guard let item else {
      return [.notice(.refusal(.inbox(.selectCaseFirst)))]
    }
    let caseAction: CaseAction
    switch action {
    case .assign: caseAction = .assign
    case .priority: caseAction = .priority
    case .status: caseAction = .status
    case .note: caseAction = .note
    case .reply: caseAction = .reply
    case .resolve: caseAction = .resolve
    case .reopen: caseAction = .reopen
    case .triage: caseAction = .triage
    case .merge: caseAction = .merge
    case .link: caseAction = .link
    // Taken first (who calls back, by when), then done with a note.
    case .followUp: caseAction = item.followUp?.owner == nil ? .takeFollowUp : .completeFollowUp
    case .permit:
      if let refusal = desk.roleRefusal(unless: [.permits]) { return [.notice(.refusal(refusal))] }
      switch CaseAction.permitStep(for: item) {
      case .success(let step): caseAction = step
      case .failure(let reason): return [.notice(.refusal(reason))]
      }
    default: return []
    }
    if let reason = CaseAction.refusal(caseAction, on: item, by: desk.acting, at: context.now) {
      return [.notice(.refusal(reason))]
    }
    let dates = DateText(timeZoneIdentifier: desk.office.timeZone)
    switch CaseAction.prompt(caseAction, for: item, desk: desk, today: dates.isoDay(context.now)) {
    case .success(let form): return [.openForm(form)]
    case .failure(let reason): return [.notice(.refusal(reason))]
    }
  }
}
