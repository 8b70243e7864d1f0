import Foundation

/// How long a permit request has spent with the office and with the authority, in working
/// days of the office's calendar (its working week, hours and holidays), whether the next
/// move is the office's, and how late the office is against the target of the step it owes.
/// The office holds it from receipt until it is submitted and again from the decision until
/// the requester is told; the authority holds it in between.
public struct PermitTiming: Sendable, Equatable {
  /// A step the office owes past its target (`ServiceTarget`): which one, and by how many
  /// working days.
  public struct Late: Sendable, Equatable {
    public var target: CaseDeadline.Target
    public var workingDays: Double

    public init(target: CaseDeadline.Target, workingDays: Double) {
      self.target = target
      self.workingDays = workingDays
    }
  }

  public var officeDays: Double
  public var authorityDays: Double
  /// Received but not submitted, or decided but the requester not yet told.
  public var waitsOnOffice: Bool
  /// The step the office owes now, when it is past its target; nil when nothing is late.
  public var late: Late?

  /// The timing of `item`, a permit request, at `now`; `target` is the office's permit
  /// target (office.json `sla.permit`, the defaults otherwise).
  public init?(
    _ item: Case, now: Date, calendar: WorkingCalendar,
    target: ServiceTarget? = ServiceTarget.defaults[.permit]
  ) {
    guard let permit = item.permit else { return nil }
    func days(_ from: Date, _ to: Date) -> Double {
      calendar.workingSeconds(from: from, to: to) / max(1, calendar.secondsPerDay)
    }
    let submitted = permit.submittedOn
    let decided = permit.decisionRecordedAt ?? permit.decidedOn
    var office = days(item.receivedAt, submitted ?? now)
    var authority = 0.0
    if let submitted { authority = days(submitted, decided ?? now) }
    if let decided { office += days(decided, permit.notifiedAt ?? now) }
    officeDays = office
    authorityDays = authority
    waitsOnOffice =
      item.status.isActive
      && (permit.step == .received || permit.step == .approved || permit.step == .rejected)
    late = nil
    guard item.status.isActive, item.mergedInto == nil, let target else { return }
    // The target the office works towards now, as the inbox counts it.
    let owed: (CaseDeadline.Target, WorkingDuration?, Date)
    switch permit.step {
    case .received: owed = (.submitToAuthority, target.submit, item.receivedAt)
    case .approved, .rejected:
      owed = (.notifyRequester, target.notify, permit.decisionRecordedAt ?? item.receivedAt)
    case .notified: owed = (.resolution, target.resolution, item.receivedAt)
    case .submitted: return  // with the authority: nothing is the office's to be late on
    }
    guard let duration = owed.1, item.pausedSince == nil,
      let due = calendar.deadline(after: owed.2, adding: duration, pauses: item.pauses),
      now > due
    else { return }
    late = Late(target: owed.0, workingDays: days(due, now))
  }
}
