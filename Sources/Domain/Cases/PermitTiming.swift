import Foundation

/// How long a permit request has spent with the office and with the authority, and whether
/// the next move is the office's. The office holds it from receipt until it is submitted and
/// again from the decision until the requester is told; the authority holds it in between.
public struct PermitTiming: Sendable, Equatable {
  public var officeDays: Double
  public var authorityDays: Double
  /// Received but not submitted, or decided but the requester not yet told.
  public var waitsOnOffice: Bool

  public init?(_ item: Case, now: Date) {
    guard let permit = item.permit else { return nil }
    func days(_ from: Date, _ to: Date) -> Double { max(0, to.timeIntervalSince(from) / 86_400) }
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
  }
}
