import Foundation

/// Every case of the office as the inbox lists them, kept up to date one case at a time.
///
/// Built for an office of hundreds of thousands of cases: a row holds only what the list
/// shows and filters on (no history, no body), the orders are sorted once per change of the
/// cases rather than per query, and a search that extends the previous one only looks
/// through the previous result. A key press costs a pass over compact rows, not a sort.
public struct Inbox: Sendable {
  /// One case as the list shows it, with what is expensive to compute worked out once.
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
    /// A message to the person failed and nothing made up for it (`Case.failedDelivery`):
    /// the list marks the row, so that staff call instead.
    public var failedDelivery = false
  }

  /// What queries filter and sort on, one plain array per field, so a pass over every case
  /// touches no reference counts: strings are interned to numbers, and the folded search
  /// text of all cases lives in one byte buffer.
  private struct Columns: Sendable {
    var ids: [CaseID] = []
    var status: [CaseStatus] = []
    var kind: [CaseKind] = []
    var priority: [Priority] = []
    /// Interned assignee, -1 for nobody.
    var assignee: [Int32] = []
    /// Interned program, -1 for none.
    var program: [Int32] = []
    var party: [ContactRole] = []
    var failedDelivery: [Bool] = []
    /// Due time in seconds since 1970; +∞ when nothing is due.
    var due: [Double] = []
    var received: [Double] = []
    var textStart: [Int32] = []
    var textEnd: [Int32] = []
    /// Every case's folded search text; a changed case's new text is appended.
    var text: [UInt8] = []
  }

  private var slots: [CaseID: Int32] = [:]
  private var rows: [Row] = []
  private var columns = Columns()
  private var names: [String] = []
  private var nameNumbers: [String: Int32] = [:]
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
    let row = Row(
      id: item.id, kind: item.kind, status: item.status, priority: item.priority,
      assignee: item.assignee, program: item.program, subject: item.subject, contact: contact,
      receivedAt: item.receivedAt, deadline: next?.target, due: next?.due,
      failedDelivery: item.failedDelivery != nil)
    let text = SearchKey.foldedUTF8(
      [item.id.description, item.subject, contact, item.contact.phone?.e164 ?? "", item.body]
        .joined(separator: " "))
    let start = Int32(columns.text.count)
    columns.text.append(contentsOf: text)
    let end = Int32(columns.text.count)
    var assignee: Int32 = -1
    if let name = item.assignee { assignee = intern(name) }
    var program: Int32 = -1
    if let name = item.program { program = intern(name) }
    let due = next?.due?.timeIntervalSince1970 ?? .infinity
    if let slot = slots[item.id].map(Int.init) {
      rows[slot] = row
      columns.status[slot] = item.status
      columns.kind[slot] = item.kind
      columns.priority[slot] = item.priority
      columns.assignee[slot] = assignee
      columns.program[slot] = program
      columns.party[slot] = item.party
      columns.failedDelivery[slot] = row.failedDelivery
      columns.due[slot] = due
      columns.received[slot] = item.receivedAt.timeIntervalSince1970
      columns.textStart[slot] = start
      columns.textEnd[slot] = end
    } else {
      slots[item.id] = Int32(rows.count)
      rows.append(row)
      columns.ids.append(item.id)
      columns.status.append(item.status)
      columns.kind.append(item.kind)
      columns.priority.append(item.priority)
      columns.assignee.append(assignee)
      columns.program.append(program)
      columns.party.append(item.party)
      columns.failedDelivery.append(row.failedDelivery)
      columns.due.append(due)
      columns.received.append(item.receivedAt.timeIntervalSince1970)
      columns.textStart.append(start)
      columns.textEnd.append(end)
    }
    orders.removeAll(keepingCapacity: true)
    lastList = nil
  }

  private mutating func intern(_ name: String) -> Int32 {
    if let number = nameNumbers[name] { return number }
    let number = Int32(names.count)
    names.append(name)
    nameNumbers[name] = number
    return number
  }

  /// The ids of the cases `query` asks for, in its order. `user` is whose "Mine" it is; the
  /// party a query asks for is the case's own (set at intake, changed by triage).
  public mutating func list(
    _ query: InboxQuery, user: String, now: Date, contacts: ContactRegistry? = nil
  ) -> [CaseID] {
    let search = SearchKey(query: query.search).folded
    let party = query.party
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
    // A name nobody has (-2) matches no row, where nil (-1) would mean "nobody".
    let mine = nameNumbers[user] ?? -2
    let assignee = query.assignee.map { nameNumbers[$0] ?? -2 }
    let program = query.program.map { nameNumbers[$0] ?? -2 }
    let words = search.split(separator: " ").map { Array($0.utf8) }
    let nowSeconds = now.timeIntervalSince1970
    let columns = self.columns
    var selected: [Int32] = []
    selected.reserveCapacity(candidates.count)
    columns.text.withUnsafeBufferPointer { text in
      for slot in candidates {
        let index = Int(slot)
        let status = columns.status[index]
        switch query.view {
        case .allOpen: guard status.isActive else { continue }
        case .mine: guard status.isActive, columns.assignee[index] == mine else { continue }
        case .unassigned: guard status.isActive, columns.assignee[index] == -1 else { continue }
        case .overdue: guard columns.due[index] <= nowSeconds else { continue }
        case .failedDelivery: guard columns.failedDelivery[index] else { continue }
        case .all: break
        }
        if let channel = query.channel, columns.ids[index].channel != channel { continue }
        if let kind = query.kind, columns.kind[index] != kind { continue }
        if let wanted = query.status, status != wanted { continue }
        if let assignee, columns.assignee[index] != assignee { continue }
        if let program, columns.program[index] != program { continue }
        if let party, columns.party[index] != party { continue }
        if !words.isEmpty {
          let range = Int(columns.textStart[index])..<Int(columns.textEnd[index])
          guard
            words.allSatisfy({ word in
              word.withUnsafeBufferPointer { ByteSearch.contains(text, range, $0) }
            })
          else { continue }
        }
        selected.append(slot)
      }
    }
    lastList = (filters, search, now, selected)
    return selected.map { columns.ids[Int($0)] }
  }

  private mutating func sorted(_ order: InboxQuery.Order) -> [Int32] {
    if let cached = orders[order] { return cached }
    let columns = self.columns
    let result = (0..<Int32(columns.ids.count)).sorted { a, b in
      let lhs = Int(a)
      let rhs = Int(b)
      switch order {
      case .due:
        if columns.due[lhs] != columns.due[rhs] { return columns.due[lhs] < columns.due[rhs] }
      case .age:
        break
      case .priority:
        if columns.priority[lhs] != columns.priority[rhs] {
          return columns.priority[lhs] > columns.priority[rhs]
        }
        if columns.due[lhs] != columns.due[rhs] { return columns.due[lhs] < columns.due[rhs] }
      }
      if columns.received[lhs] != columns.received[rhs] {
        return columns.received[lhs] < columns.received[rhs]
      }
      return columns.ids[lhs] < columns.ids[rhs]
    }
    orders[order] = result
    return result
  }

  /// Open cases and overdue ones, for the status bar.
  public func counts(now: Date) -> (open: Int, overdue: Int) {
    var open = 0
    var overdue = 0
    let nowSeconds = now.timeIntervalSince1970
    for index in columns.status.indices where columns.status[index].isActive {
      open += 1
      if columns.due[index] <= nowSeconds { overdue += 1 }
    }
    return (open, overdue)
  }
}

