import Foundation

/// Which SLA target a case is working towards now, and when it is due.
public enum CaseDeadline {
  public enum Target: String, Sendable, Equatable {
    case firstResponse, submitToAuthority, notifyRequester, resolution
  }

  /// The target that matters next for `item` and its due time; nil due while the clock stands
  /// still (waiting, with the authority), nil altogether when the case asks nothing more.
  public static func next(
    for item: Case, targets: [CaseKind: ServiceTarget], calendar: WorkingCalendar
  ) -> (target: Target, due: Date?)? {
    guard item.status.isActive, item.mergedInto == nil else { return nil }
    guard let target = targets[item.kind] ?? ServiceTarget.defaults[item.kind] else { return nil }
    let stopped = item.pausedSince != nil
    let pauses = item.clockPauses
    func due(_ duration: WorkingDuration?, from start: Date) -> Date? {
      guard let duration, !stopped else { return nil }
      return calendar.deadline(after: start, adding: duration, pauses: pauses)
    }
    if let permit = item.permit {
      switch permit.step {
      case .received where target.submit != nil:
        return (.submitToAuthority, due(target.submit, from: item.receivedAt))
      case .approved, .rejected:
        return (
          .notifyRequester, due(target.notify, from: permit.decisionRecordedAt ?? item.receivedAt)
        )
      default: break
      }
    }
    if item.firstResponseAt == nil {
      return (.firstResponse, due(target.firstResponse, from: item.receivedAt))
    }
    return (.resolution, due(target.resolution, from: item.receivedAt))
  }
}
