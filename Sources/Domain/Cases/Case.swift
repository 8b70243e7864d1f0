import Foundation

/// A case as its events leave it: what the inbox lists and the detail pane shows.
public struct Case: Sendable, Equatable {
  public var id: CaseID
  public var kind: CaseKind
  public var status: CaseStatus
  public var priority: Priority
  public var subject: String
  public var body: String
  public var contact: ContactDetails
  public var assignee: String?
  public var tags: [String] = []
  public var department: String?
  public var program: String?
  public var externalID: String?
  /// The party the person came as (CONTRACTS.md "Vocabulary"): set at intake, changed by triage.
  public var party: ContactRole = .externalBeneficiary
  /// What the channel added at intake: a call's direction, a letter's reference…
  public var channelDetails = ChannelDetails()
  /// The account that recorded the case, and when: a front desk may resolve its own cases of
  /// the day.
  public var openedBy = ""
  public var openedAt = Date(timeIntervalSince1970: 0)
  /// When the person reached the office (for ingested cases, before it was recorded).
  public var receivedAt: Date
  public var firstResponseAt: Date?
  public var resolvedAt: Date?
  public var resolution: String?
  public var permit: PermitProgress?
  /// Spans the office's clock stood still (waiting on the beneficiary, with the authority).
  public var pauses: [DateInterval] = []
  /// Since when the clock stands still, while it does.
  public var pausedSince: Date?
  public var mergedInto: CaseID?
  public var links: [CaseID] = []
  /// The files attached to the case, oldest first.
  public var attachments: [AttachedFile] = []
  /// The language the person reads (`Opening.language`), for what the office sends them.
  public var language: Language?
  /// The messages sent to the person, oldest first, with what their receipts say.
  public var outbound: [OutboundState] = []
  /// The message whose delivery failed and that nobody has made up for since (by another
  /// reply, telling a permit's requester, or a later message that arrived): the inbox marks
  /// it, so that staff call instead.
  public var failedDelivery: String?
  /// The follow-up the latest low survey score asked for, open or done.
  public var followUp: FollowUp?
  /// Every event, oldest first: the timeline. Empty when the case was folded without it
  /// (`CaseDecider.evolve(_:_:keepingHistory:)`), as the desk does for the whole office.
  public var history: [CaseEvent] = []

  /// How many events the case holds: the version a change is built on.
  public var version = 0

  /// Whether a low survey score still waits for its follow-up.
  public var needsFollowUp: Bool { followUp?.isOpen ?? false }

  /// Pauses including an ongoing one, for the SLA clock.
  public var clockPauses: [DateInterval] {
    pauses + (pausedSince.map { [DateInterval(start: $0, end: .distantFuture)] } ?? [])
  }
}

/// How far a permit request has come.
public struct PermitProgress: Sendable, Equatable {
  public var step: PermitStep = .received
  public var authorityReference: String?
  public var submittedOn: Date?
  public var decisionReference: String?
  public var decidedOn: Date?
  /// When the decision was recorded: the requester must be told within the target from then.
  public var decisionRecordedAt: Date?
  public var notifiedAt: Date?
  public var notifiedHow: String?
  /// The program the permit is asked for: the day it is held and where, as given at intake.
  public var programDate: CivilDate?
  public var programPlace: String?

  public init() {}
}
