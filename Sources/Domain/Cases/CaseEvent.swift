import Foundation

/// Something that happened to a case: who, when, and what changed. Cases are never stored
/// as state, only as these events (the channel log holds them), and folded by `evolve`.
public struct CaseEvent: Sendable, Equatable {
  public var at: Date
  /// The OS account of whoever did it.
  public var actor: String
  public var change: CaseChange

  public init(at: Date, actor: String, change: CaseChange) {
    self.at = at
    self.actor = actor
    self.change = change
  }
}

/// What an event changed.
public enum CaseChange: Sendable, Equatable {
  case opened(Opening)
  case messageReceived(body: String, channel: Channel, receivedAt: Date?, externalID: String?)
  case triaged(Triage)
  case assigned(to: String?)
  case noted(text: String)
  case replied(channel: Channel, text: String, template: String?)
  case waitingStarted(reason: String)
  case resumed
  case permitSubmitted(reference: String, date: Date)
  case permitDecided(approved: Bool, reference: String, date: Date)
  case requesterNotified(how: String)
  case resolved(resolution: String)
  case reopened(reason: String)
  case closed
  case linked(to: CaseID)
  case merged(into: CaseID)
  case surveyRecorded(responseID: String, primary: Int?, recommend: Int?)
  case followUpTaken(owner: String, due: Date?)
  case followUpDone(note: String)
  case attached(Attachment)
  /// A message to the person went into the outbox.
  case messageQueued(OutboundMessage)
  /// A bridge said what became of an outbound message.
  case deliveryReported(DeliveryReceipt)
  /// A survey invitation was answered; `response` is the survey response it recorded.
  case invitationAnswered(message: String, response: String)

  /// What a new case starts with.
  public struct Opening: Sendable, Equatable {
    public var id: CaseID
    public var kind: CaseKind
    public var subject: String
    public var body: String
    public var contact: ContactDetails
    public var receivedAt: Date
    public var externalID: String?
    public var program: String?
    public var priority: Priority
    /// The department the case starts in: the one office.json gives its program, unless
    /// the intake chose one.
    public var department: String?
    /// The person's party; nil in records written before parties were recorded (read as
    /// `ContactRole.presumed`).
    public var party: ContactRole?
    /// What the channel adds: a call's direction, a letter's reference…
    public var channelDetails: ChannelDetails
    /// A permit request's program: the day it is held and where.
    public var programDate: CivilDate?
    public var programPlace: String?
    /// The language the person reads: given with the case, else the one their words are
    /// written in; nil in records written before it was recorded (read as the office's).
    public var language: Language?

    public init(
      id: CaseID, kind: CaseKind, subject: String, body: String = "",
      contact: ContactDetails = ContactDetails(),
      receivedAt: Date, externalID: String? = nil, program: String? = nil,
      priority: Priority = .normal, party: ContactRole? = nil,
      channelDetails: ChannelDetails = ChannelDetails()
    ) {
      self.id = id
      self.kind = kind
      self.subject = subject
      self.body = body
      self.contact = contact
      self.receivedAt = receivedAt
      self.externalID = externalID
      self.program = program
      self.priority = priority
      self.party = party
      self.channelDetails = channelDetails
    }
  }

  /// Reclassification by the officer; nil fields stay as they were.
  public struct Triage: Sendable, Equatable {
    public var kind: CaseKind?
    public var priority: Priority?
    public var tags: [String]?
    public var department: String?
    public var program: String?
    public var party: ContactRole?

    public init(
      kind: CaseKind? = nil, priority: Priority? = nil, tags: [String]? = nil,
      department: String? = nil,
      program: String? = nil, party: ContactRole? = nil
    ) {
      self.kind = kind
      self.priority = priority
      self.tags = tags
      self.department = department
      self.program = program
      self.party = party
    }
  }

  /// The event's `type` in the channel log.
  public var typeName: String {
    switch self {
    case .opened: "case.opened"
    case .messageReceived: "case.message"
    case .triaged: "case.triaged"
    case .assigned: "case.assigned"
    case .noted: "case.noted"
    case .replied: "case.replied"
    case .waitingStarted: "case.waiting"
    case .resumed: "case.resumed"
    case .permitSubmitted: "permit.submitted"
    case .permitDecided: "permit.decided"
    case .requesterNotified: "permit.notified"
    case .resolved: "case.resolved"
    case .reopened: "case.reopened"
    case .closed: "case.closed"
    case .linked: "case.linked"
    case .merged: "case.merged"
    case .surveyRecorded: "survey.recorded"
    case .followUpTaken: "case.followUpTaken"
    case .followUpDone: "case.followUpDone"
    case .attached: "case.attached"
    case .messageQueued: "outbox.queued"
    case .deliveryReported: "outbox.receipt"
    case .invitationAnswered: "outbox.answered"
    }
  }
}
