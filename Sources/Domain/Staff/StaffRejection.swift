/// Why a staff change was refused, as one sentence saying what to do.
public enum StaffRejection: Error, Sendable, Equatable {
  case notAllowed(role: StaffMember.Role)
  case badAccount(String)
  case nameRequired
  /// A name holding a control character (a terminal escape, a line break).
  case badName
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
      "\"\(account)\" is not an OS account name: give the account as id -un prints it (letters, digits, _ . @ or -, not starting with -, at most 64)."
    case .nameRequired:
      "A name is required: give the person's full name with --name, as colleagues know them."
    case .badName:
      "The name holds a control character (a line break or a terminal code); give it as plain text."
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
