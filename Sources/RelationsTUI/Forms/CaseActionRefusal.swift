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
    }
  }

  /// Why the case as it stands does not take this action, as a sentence for the officer, or
  /// nil when its prompt may open. The decider answers (`CaseDecider.refusal(of:on:)`); this
  /// only words the answer.
  static func refusal(_ action: CaseAction, on item: Case, _ text: UIText) -> String? {
    guard let probe = action.probe(on: item),
      let rejection = CaseDecider.refusal(of: probe, on: item)
    else { return nil }
    switch (action, rejection) {
    case (.resolve, .notInStatus), (.resolve, .closed):
      return text(
        "\(item.id) is already \(item.status.rawValue).",
        "\(item.id) \(text.status(item.status)) أصلًا.")
    case (.reopen, .notInStatus):
      return text(
        "Only a resolved or closed case can be reopened; \(item.id) is \(item.status.rawValue).",
        "لا يُعاد فتح إلا حالة معالجة أو مغلقة؛ \(item.id) \(text.status(item.status)).")
    case (_, _):
      return text.rejection(rejection)
    }
  }
}
