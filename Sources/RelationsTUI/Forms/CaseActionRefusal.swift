import Domain
import Foundation

extension CaseAction {
  /// The command this action's prompt saves, with nothing typed yet: what the desk asks the
  /// decider about before opening the prompt. Nil for the status prompt, whose choices are
  /// each asked on their own (`prompt`).
  func probe(on item: Case) -> CaseCommand? {
    // The decider never refuses a permit step for its date: any date will do.
    let date = Date(timeIntervalSince1970: 0)
    return switch self {
    case .assign: .assign(to: item.assignee)
    case .priority: .triage(.init(priority: item.priority))
    case .status: nil
    case .note: .note("")
    case .reply: .reply(channel: item.id.channel, text: "", template: nil)
    case .resolve: .resolve(resolution: "")
    case .reopen: .reopen(reason: "")
    case .submitPermit: .submitPermit(reference: "", date: date)
    case .decidePermit: .decidePermit(approved: true, reference: "", date: date)
    case .notifyRequester: .notifyRequester(how: "")
    case .takeFollowUp: .takeFollowUp(owner: "", due: nil)
    case .completeFollowUp: .completeFollowUp(note: "")
    case .triage: .triage(.init())
    case .merge: .merge(into: CaseID(channel: item.id.channel, number: 0))
    case .link: .link(to: CaseID(channel: item.id.channel, number: 0))
    }
  }

  /// Why the case as it stands, or the user's role, does not take this action, as a phrase
  /// for the officer, or nil when its prompt may open. The role is asked first: a form is
  /// never filled in for a command the role may not give. The decider answers (`CaseDecider.refusal(of:on:)`); this
  /// only words the answer.
  static func refusal(_ action: CaseAction, on item: Case, by acting: Acting?, at now: Date)
    -> Phrase?
  {
    // The status prompt's changes (hold, resume, close, reopen) are all case actions.
    let probe = action.probe(on: item) ?? .wait(reason: "")
    if let acting, let rejection = CaseDecider.refusal(of: probe, on: item, by: acting, at: now) {
      switch rejection {
      case .notAllowed, .onlyOwnCasesToday: return .office(.rejection(rejection))
      default: break
      }
    }
    return refusal(action, on: item)
  }

  static func refusal(_ action: CaseAction, on item: Case) -> Phrase? {
    guard let probe = action.probe(on: item),
      let rejection = CaseDecider.refusal(of: probe, on: item)
    else { return nil }
    let reopenKey = KeyTable.bindings(in: .inbox).first { $0.action == .reopen }?.hintLabel
    switch (action, rejection) {
    case (.resolve, .notInStatus), (.resolve, .closed):
      // A resolved or closed case goes forward only by reopening it: say with which key.
      if let reopenKey, item.status == .resolved || item.status == .closed {
        return .form(.alreadyDoneReopenWith(item.id, item.status, key: reopenKey))
      }
      return .form(.alreadyInStatus(item.id, item.status))
    case (.reopen, .notInStatus):
      return .form(.onlyResolvedReopen(item.id, item.status))
    case (_, .notInStatus), (_, .closed):
      if let reopenKey, item.status == .resolved || item.status == .closed {
        return .form(.isDoneReopenWith(item.id, item.status, key: reopenKey))
      }
      return .office(.rejection(rejection))
    case (_, _):
      return .office(.rejection(rejection))
    }
  }
}
