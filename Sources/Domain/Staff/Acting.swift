import Foundation

/// The staff member a change is made by, with what their role allows: `decide` is given one
/// and refuses what the role may not do, the same for the desk and the command line.
public struct Acting: Sendable, Equatable {
  public var member: StaffMember
  public var matrix: RoleMatrix
  /// The office's clock, for "the same day" (a front desk resolves what it opened today).
  public var timeZone: TimeZone

  public init(member: StaffMember, matrix: RoleMatrix = RoleMatrix(), timeZone: TimeZone) {
    self.member = member
    self.matrix = matrix
    self.timeZone = timeZone
  }

  public var account: String { member.account }
  public var role: StaffMember.Role { member.role }
  public var permissions: Set<Permission> { matrix.permissions(of: member.role) }

  public func may(_ permission: Permission) -> Bool { permissions.contains(permission) }

  /// Whether the role may do anything at the desk; if not, the desk is read-only.
  public var worksAtTheDesk: Bool { !permissions.isDisjoint(with: Permission.desk) }

  /// Refuses `permission` unless the role holds it, naming the roles that do.
  public func require(_ permission: Permission) throws(CaseRejection) {
    try require(anyOf: [permission])
  }

  /// Refuses work that any of `permissions` allows unless the role holds one of them,
  /// naming the roles that do: the one refusal every check by role gives.
  public func require(anyOf permissions: Set<Permission>) throws(CaseRejection) {
    guard self.permissions.isDisjoint(with: permissions) else { return }
    throw .notAllowed(role: role, allowed: matrix.roles(granting: permissions))
  }

  /// A role that holds every permission, for asking what a case allows whoever asks.
  static let anyRole = Acting(
    member: StaffMember(account: "", name: "", role: .manager),
    matrix: RoleMatrix(grants: [.manager: Set(Permission.allCases)]), timeZone: .gmt)

  /// Whether `a` and `b` fall on one day of the office's calendar.
  func sameDay(_ a: Date, _ b: Date) -> Bool {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar.isDate(a, inSameDayAs: b)
  }
}
