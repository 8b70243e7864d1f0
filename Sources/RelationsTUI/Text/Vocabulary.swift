import Domain
import JSONStore

/// The domain's words (CONTRACTS.md) in the desk's language, by name: shorthands for the
/// vocabulary phrases the screens ask for most, and for the office's refusals.
extension UIText {
  func status(_ status: CaseStatus) -> String { self(.status(status)) }
  func kind(_ kind: CaseKind) -> String { self(.kind(kind)) }
  /// The list's kind: one word.
  func kindCode(_ kind: CaseKind) -> String { self(.kindCode(kind)) }
  func priority(_ priority: Priority) -> String { self(.priority(priority)) }
  func channel(_ channel: Channel) -> String { self(.channel(channel)) }
  /// The list's channel: one word.
  func channelCode(_ channel: Channel) -> String { self(.channelCode(channel)) }
  func permitStep(_ step: PermitStep) -> String { self(.permitStep(step)) }
  func phoneProblem(_ problem: PhoneNumber.Problem) -> String { self(.phoneProblem(problem)) }

  /// Why a case action was refused.
  func rejection(_ rejection: CaseRejection) -> String { self(.rejection(rejection)) }

  /// Why the log refused to save.
  func storageProblem(_ error: LogError) -> String { self(.storage(error)) }
}
