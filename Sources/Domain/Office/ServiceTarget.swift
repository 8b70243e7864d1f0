/// Service-level targets for one kind of case, in working time.
public struct ServiceTarget: Sendable, Equatable {
  public var firstResponse: WorkingDuration
  public var resolution: WorkingDuration
  /// Permits only: from receipt to submission to the authority.
  public var submit: WorkingDuration?
  /// Permits only: from the authority's decision to telling the requester.
  public var notify: WorkingDuration?

  public init(
    firstResponse: WorkingDuration, resolution: WorkingDuration, submit: WorkingDuration? = nil,
    notify: WorkingDuration? = nil
  ) {
    self.firstResponse = firstResponse
    self.resolution = resolution
    self.submit = submit
    self.notify = notify
  }

  /// Targets used for a kind office.json does not set.
  public static let defaults: [CaseKind: ServiceTarget] = [
    .inquiry: ServiceTarget(
      firstResponse: WorkingDuration(minutes: 240), resolution: WorkingDuration(days: 2)),
    .complaint: ServiceTarget(
      firstResponse: WorkingDuration(minutes: 120), resolution: WorkingDuration(days: 5)),
    .suggestion: ServiceTarget(
      firstResponse: WorkingDuration(days: 1), resolution: WorkingDuration(days: 10)),
    .service: ServiceTarget(
      firstResponse: WorkingDuration(minutes: 240), resolution: WorkingDuration(days: 3)),
    .permit: ServiceTarget(
      firstResponse: WorkingDuration(minutes: 240), resolution: WorkingDuration(days: 20),
      submit: WorkingDuration(days: 2), notify: WorkingDuration(minutes: 240)),
  ]
}
