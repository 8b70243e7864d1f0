import Foundation

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

/// Why a staff change was refused, as one sentence saying what to do.
public enum StaffRejection: Error, Sendable, Equatable {
  case notAllowed(role: StaffMember.Role)
  case badAccount(String)
  case nameRequired
  case alreadyListed(String)
  case notListed(String)
  case sameRole(String, StaffMember.Role)
  /// The change would leave no one who may change the staff.
  case lastManager(String)

  public var message: String {
    switch self {
    case .notAllowed(let role):
      "The \(role.rawValue) role may not change the staff; ask a manager."
    case .badAccount(let account):
      "\"\(account)\" is not an OS account name: use lowercase letters, digits, _ . or -, starting with a letter or _, at most 32 characters."
    case .nameRequired:
      "A name is required: give the person's full name with --name, as colleagues know them."
    case .alreadyListed(let account):
      "\(account) is on the staff already; change their role with relations staff set-role \(account) ROLE."
    case .notListed(let account):
      "\(account) is not on the staff; relations staff list shows who is."
    case .sameRole(let account, let role):
      "\(account) is \(role.rawValue) already; nothing was changed."
    case .lastManager(let account):
      "\(account) is the office's last manager; make someone else a manager first, or the staff could never be changed again."
    }
  }
}

/// The rules of the staff list, in the Decider style of `CaseDecider`: pure, the actor passed in.
public enum StaffDecider {
  public static func decide(
    _ change: StaffChange, staff: [StaffMember], roles: RoleMatrix, by acting: Acting
  ) throws(StaffRejection) -> (staff: [StaffMember], event: StaffEvent) {
    guard acting.may(.staff) else { throw .notAllowed(role: acting.role) }
    func administers(_ role: StaffMember.Role) -> Bool {
      roles.permissions(of: role).contains(.staff)
    }
    func keepsAManager(_ after: [StaffMember], _ account: String) throws(StaffRejection) {
      guard after.contains(where: { administers($0.role) }) else { throw .lastManager(account) }
    }
    switch change {
    case .add(let member):
      guard isAccountName(member.account) else { throw .badAccount(member.account) }
      let name = member.name.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !name.isEmpty,
        !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else {
        throw .nameRequired
      }
      guard !staff.contains(where: { $0.account == member.account }) else {
        throw .alreadyListed(member.account)
      }
      let added = StaffMember(account: member.account, name: name, role: member.role)
      return (staff + [added], .added(added))
    case .setRole(let account, let role):
      guard let index = staff.firstIndex(where: { $0.account == account }) else {
        throw .notListed(account)
      }
      let from = staff[index].role
      guard from != role else { throw .sameRole(account, role) }
      var after = staff
      after[index].role = role
      try keepsAManager(after, account)
      return (after, .roleChanged(account: account, from: from, to: role))
    case .remove(let account):
      guard let member = staff.first(where: { $0.account == account }) else {
        throw .notListed(account)
      }
      let after = staff.filter { $0.account != account }
      try keepsAManager(after, account)
      return (after, .removed(member))
    }
  }

  /// The account names `useradd` takes by default: a lowercase letter or `_` first, then
  /// lowercase letters, digits, `_`, `.` or `-`, at most 32 in all.
  public static func isAccountName(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first, bytes.count <= 32 else { return false }
    func lower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    guard lower(first) || first == 0x5F else { return false }
    return bytes.allSatisfy {
      lower($0) || ($0 >= 0x30 && $0 <= 0x39) || [0x5F, 0x2E, 0x2D].contains($0)
    }
  }
}
