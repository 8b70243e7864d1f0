import Domain

extension CaseAction {
  /// What the status prompt (`s`) offers: each choice is one command, and a value that is
  /// none of them (a typo, a choice from a later version, a damaged draft) is no choice.
  enum StatusChoice: String, CaseIterable, Sendable {
    case waiting, resume, close

    /// The command this choice asks for; waiting carries its reason.
    func command(reason: String) -> CaseCommand {
      switch self {
      case .waiting: .wait(reason: reason)
      case .resume: .resume
      case .close: .close
      }
    }

    var label: Phrase { .form(.statusChoice(self)) }
  }

}
