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
    case .sendChoice(let medium, let to):
      to.isEmpty
        ? words(OutboxPhrase.medium(medium)) : "\(words(OutboxPhrase.medium(medium))) to \(to)"
    case .failedNotice(let reason):
      "delivery failed" + (reason.map { ": " + $0 } ?? "") + " — call instead"
    case .replyQueued(let id, let medium):
      "\(id): reply recorded and queued to send by \(words(OutboxPhrase.medium(medium)))."
    case .heading(let queued, let failed, let sent, let showing):
      "Outbox: \(number(queued)) queued · \(number(failed)) failed · \(number(sent)) sent or delivered"
        + " — showing \(words(OutboxPhrase.filter(showing)))"
    case .filter(let filter):
      switch filter {
      case .all: "all"
      case .pending: "queued"
      case .failed: "failed"
      case .sent: "sent or delivered"
      }
    case .column(let column):
      switch column {
      case .queued: "Queued"
      case .caseID: "Case"
      case .kind: "Kind"
      case .medium: "By"
      case .to: "To"
      case .state: "State"
      }
    case .noMessages(let filter):
      switch filter {
      case .all: "No message has been sent from this office yet."
      case .pending: "No message waits for a bridge."
      case .failed: "No message failed."
      case .sent: "No message was sent or delivered yet."
      }
    case .heldBack: "held back, not to be sent"
    case .stateCell(let status, let reason):
      words(OutboxPhrase.status(status)) + (reason.map { ": " + $0 } ?? "")
    }
  }
}
