import Foundation

/// Where one SLA target of a case stands: running towards its due time, due soon, overdue,
/// paused (waiting on the beneficiary or with the authority), or met.
public enum ServiceClock: Sendable, Equatable {
  case running(due: Date)
  case dueSoon(due: Date)
  case overdue(due: Date)
  case paused
  case met(at: Date, late: Bool)

  /// The clock of a target that started at `start`. `pauses` are the spans the clock stood
  /// still (an ongoing one ends at `.distantFuture`); `metAt` is when the target was met.
  /// Due soon means no more than `dueSoonWithin` working seconds are left.
  public static func evaluate(
    start: Date, target: WorkingDuration, pauses: [DateInterval] = [], metAt: Date? = nil,
    now: Date,
    calendar: WorkingCalendar, dueSoonWithin: TimeInterval = 3600
  ) -> ServiceClock {
    let due = calendar.deadline(after: start, adding: target, pauses: pauses)
    if let metAt {
      return .met(at: metAt, late: due.map { metAt > $0 } ?? false)
    }
    guard let due else { return .paused }
    if pauses.contains(where: { $0.contains(now) }) { return .paused }
    if now >= due { return .overdue(due: due) }
    let left = calendar.workingSeconds(from: now, to: due, pauses: pauses)
    return left <= dueSoonWithin ? .dueSoon(due: due) : .running(due: due)
  }

  /// Whether the case needs attention for this target now.
  public var needsAttention: Bool {
    switch self {
    case .overdue, .dueSoon: true
    default: false
    }
  }
}
