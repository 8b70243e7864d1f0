/// Someone who works at the desk, known by their OS account.
public struct StaffMember: Sendable, Equatable {
  /// What a staff member is there to do; what each role may do is the office's `RoleMatrix`.
  public enum Role: String, Sendable, CaseIterable {
    case frontdesk, officer, manager
    /// A service account (a website form, a messaging gateway) that only ingests and imports.
    case bridge

    /// "an officer or a manager": roles as the command line's English names them, by the
    /// words office.json and `relations staff` use.
    public static func named(_ roles: [Role]) -> String {
      let named = roles.map { ($0 == .officer ? "an " : "a ") + $0.rawValue }
      guard let last = named.last else { return "no role" }
      return named.count == 1 ? last : named.dropLast().joined(separator: ", ") + " or " + last
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
