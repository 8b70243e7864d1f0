/// Someone who works at the desk, known by their OS account.
public struct StaffMember: Sendable, Equatable {
  public enum Role: String, Sendable, CaseIterable {
    case frontdesk, officer, manager
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
