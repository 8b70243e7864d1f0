/// One thing a role may be allowed to do. The raw values are the words office.json's `roles`
/// uses (CONTRACTS.md, office.json).
public enum Permission: String, Sendable, CaseIterable {
  /// Open a case on any channel.
  case open
  case note
  case reply
  /// Record a survey answer at the desk.
  case survey
  /// Resolve a case one opened oneself, on the day it was opened.
  case resolveOwnToday = "resolve-own-today"
  /// Every other case action: triage, assign, hold, resume, resolve, close, reopen, link,
  /// merge, follow-ups.
  case cases
  /// The permit steps: submitted, decided, requester notified.
  case permits
  case contacts
  /// Add, change and remove staff.
  case staff
  /// Survey reports and exports.
  case reports
  /// Bring messages in from outside (`relations ingest`).
  case ingest
  /// Import survey answers (`relations import survey`).
  case `import`

  /// What is done at the desk; a role with none of these gets a read-only desk.
  public static let desk: Set<Permission> = [
    .open, .note, .reply, .survey, .resolveOwnToday, .cases, .permits, .contacts,
  ]
}
