/// How urgent a case is; sorts the inbox after due time.
public enum Priority: String, CaseIterable, Sendable, Codable, Comparable {
  case low, normal, high, urgent

  public static func < (lhs: Priority, rhs: Priority) -> Bool {
    allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
  }
}
