import Foundation
import Office

/// The desk's sentences about the state of the office: read-only, bytes set aside, and why
/// the office refused a save.
extension ReadOnlyReason {
  /// The banner: the office is read-only, why, and what it means for the user.
  func banner(_ text: UIText) -> String {
    text(.readOnly(self))
  }
}

extension OfficeStore.Failure {
  /// What the desk says of the failure (the command line says `description`).
  var phrase: Phrase {
    switch self {
    case .rejected(let rejection): .office(.rejection(rejection))
    case .storage(let problem): .office(.storage(problem))
    case .invalid(let problem): .office(.invalid(problem))
    case .duplicate(let external): .office(.duplicate(externalID: external))
    case .notOnStaff(let account, let managers):
      .office(.notOnStaff(account: account, managers: managers))
    }
  }
}

extension OfficeStore.Failure {
  /// What the desk says of the failure, a conflict told in words: who changed the case,
  /// what they did (not the record's type) and when, in the office's time (`dates`).
  func phrase(dates: DateText, now: Date) -> Phrase {
    guard case .storage(.conflict(let conflict)) = self else { return phrase }
    let when = conflict.lastTimestamp.map {
      dates.momentPhrase(
        Date(timeIntervalSince1970: Double($0.millisecondsSince1970) / 1000), now: now)
    }
    return .field(
      .changedMeanwhile(
        stream: conflict.stream, by: conflict.lastActor,
        change: conflict.lastType.flatMap(LoggedChange.init(rawValue:)), at: when))
  }
}
