import Foundation

extension CaseDecider {
  /// The message a draft becomes on `state`: numbered after the case's others, addressed to
  /// what is known of the person for its medium.
  static func message(_ draft: OutboundDraft, on state: Case) throws(CaseRejection)
    -> OutboundMessage
  {
    guard let to = draft.medium.address(in: state.contact) else {
      throw .unreachable(draft.medium)
    }
    return OutboundMessage(
      id: OutboundMessage.id(of: state.id, number: state.outbound.count + 1), kind: draft.kind,
      medium: draft.medium, to: to, text: draft.text, language: draft.language,
      survey: draft.survey, question: draft.question)
  }

  /// A receipt's events. A decision notice delivered is the requester told: the permit's
  /// "notified" step is recorded with it, naming how.
  static func deliveryEvents(
    _ receipt: DeliveryReceipt, _ state: Case, at now: Date, by acting: Acting
  ) throws(CaseRejection) -> [CaseEvent] {
    guard let sent = state.outbound.first(where: { $0.message.id == receipt.message }) else {
      throw .unknownMessage(receipt.message)
    }
    // A bridge that reports twice (it restarted, the provider repeated itself), or a receipt
    // overtaken by a later one, adds nothing.
    guard sent.after(receipt, at: now) != nil else { throw .nothingChanged }
    var events = [
      CaseEvent(at: now, actor: acting.account, change: .deliveryReported(receipt))
    ]
    if receipt.status == .delivered, sent.message.kind == .decision,
      let step = state.permit?.step, step == .approved || step == .rejected
    {
      events.append(
        CaseEvent(
          at: now, actor: acting.account,
          change: .requesterNotified(how: "\(sent.message.medium.spoken), delivered")))
    }
    return events
  }
}

extension OutboundMedium {
  /// How the medium is named in a permit's "notified" step, as staff name it.
  var spoken: String {
    switch self {
    case .sms: "SMS"
    case .whatsapp: "WhatsApp"
    case .email: "e-mail"
    case .directMessage: "direct message"
    case .letter: "letter"
    }
  }
}

extension Case {
  /// Folds an outbox event into the case's messages.
  mutating func evolveOutbound(_ event: CaseEvent) {
    switch event.change {
    case .messageQueued(let message):
      outbound.append(OutboundState(message: message, queuedAt: event.at, queuedBy: event.actor))
    case .deliveryReported(let receipt):
      guard let index = outbound.firstIndex(where: { $0.message.id == receipt.message }) else {
        return
      }
      guard let next = outbound[index].after(receipt, at: event.at) else { return }
      outbound[index] = next
      switch outbound[index].status {
      case .failed:
        failedDelivery = receipt.message
      case .sent, .delivered:
        // A later message that got through makes up for an earlier one that failed.
        if let failed = failedDelivery,
          let failedIndex = outbound.firstIndex(where: { $0.message.id == failed }),
          failedIndex <= index
        {
          failedDelivery = nil
        }
      case .queued:
        break
      }
    case .invitationAnswered(let message, let response):
      if let index = outbound.firstIndex(where: { $0.message.id == message }) {
        outbound[index].answeredBy = response
      }
    default:
      break
    }
  }
}
