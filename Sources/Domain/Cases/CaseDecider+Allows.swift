import Foundation

extension CaseDecider {
  /// Why the case as it stands refuses a command of this kind, or nil when it takes one: a
  /// front end asks this before opening the form that would write the command, so the
  /// rules live in `decide` alone. It calls `decide`; only a refusal about the case (its
  /// status, its permit step, closed or merged) counts. A refusal about what the command
  /// carries (an empty text, nothing that would change, a case pointing at itself) does not,
  /// since that is what the form is for: ask with empty texts. A role that may not give the
  /// command is refused here too, before a form is filled in for nothing.
  public static func refusal(
    of command: CaseCommand, on state: Case, by acting: Acting, at now: Date
  ) -> CaseRejection? {
    do throws(CaseRejection) {
      _ = try decide(command, state, at: now, by: acting)
      return nil
    } catch {
      switch error {
      case .required, .nothingChanged, .selfReference, .unreachable, .unknownMessage:
        return nil
      case .noSuchCase, .alreadyExists, .closed, .merged, .notInStatus, .notAPermit, .permitStep,
        .noFollowUp, .followUpDone, .notAllowed, .onlyOwnCasesToday, .requesterNotTold:
        return error
      }
    }
  }

  /// Why the case as it stands refuses a command of this kind, whoever asks: the case's rules
  /// alone, as a role that may do everything meets them.
  public static func refusal(of command: CaseCommand, on state: Case) -> CaseRejection? {
    refusal(of: command, on: state, by: .anyRole, at: Date(timeIntervalSince1970: 0))
  }

  /// Whether the case as it stands takes a command of this kind, whoever asks.
  public static func allows(_ command: CaseCommand, on state: Case) -> Bool {
    refusal(of: command, on: state) == nil
  }

  /// Whether the case as it stands takes a command of this kind from this actor (see
  /// `refusal(of:on:by:at:)`).
  public static func allows(
    _ command: CaseCommand, on state: Case, by acting: Acting, at now: Date
  ) -> Bool {
    refusal(of: command, on: state, by: acting, at: now) == nil
  }
}
