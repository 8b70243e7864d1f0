import Foundation

/// The work a low survey score asks for on a case: someone calls the person back. It
/// carries the score that asked for it, who owns it and by when, and, once done, who did it,
/// when and what came of it.
public struct FollowUp: Sendable, Equatable {
  /// The response that asked for it, and its scores (the latest low one).
  public var responseID: String
  public var primary: Int?
  public var recommend: Int?
  /// When the low score was recorded.
  public var scoredAt: Date
  /// The account that took it, and by when it is to be done.
  public var owner: String?
  public var due: Date?
  /// Set when the follow-up is done; an open follow-up has none.
  public var done: Completion?

  /// Who finished a follow-up, when, and what came of it.
  public struct Completion: Sendable, Equatable {
    public var at: Date
    public var by: String
    public var note: String

    public init(at: Date, by: String, note: String) {
      self.at = at
      self.by = by
      self.note = note
    }
  }

  public init(
    responseID: String, primary: Int?, recommend: Int?, scoredAt: Date, owner: String? = nil,
    due: Date? = nil, done: Completion? = nil
  ) {
    self.responseID = responseID
    self.primary = primary
    self.recommend = recommend
    self.scoredAt = scoredAt
    self.owner = owner
    self.due = due
    self.done = done
  }

  /// Whether it still waits to be done.
  public var isOpen: Bool { done == nil }

  /// Whether these scores ask for a follow-up: 1–2 of 5, or 0–6 of 10 (a detractor), as
  /// CONTRACTS.md sets it (the relations policy asks that the beneficiary's satisfaction be
  /// measured and acted on, and names no figure). 3 of 5 is neutral, not low.
  public static func isLow(primary: Int?, recommend: Int?) -> Bool {
    lowScores(primary: primary, recommend: recommend) != (nil, nil)
  }

  /// The scores of an answer that are low, each nil when it is not (or was not given): what a
  /// follow-up is about, so a high score beside a low one is not shown as if it were low.
  public static func lowScores(primary: Int?, recommend: Int?) -> (
    primary: Int?, recommend: Int?
  ) {
    (primary.flatMap { $0 <= 2 ? $0 : nil }, recommend.flatMap { $0 <= 6 ? $0 : nil })
  }

  /// The scores that made this follow-up: its low ones (both, for a follow-up whose scores
  /// are not low, as an old log may hold).
  public var lowScores: (primary: Int?, recommend: Int?) {
    let low = Self.lowScores(primary: primary, recommend: recommend)
    return low == (nil, nil) ? (primary, recommend) : low
  }
}
