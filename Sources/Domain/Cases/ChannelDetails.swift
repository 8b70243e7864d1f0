import Foundation

/// What a case's channel adds to its opening, all optional: a phone call's direction, a
/// letter's reference, date and how it arrived, a social message's platform (its handle is
/// the contact's), a website form's reference, the volunteer of volunteer service.
public struct ChannelDetails: Sendable, Equatable {
  /// Who called whom.
  public enum Direction: String, CaseIterable, Sendable {
    case incoming = "in"
    case outgoing = "out"
  }

  /// How a letter reached the office.
  public enum Arrival: String, CaseIterable, Sendable {
    case hand, post, email
  }

  public var direction: Direction?
  /// A letter's or a website form's own reference.
  public var reference: String?
  /// The date written on a letter.
  public var letterDate: CivilDate?
  public var arrival: Arrival?
  /// The social platform a message came through (X, Instagram, WhatsApp…).
  public var platform: String?
  /// The volunteer the volunteer service is about.
  public var volunteer: String?

  public init(
    direction: Direction? = nil, reference: String? = nil, letterDate: CivilDate? = nil,
    arrival: Arrival? = nil, platform: String? = nil, volunteer: String? = nil
  ) {
    self.direction = direction
    self.reference = reference
    self.letterDate = letterDate
    self.arrival = arrival
    self.platform = platform
    self.volunteer = volunteer
  }

  public var isEmpty: Bool { self == ChannelDetails() }
}
