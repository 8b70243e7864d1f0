/// What recognises a person across channels: a normalised phone number, an e-mail address
/// (case-insensitive) or a social-media handle (case-insensitive, without `@`).
public enum ContactKey: Sendable, Hashable {
  case phone(PhoneNumber)
  case email(String)
  case handle(String)

  /// The keys a case's contact details give.
  public static func keys(of details: ContactDetails) -> [ContactKey] {
    var keys: [ContactKey] = []
    if let phone = details.phone { keys.append(.phone(phone)) }
    if let email = details.email?.trimmingSpaces.lowercased(), email.contains("@") {
      keys.append(.email(email))
    }
    if var handle = details.handle?.trimmingSpaces.lowercased(), !handle.isEmpty {
      while handle.hasPrefix("@") { handle.removeFirst() }
      if !handle.isEmpty { keys.append(.handle(handle)) }
    }
    return keys
  }
}

extension String {
  /// Without leading and trailing spaces and line breaks.
  public var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
