/// Where a case stands (CONTRACTS.md). `waiting` and `authority` stop the office's clock.
public enum CaseStatus: String, CaseIterable, Sendable, Codable {
  case new, open, waiting, authority, resolved, closed

  /// Whether the case still asks something of the office.
  public var isActive: Bool { self != .resolved && self != .closed }

  /// Whether the office's SLA clock stands still.
  public var pausesClock: Bool { self == .waiting || self == .authority }
}
