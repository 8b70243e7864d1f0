import Foundation

/// Where an outbound message is: queued until a bridge reports on it.
public enum DeliveryStatus: String, Sendable, Equatable, CaseIterable {
  case queued, sent, delivered, failed
}

/// What a bridge reports of a message (ingest `type: receipt`).
public struct DeliveryReceipt: Sendable, Equatable {
  public var message: String
  /// sent, delivered or failed; never queued.
  public var status: DeliveryStatus
  /// When the provider says it happened; the record's own time when not given.
  public var at: Date?
  /// Why it failed, as the provider says.
  public var reason: String?

  public init(message: String, status: DeliveryStatus, at: Date? = nil, reason: String? = nil) {
    self.message = message
    self.status = status
    self.at = at
    self.reason = reason
  }
}

/// An outbound message on its case, with what the receipts say of it.
public struct OutboundState: Sendable, Equatable {
  public var message: OutboundMessage
  public var queuedAt: Date
  public var queuedBy: String
  public var status: DeliveryStatus = .queued
  /// When the latest receipt says its status changed.
  public var statusAt: Date?
  public var reason: String?
  /// A survey invitation's answer: the response it recorded.
  public var answeredBy: String?

  public init(message: OutboundMessage, queuedAt: Date, queuedBy: String) {
    self.message = message
    self.queuedAt = queuedAt
    self.queuedBy = queuedBy
  }

  /// Whether a bridge has yet to take it: a message leaves the outbox with its first
  /// receipt, a failure included (staff then reach the person another way), or with the
  /// answer to it, which shows it arrived.
  public var isPending: Bool { status == .queued && answeredBy == nil }

  /// The status a receipt leaves: a late "sent" never undoes "delivered".
  func after(_ receipt: DeliveryReceipt, at time: Date) -> OutboundState {
    var next = self
    if !(status == .delivered && receipt.status == .sent) {
      next.status = receipt.status
      next.statusAt = receipt.at ?? time
      next.reason = receipt.status == .failed ? receipt.reason : nil
    }
    return next
  }
}
