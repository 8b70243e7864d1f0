import Foundation

/// Every case of the office as the inbox lists them, kept up to date one case at a time:
/// applying a changed case recomputes that case's row only, never the whole office.
public struct Inbox: Sendable {
  /// One case as the list needs it, with what is expensive to compute worked out once.
  public struct Row: Sendable, Equatable {
    public var item: Case
    public var deadline: CaseDeadline.Target?
    /// nil when the clock stands still or nothing more is due.
    public var due: Date?
    public var searchKey: SearchKey
  }

  public private(set) var rows: [CaseID: Row] = [:]
  let targets: [CaseKind: ServiceTarget]
  let calendar: WorkingCalendar

  public init(office: OfficeConfiguration) {
    targets = office.sla
    calendar = WorkingCalendar(office: office)
  }

  /// Puts the case's current state in the inbox (new or changed).
  public mutating func apply(_ item: Case) {
    let next = CaseDeadline.next(for: item, targets: targets, calendar: calendar)
    let text = [
      item.subject, item.body, item.contact.name ?? "", item.contact.phone?.e164 ?? "",
      item.id.description,
    ]
    .joined(separator: " ")
    rows[item.id] = Row(
      item: item, deadline: next?.target, due: next?.due, searchKey: SearchKey(text))
  }

  /// The rows `query` asks for, in its order. `user` is whose "Mine" it is.
  public func list(_ query: InboxQuery, user: String, now: Date) -> [Row] {
    let search = SearchKey(query.search)
    let selected = rows.values.filter { row in
      let item = row.item
      switch query.view {
      case .allOpen: guard item.status.isActive else { return false }
      case .mine: guard item.status.isActive, item.assignee == user else { return false }
      case .unassigned: guard item.status.isActive, item.assignee == nil else { return false }
      case .overdue: guard let due = row.due, due <= now else { return false }
      case .all: break
      }
      if let channel = query.channel, item.id.channel != channel { return false }
      if let kind = query.kind, item.kind != kind { return false }
      if let status = query.status, item.status != status { return false }
      if let assignee = query.assignee, item.assignee != assignee { return false }
      if let program = query.program, item.program != program { return false }
      return search.folded.isEmpty || row.searchKey.matches(search)
    }
    return selected.sorted { lhs, rhs in
      switch query.order {
      case .due:
        if lhs.due != rhs.due { return (lhs.due ?? .distantFuture) < (rhs.due ?? .distantFuture) }
      case .age:
        break
      case .priority:
        if lhs.item.priority != rhs.item.priority { return lhs.item.priority > rhs.item.priority }
        if lhs.due != rhs.due { return (lhs.due ?? .distantFuture) < (rhs.due ?? .distantFuture) }
      }
      if lhs.item.receivedAt != rhs.item.receivedAt {
        return lhs.item.receivedAt < rhs.item.receivedAt
      }
      return lhs.item.id < rhs.item.id
    }
  }

  /// Open cases and overdue ones, for the status bar.
  public func counts(now: Date) -> (open: Int, overdue: Int) {
    var open = 0
    var overdue = 0
    for row in rows.values where row.item.status.isActive {
      open += 1
      if let due = row.due, due <= now { overdue += 1 }
    }
    return (open, overdue)
  }
}
