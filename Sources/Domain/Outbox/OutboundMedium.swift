/// How a message leaves the office for a person: what a bridge hands it to (CONTRACTS.md
/// "Outbox"). The raw value is the `medium` of `relations outbox` and of the log.
public enum OutboundMedium: String, Sendable, Equatable, CaseIterable {
  case sms
  case whatsapp
  case email
  /// A direct message to a social-media handle.
  case directMessage = "dm"
  /// A printed letter, for the letters channel: the bridge's print mode renders it.
  case letter

  /// Where this medium reaches the person, from what is known of them; nil when it cannot.
  /// A letter is addressed by name (the office posts or hands it over).
  public func address(in contact: ContactDetails) -> String? {
    func given(_ text: String?) -> String? {
      guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
      return text
    }
    switch self {
    case .sms, .whatsapp: return contact.phone?.e164
    case .email: return given(contact.email)
    case .directMessage: return given(contact.handle)
    case .letter: return given(contact.name)
    }
  }

  /// The medium a reply on `channel` goes by unless the reply editor chooses another: the
  /// channel's own way back. A visit's answer is given in person, so it has none.
  public static func `default`(for channel: Channel) -> OutboundMedium? {
    switch channel {
    case .visit: nil
    case .phone, .volunteer: .sms
    case .letter: .letter
    case .social: .directMessage
    case .website: .email
    }
  }

  /// The medium a message the office sends of itself (a decision notice, a survey
  /// invitation) goes by: the case's channel's way back when the contact can be reached
  /// that way, else SMS, e-mail, a direct message, in that order; nil when none reaches them.
  /// A letter goes only where letters are the channel, and never when the person is to
  /// answer by message (`answerable`).
  public static func preferred(
    for channel: Channel, contact: ContactDetails, answerable: Bool = false
  ) -> OutboundMedium? {
    let order = [Self.default(for: channel)].compactMap { $0 } + [.sms, .email, .directMessage]
    return order.first { $0.address(in: contact) != nil && !(answerable && $0 == .letter) }
  }

  /// The media that reach this contact, in the order the reply editor offers them.
  public static func reaching(_ contact: ContactDetails) -> [OutboundMedium] {
    allCases.filter { $0.address(in: contact) != nil }
  }
}
