/// A change to the office's staff list, as a manager asks for it.
public enum StaffChange: Sendable, Equatable {
  case add(StaffMember)
  case setRole(account: String, role: StaffMember.Role)
  case remove(account: String)
}

/// What a staff change did: kept in the office log, so who changed the staff and when is known.
public enum StaffEvent: Sendable, Equatable {
  case added(StaffMember)
  case roleChanged(account: String, from: StaffMember.Role, to: StaffMember.Role)
  case removed(StaffMember)
}
