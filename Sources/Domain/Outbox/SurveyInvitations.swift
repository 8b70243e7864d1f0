import Foundation

/// Which survey invitation a one-digit message answers. An invitation is found by the
/// address it went to, so a person is matched by phone, e-mail or handle whichever channel
/// their answer comes through.
public enum SurveyInvitations {
  /// The key an address is found by: the same person written two ways (`@Ali`, `ali`) is one.
  public static func key(medium: OutboundMedium, to address: String) -> String? {
    switch medium {
    case .sms, .whatsapp: "tel:" + address
    case .email: "mail:" + address.lowercased()
    case .directMessage: "dm:" + handle(address)
    case .letter: nil
    }
  }

  /// The keys a message's sender is found by.
  public static func keys(of contact: ContactDetails) -> [String] {
    var keys: [String] = []
    if let phone = contact.phone?.e164 { keys.append("tel:" + phone) }
    if let email = contact.email, !email.isEmpty { keys.append("mail:" + email.lowercased()) }
    if let handle = contact.handle, !handle.isEmpty { keys.append("dm:" + Self.handle(handle)) }
    return keys
  }

  private static func handle(_ text: String) -> String {
    var text = Substring(text.lowercased())
    while text.first == "@" { text = text.dropFirst() }
    return String(text)
  }

  /// The invitation `sent` to the person that an answer at `time` answers: the newest one
  /// not yet answered, queued no more than `days` days before it. A time before the
  /// invitation is not held against the answer: it is the provider's clock, or a bridge's
  /// own, against the server's, and the number still follows the question.
  public static func awaiting(
    among candidates: [(Case, OutboundState)], at time: Date, days: Int
  ) -> (Case, OutboundState)? {
    candidates.filter { _, sent in
      sent.message.kind == .surveyInvitation && sent.answeredBy == nil
        && time.timeIntervalSince(sent.queuedAt) <= Double(days) * 86_400
    }.max { $0.1.queuedAt < $1.1.queuedAt }
  }
}