/// Substring search over UTF-8 bytes. UTF-8 never matches in the middle of a character,
/// so a byte match is a match of whole scalars, at a fraction of `String.contains`' cost.
///
/// Written by hand because it is the inbox's hot loop: a search typed on a whole office
/// scans every case's text per key. It looks for the needle's last byte 16 bytes at a time
/// (the first byte of an Arabic letter is the same for most letters, the last is not), and
/// checks the rest only where that byte occurs.
enum ByteSearch {
  static func contains(
    _ haystack: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ needle: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    let count = needle.count
    guard count > 0 else { return true }
    guard range.count >= count, let base = haystack.baseAddress, let pin = needle.baseAddress
    else { return false }
    let anchor = pin[count - 1]
    let anchors = SIMD16<UInt8>(repeating: anchor)
    func matches(endingAt index: Int) -> Bool {
      let start = index - (count - 1)
      var offset = 0
      while offset < count - 1, base[start + offset] == pin[offset] { offset += 1 }
      return offset == count - 1
    }
    var index = range.lowerBound + count - 1
    let end = range.upperBound
    while index + 16 <= end {
      let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
      let found = chunk .== anchors
      if any(found) {
        for lane in 0..<16 where found[lane] && matches(endingAt: index + lane) { return true }
      }
      index += 16
    }
    while index < end {
      if base[index] == anchor, matches(endingAt: index) { return true }
      index += 1
    }
    return false
  }
}
