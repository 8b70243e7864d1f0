/// What the officer asks of the inbox: a view (CONTRACTS.md), filters, a search and an order.
public struct InboxQuery: Sendable, Equatable {
  /// The views `v` cycles through.
  public enum View: String, CaseIterable, Sendable {
    case allOpen, mine, unassigned, overdue, all
    /// Cases whose message to the person failed and nothing made up for it (`Case.failedDelivery`):
    /// the people to call.
    case failedDelivery
  }

  public enum Order: String, CaseIterable, Sendable {
    /// Soonest due first, then oldest: the default triage order.
    case due
    /// Oldest first: who has waited longest.
    case age
    /// Most urgent first, then soonest due.
    case priority
  }

  public var view: View
  public var channel: Channel?
  public var kind: CaseKind?
  public var status: CaseStatus?
  public var assignee: String?
  public var program: String?
  /// The party of the case (`Case.party`: from its contact at intake, changed by triage).
  public var party: ContactRole?
  public var search: String
  public var order: Order

  /// Whether any filter narrows the view (the search aside).
  public var isFiltered: Bool {
    channel != nil || kind != nil || status != nil || assignee != nil || program != nil
      || party != nil
  }

  public init(
    view: View = .allOpen, channel: Channel? = nil, kind: CaseKind? = nil,
    status: CaseStatus? = nil,
    assignee: String? = nil, program: String? = nil, party: ContactRole? = nil,
    search: String = "", order: Order = .due
  ) {
    self.view = view
    self.channel = channel
    self.kind = kind
    self.status = status
    self.assignee = assignee
    self.program = program
    self.party = party
    self.search = search
    self.order = order
  }
}
