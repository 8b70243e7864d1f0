import Foundation

/// Every case of the office as the inbox lists them, kept up to date one case at a time.
///
/// Built for an office of hundreds of thousands of cases: a row holds only what the list
/// shows and filters on (no history, no body), the orders are sorted once per change of the
/// cases rather than per query, and a search that extends the previous one only looks
/// through the previous result. A key press costs a pass over compact rows, not a sort.
public struct Inbox: Sendable {
  /// One case as the list needs it, with what is expensive to compute worked out once.
  public struct Row: Sendable, Equatable {
    public var id: CaseID
    public var kind: CaseKind
    public var status: CaseStatus
    public var priority: Priority
    public var assignee: String?
    public var program: String?
    public var subject: String
    /// The contact's name, else their phone number, e-mail or handle.
    public var contact: String
    public var receivedAt: Date
    public var deadline: CaseDeadline.Target?
    /// nil when the clock stands still or nothing more is due.
    public var due: Date?
    /// Id, subject, contact and body, folded for search, as UTF-8.
    var searchBytes: [UInt8]
  }

  private var slots: [CaseID: Int32] = [:]
  public private(set) var rows: [Row] = []
  /// Row slots sorted per order; dropped whenever a row changes.
  private var orders: [InboxQuery.Order: [Int32]] = [:]
  /// The last list, to refine when the next search only extends its search.
  private var lastList: (query: InboxQuery, search: String, now: Date, slots: [Int32])?
  let targets: [CaseKind: ServiceTarget]
  let calendar: WorkingCalendar

  public init(office: OfficeConfiguration) {
    targets = office.sla
    calendar = WorkingCalendar(office: office)
  }

  public var count: Int { rows.count }

  public subscript(id: CaseID) -> Row? {
    slots[id].map { rows[Int($0)] }
  }

  /// Puts the case's current state in the inbox (new or changed).
  public mutating func apply(_ item: Case) {
    let next = CaseDeadline.next(for: item, targets: targets, calendar: calendar)
    let contact =
      item.contact.name ?? item.contact.phone?.e164 ?? item.contact.email ?? item.contact.handle
      ?? ""
    let text = [
      item.id.description, item.subject, contact, item.contact.phone?.e164 ?? "", item.body,
    ]
    .joined(separator: " ")
    let row = Row(
      id: item.id, kind: item.kind, status: item.status, priority: item.priority,
      assignee: item.assignee, program: item.program, subject: item.subject, contact: contact,
      receivedAt: item.receivedAt, deadline: next?.target, due: next?.due,
      searchBytes: SearchKey.foldedUTF8(text))
    if let slot = slots[item.id] {
      rows[Int(slot)] = row
    } else {
      slots[item.id] = Int32(rows.count)
      rows.append(row)
    }
    orders.removeAll(keepingCapacity: true)
    lastList = nil
  }

  /// The ids of the cases `query` asks for, in its order. `user` is whose "Mine" it is.
  public mutating func list(_ query: InboxQuery, user: String, now: Date) -> [CaseID] {
    let search = SearchKey(query.search).folded
    var filters = query
    filters.search = ""
    let candidates: [Int32]
    if let last = lastList, last.query == filters, last.now == now, !last.search.isEmpty,
      search.hasPrefix(last.search)
    {
      // Every row matching the longer search matched the shorter one.
      candidates = last.slots
    } else {
      candidates = sorted(query.order)
    }
    let words = search.split(separator: " ").map { Array($0.utf8) }
    let selected = candidates.filter { slot in
      let row = rows[Int(slot)]
      switch query.view {
      case .allOpen: guard row.status.isActive else { return false }
      case .mine: guard row.status.isActive, row.assignee == user else { return false }
      case .unassigned: guard row.status.isActive, row.assignee == nil else { return false }
      case .overdue: guard let due = row.due, due <= now else { return false }
      case .all: break
      }
      if let channel = query.channel, row.id.channel != channel { return false }
      if let kind = query.kind, row.kind != kind { return false }
      if let status = query.status, row.status != status { return false }
      if let assignee = query.assignee, row.assignee != assignee { return false }
      if let program = query.program, row.program != program { return false }
      return words.allSatisfy { ByteSearch.contains(row.searchBytes, $0) }
    }
    lastList = (filters, search, now, selected)
    return selected.map { rows[Int($0)].id }
  }

  private mutating func sorted(_ order: InboxQuery.Order) -> [Int32] {
    if let cached = orders[order] { return cached }
    let rows = self.rows
    func due(_ row: Row) -> Double { row.due?.timeIntervalSince1970 ?? .infinity }
    let result = (0..<Int32(rows.count)).sorted { a, b in
      let lhs = rows[Int(a)]
      let rhs = rows[Int(b)]
      switch order {
      case .due:
        if lhs.due != rhs.due { return due(lhs) < due(rhs) }
      case .age:
        break
      case .priority:
        if lhs.priority != rhs.priority { return lhs.priority > rhs.priority }
        if lhs.due != rhs.due { return due(lhs) < due(rhs) }
      }
      if lhs.receivedAt != rhs.receivedAt { return lhs.receivedAt < rhs.receivedAt }
      return lhs.id < rhs.id
    }
    orders[order] = result
    return result
  }

  /// Open cases and overdue ones, for the status bar.
  public func counts(now: Date) -> (open: Int, overdue: Int) {
    var open = 0
    var overdue = 0
    for row in rows where row.status.isActive {
      open += 1
      if let due = row.due, due <= now { overdue += 1 }
    }
    return (open, overdue)
  }
}

/// Substring search over UTF-8 bytes. UTF-8 never matches in the middle of a character,
/// so a byte match is a match of whole scalars, at a fraction of `String.contains`' cost.
enum ByteSearch {
  static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard let first = needle.first else { return true }
    guard haystack.count >= needle.count else { return false }
    return haystack.withUnsafeBufferPointer { hay in
      needle.withUnsafeBufferPointer { pin in
        let last = hay.count - pin.count
        var index = 0
        while index <= last {
          if hay[index] == first {
            var matched = 1
            while matched < pin.count, hay[index + matched] == pin[matched] { matched += 1 }
            if matched == pin.count { return true }
          }
          index += 1
        }
        return false
      }
    }
  }
}
