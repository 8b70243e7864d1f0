/// Someone who works at the desk, known by their OS account.
public struct StaffMember: Sendable, Equatable {
  /// What a staff member is there to do; what each role may do is the office's `RoleMatrix`.
  public enum Role: String, Sendable, CaseIterable, Comparable {
    case frontdesk, officer, manager
    /// A service account (a website form, a messaging gateway) that only ingests and imports.
    case bridge

    public static func < (lhs: Role, rhs: Role) -> Bool {
      allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
  }

  public var account: String
  public var name: String
  public var role: Role

  public init(account: String, name: String, role: Role) {
    self.account = account
    self.name = name
    self.role = role
  }
}
