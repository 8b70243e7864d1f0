import Foundation

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
      guard !name.isEmpty else { throw .nameRequired }
      guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
      else { throw .badName }
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

  /// An OS account's name as the password database may hold it (a local account, or one from
  /// a directory service): letters, digits, `_ . @ -`, not starting with `-`, at most 64.
  /// Nothing that could be a path, an option or a terminal code.
  public static func isAccountName(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard let first = bytes.first, bytes.count <= 64, first != 0x2D else { return false }
    return bytes.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x30 && byte <= 0x39) || [0x5F, 0x2E, 0x40, 0x2D].contains(byte)
    }
  }
}
