import Domain

extension CaseAction {
  /// The authority's answer in the decision prompt: approved or rejected, nothing else.
  enum PermitDecision: String, CaseIterable, Sendable {
    case approved, rejected

    var step: PermitStep {
      switch self {
      case .approved: .approved
      case .rejected: .rejected
      }
    }
  }
}
