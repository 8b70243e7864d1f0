import Domain

/// Messages the office sends: the timeline's lines, the reply editor's "Send by", the
/// outbox screen, the inbox's mark for a failed delivery.
enum OutboxPhrase: Equatable, Sendable {
  /// A medium's name: "SMS", "e-mail".
  case medium(OutboundMedium)
  /// A message's kind: "reply", "decision notice", "survey invitation".
  case kind(OutboundMessage.Kind)
  /// A delivery status: "queued", "delivered".
  case status(DeliveryStatus)
  /// The timeline: a message went into the outbox (its address isolated for direction).
  case queuedEvent(OutboundMessage)
  /// The timeline: a bridge's receipt.
  case receiptEvent(DeliveryReceipt)
  /// The timeline: a survey invitation was answered.
  case answeredEvent(message: String)
  /// Under a queued message in the timeline: where it is now, with a failure's reason.
  case state(DeliveryStatus, reason: String?)
  /// The reply editor's choice of medium, and its choice for "not sent, only recorded".
  case sendField
  case notSent
  /// Refusals: nothing to send it to; a receipt for a message the case never queued.
  case unreachable(OutboundMedium)
  case unknownMessage(String)
  /// The inbox's mark for a case whose message could not be delivered.
  case failedMark
  /// A choice of "Send by": the medium and where it goes (isolated by the caller).
  case sendChoice(OutboundMedium, to: String)
  /// Near the top of a case's detail: its last message failed, so staff call instead.
  case failedNotice(reason: String?)
  /// The notice after a reply was saved and queued to go by `medium`.
  case replyQueued(CaseID, OutboundMedium)
  /// The outbox screen: its heading with the counts and the messages shown.
  case heading(queued: Int, failed: Int, sent: Int, showing: OutboxScreen.Filter)
  /// Which messages the outbox screen shows.
  case filter(OutboxScreen.Filter)
  case column(Column)
  /// The screen has no message to show.
  case noMessages(OutboxScreen.Filter)
  /// A message's state in the outbox's list, with a failure's reason (sanitised by the caller).
  case stateCell(DeliveryStatus, reason: String?)
  /// A queued message no bridge is to send (answered first, its case reopened or merged,
  /// past its answer window).
  case heldBack

  /// The outbox screen's columns.
  enum Column: Equatable, Sendable {
    case queued, caseID, kind, medium, to, state
  }
}
