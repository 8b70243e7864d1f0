import Foundation

extension CaseDecider {
  /// Why the case as it stands refuses a command of this kind, or nil when it takes one: a
  /// front end asks this before opening the form that would write the command, so the
  /// rules live in `decide` alone. It calls `decide`; only a refusal about the case (its
  /// status, its permit step, closed or merged) counts. A refusal about what the command
  /// carries (an empty text, nothing that would change, a case pointing at itself) does not,
  /// since that is what the form is for: ask with empty texts.
  public static func refusal(of command: CaseCommand, on state: Case) -> CaseRejection? {
    do throws(CaseRejection) {
      // Time and actor change which events come out, never whether a command is refused.
      _ = try decide(command, state, at: Date(timeIntervalSince1970: 0), actor: "")
      return nil
    } catch {
      switch error {
      case .required, .nothingChanged, .selfReference:
        return nil
      case .noSuchCase, .alreadyExists, .closed, .merged, .notInStatus, .notAPermit, .permitStep,
        .noFollowUp, .followUpDone:
        return error
      }
    }
  }

  /// Whether the case as it stands takes a command of this kind (see `refusal(of:on:)`).
  public static func allows(_ command: CaseCommand, on state: Case) -> Bool {
    refusal(of: command, on: state) == nil
  }
}
