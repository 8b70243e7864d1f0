import Foundation

/// A time the office kept in touch with someone outside any case: a supporter thanked, a
/// volunteer or donor informed of what their help did (the policy's relations with
/// supporters). Kept on the person's record with who did it and when.
public struct ContactTouch: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case thanked, informed
  }

  public var kind: Kind
  public var note: String
  public var at: Date
  /// The staff account that recorded it.
  public var by: String

  public init(kind: Kind, note: String, at: Date, by: String) {
    self.kind = kind
    self.note = note
    self.at = at
    self.by = by
  }
}
