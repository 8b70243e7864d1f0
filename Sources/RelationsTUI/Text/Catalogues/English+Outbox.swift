import Domain

extension English {
  func words(_ phrase: OutboxPhrase) -> String {
    switch phrase {
    case .medium(let medium):
      switch medium {
      case .sms: "SMS"
      case .whatsapp: "WhatsApp"
      case .email: "e-mail"
      case .directMessage: "direct message"
      case .letter: "letter"
      }
    case .kind(let kind):
      switch kind {
      case .reply: "reply"
      case .decision: "decision notice"
      case .surveyInvitation: "survey invitation"
      }
    case .status(let status):
      switch status {
      case .queued: "queued"
      case .sent: "sent"
      case .delivered: "delivered"
      case .failed: "failed"
      }
    case .queuedEvent(let message):
      "\(words(OutboxPhrase.kind(message.kind))) to send by \(words(OutboxPhrase.medium(message.medium))) to \(message.to)"
    case .receiptEvent(let receipt):
      "\(receipt.message) \(words(OutboxPhrase.status(receipt.status)))"
        + (receipt.reason.map { ": " + $0 } ?? "")
    case .answeredEvent(let message): "\(message) answered"
    case .state(let status, let reason):
      "→ " + words(OutboxPhrase.status(status)) + (reason.map { ": " + $0 } ?? "")
    case .sendField: "Send by"
    case .notSent: "not sent (given in person or by a call)"
    case .unreachable(let medium):
      "The contact has no \(medium.addressName) to send this by \(words(OutboxPhrase.medium(medium))); choose another way, or record it as given in person or by a call."
    case .unknownMessage(let id): "The case has no outbound message \(id)."
    case .failedMark: "delivery failed"
    }
  }
}
