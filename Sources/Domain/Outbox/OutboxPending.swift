import Foundation

/// Whether a message is for a bridge to send now, the one rule `relations outbox` and the
/// desk's Outbox screen share.
public enum OutboxPending {
  /// Queued with no receipt and no answer, its case not merged away, and, for a survey
  /// invitation, its case resolved and its answer window still open
  /// (`SurveyInvitations.stillToSend`). A queued message that fails this is held back.
  public static func holds(_ sent: OutboundState, of item: Case, now: Date, days: Int) -> Bool {
    sent.isPending && item.mergedInto == nil
      && SurveyInvitations.stillToSend(sent, of: item, now: now, days: days)
  }
}
