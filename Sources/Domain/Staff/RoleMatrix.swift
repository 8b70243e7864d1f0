/// What each role may do: the policy's defaults, which an office may change in office.json.
public struct RoleMatrix: Sendable, Equatable {
  public var grants: [StaffMember.Role: Set<Permission>]

  public init(grants: [StaffMember.Role: Set<Permission>] = RoleMatrix.defaults) {
    self.grants = grants
  }

  /// Front desk opens, notes, replies, records survey answers and resolves what it opened the
  /// same day; an officer does every case action, permits and contacts; a manager does
  /// everything; a bridge only ingests and imports.
  public static let defaults: [StaffMember.Role: Set<Permission>] = [
    .frontdesk: [.open, .note, .reply, .survey, .resolveOwnToday],
    .officer: [.open, .note, .reply, .survey, .resolveOwnToday, .cases, .permits, .contacts],
    .manager: Set(Permission.allCases),
    .bridge: [.ingest, .import],
  ]

  public func permissions(of role: StaffMember.Role) -> Set<Permission> {
    grants[role] ?? []
  }

  /// The roles that hold any of `permissions`, in the order of `Role.allCases`.
  public func roles(granting permissions: Set<Permission>) -> [StaffMember.Role] {
    StaffMember.Role.allCases.filter { !self.permissions(of: $0).isDisjoint(with: permissions) }
  }
}
