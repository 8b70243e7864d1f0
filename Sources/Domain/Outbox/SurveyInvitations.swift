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

  /// How much earlier than its invitation an answer may be stamped: the provider's clock,
  /// or a bridge's, against the server's. Anything earlier is a message from before.
  public static let clockSkew: TimeInterval = 3600

  /// The invitation to the person that an answer at `time` answers: the newest one still
  /// open to it. An invitation is open when nobody answered it, its delivery did not fail,
  /// its case was not merged away, and the answer comes within `days` days of its sending
  /// (of its queueing while no receipt says when it was sent). One still waiting in the
  /// outbox is open only if it is its case's first (the main question) and its case is
  /// still resolved: the 0–10 question must reach the person before a digit answers it, so
  /// a second digit sent at once is not taken for it.
  public static func awaiting(
    among candidates: [(Case, OutboundState)], at time: Date, days: Int
  ) -> (Case, OutboundState)? {
    candidates.filter { item, sent in
      guard sent.message.kind == .surveyInvitation, sent.answeredBy == nil,
        sent.status != .failed, item.mergedInto == nil
      else { return false }
      if sent.status == .queued {
        let first = item.outbound.first { $0.message.kind == .surveyInvitation }
        guard first?.message.id == sent.message.id,
          item.status == .resolved || item.status == .closed
        else { return false }
      }
      let start = sent.status == .queued ? sent.queuedAt : (sent.statusAt ?? sent.queuedAt)
      return time >= min(start, sent.queuedAt).addingTimeInterval(-clockSkew)
        && time.timeIntervalSince(start) <= Double(days) * 86_400
    }.max { $0.1.queuedAt < $1.1.queuedAt }
  }

  /// Whether a queued invitation still belongs in the outbox: its case is resolved (a case
  /// reopened since, or merged, withholds it until it is resolved again) and it could still
  /// be answered.
  public static func stillToSend(_ sent: OutboundState, of item: Case, now: Date, days: Int)
    -> Bool
  {
    guard sent.message.kind == .surveyInvitation else { return true }
    return item.mergedInto == nil && (item.status == .resolved || item.status == .closed)
      && now.timeIntervalSince(sent.queuedAt) <= Double(days) * 86_400
  }
}
