/// A change staff make to a person's record, beyond what their cases say: a corrected name,
/// another phone number or e-mail, two records found to be one person, their parties, a
/// time they were thanked or informed. Each names the
/// person by one of their keys, which (unlike `C-n` numbers) never changes.
public enum ContactEdit: Sendable, Equatable {
  case rename(ContactKey, name: String)
  case addKey(ContactKey, newKey: ContactKey)
  /// The person of the first key is the person of `into`: one record from now on.
  case merge(ContactKey, into: ContactKey)
  /// The person's parties as staff set them (at least one); later cases add theirs.
  case setRoles(ContactKey, roles: Set<ContactRole>)
  /// The person was thanked or informed, outside any case.
  case keepInTouch(ContactKey, ContactTouch)
}

extension ContactKey {
  /// `phone:+966…`, `email:…`, `handle:…`: how an edit names a person in the log.
  public var text: String {
    switch self {
    case .phone(let phone): "phone:" + phone.e164
    case .email(let email): "email:" + email
    case .handle(let handle): "handle:" + handle
    }
  }

  public init?(text: String) {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[1].isEmpty else { return nil }
    switch parts[0] {
    case "phone":
      guard case .success(let phone) = PhoneNumber.parse(parts[1]) else { return nil }
      self = .phone(phone)
    case "email": self = .email(parts[1].lowercased())
    case "handle": self = .handle(parts[1].lowercased())
    default: return nil
    }
  }
}
