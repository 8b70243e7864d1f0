import Foundation

/// A message the office sends to a person through a bridge: a reply, a permit decision
/// notice or a survey invitation. It is recorded on its case (`outbox.queued`) and stays in
/// the outbox until a receipt says it was sent, delivered or failed.
public struct OutboundMessage: Sendable, Equatable {
  /// Why the message is sent; the raw value is `kind` in `relations outbox`.
  public enum Kind: String, Sendable, Equatable, CaseIterable {
    case reply
    case decision
    case surveyInvitation = "survey-invitation"
  }

  /// `<case>-m<n>`: the case it belongs to and its place among the case's messages, so a
  /// receipt finds its case without a lookup.
  public var id: String
  public var kind: Kind
  public var medium: OutboundMedium
  /// The phone number (E.164), e-mail address, handle or name it goes to.
  public var to: String
  public var text: String
  public var language: Language
  /// A survey invitation's survey and the question it asks.
  public var survey: String?
  public var question: String?

  public init(
    id: String, kind: Kind, medium: OutboundMedium, to: String, text: String,
    language: Language, survey: String? = nil, question: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.medium = medium
    self.to = to
    self.text = text
    self.language = language
    self.survey = survey
    self.question = question
  }

  /// The id of the case's `number`th message (from 1).
  public static func id(of caseID: CaseID, number: Int) -> String { "\(caseID)-m\(number)" }

  /// The case a message id belongs to; nil when the id is not one this office makes.
  public static func caseID(ofMessage id: String) -> CaseID? {
    guard let mark = id.range(of: "-m", options: .backwards),
      let number = Int(id[mark.upperBound...]), number > 0
    else { return nil }
    return CaseID(String(id[..<mark.lowerBound]))
  }
}

/// A message as asked for, before its case numbers it.
public struct OutboundDraft: Sendable, Equatable {
  public var kind: OutboundMessage.Kind
  public var medium: OutboundMedium
  public var text: String
  public var language: Language
  public var survey: String?
  public var question: String?

  public init(
    kind: OutboundMessage.Kind, medium: OutboundMedium, text: String, language: Language,
    survey: String? = nil, question: String? = nil
  ) {
    self.kind = kind
    self.medium = medium
    self.text = text
    self.language = language
    self.survey = survey
    self.question = question
  }
}
