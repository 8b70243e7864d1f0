import Domain
import Foundation

/// The inbox list: one row per case, most urgent first, overdue and due-soon marked.
enum InboxList {
  /// A case is due soon when less than this remains.
  static let dueSoon: TimeInterval = 4 * 3600

  private struct Column {
    var title: String
    var width: Int
    var align: CellGrid.Alignment = .left
    var value: (Inbox.Row) -> String
  }

  static func draw(_ state: AppState, in box: DeskLayout.Box, into grid: inout CellGrid) {
    let now = state.now
    let contact = Column(title: "Contact", width: 12) {
      $0.contact
    }
    var columns = [
      Column(title: "ID", width: 8) { $0.id.description },
      Column(title: "Ch", width: 3) { channelCode($0.id.channel) },
      Column(title: "Kind", width: 4) { kindCode($0.kind) },
      Column(title: "Subject", width: 0) { $0.subject },
      contact,
      Column(title: "Assignee", width: 8) { $0.assignee ?? "—" },
      Column(title: "Status", width: 9) { $0.status.rawValue },
      Column(title: "Age", width: 4, align: .right) {
        DateText.span(now.timeIntervalSince($0.receivedAt))
      },
    ]
    // The subject gets what is left; on a narrow list the contact gives way first, then the
    // assignee (the detail pane shows both).
    func subjectWidth() -> Int { box.width - 2 - columns.reduce(0) { $0 + $1.width + 1 } }
    if subjectWidth() < 18 { columns.removeAll { $0.title == "Contact" } }
    if subjectWidth() < 18 { columns.removeAll { $0.title == "Assignee" } }
    let subject = max(6, subjectWidth())
    if let index = columns.firstIndex(where: { $0.title == "Subject" }) {
      columns[index].width = subject
    }

    var x = box.x + 2
    grid.write("", x: box.x, y: box.y, columns: 2, style: .heading)
    for column in columns {
      grid.write(column.title, x: x, y: box.y, columns: column.width + 1, style: .heading)
      x += column.width + 1
    }
    grid.write("", x: x, y: box.y, columns: box.x + box.width - x, style: .heading)

    let rows = max(0, box.height - 1)
    guard !state.visible.isEmpty else {
      let empty =
        state.query.search.isEmpty
        ? "No cases in this view. v changes the view; n records a visit."
        : "No case matches \"\(state.query.search)\". Esc clears the search."
      grid.write("  " + empty, x: box.x, y: box.y + 1, columns: box.width, style: .dim)
      return
    }
    for line in 0..<rows {
      let index = state.listTop + line
      let y = box.y + 1 + line
      guard index < state.visible.count, let row = state.desk.inbox[state.visible[index]]
      else {
        grid.write("", x: box.x, y: y, columns: box.width)
        continue
      }
      let selected = row.id == state.selectedID
      let base: Style = selected ? .selected : .normal
      let (mark, markStyle) = marker(row, now: now)
      grid.write(mark, x: box.x, y: y, columns: 1, style: selected ? .selected : markStyle)
      grid.write(" ", x: box.x + 1, y: y, columns: 1, style: base)
      var x = box.x + 2
      for column in columns {
        grid.write(
          column.value(row), x: x, y: y, columns: column.width, style: base, align: column.align,
          direction: .content)
        grid.write(" ", x: x + column.width, y: y, columns: 1, style: base)
        x += column.width + 1
      }
      grid.write("", x: x, y: y, columns: box.x + box.width - x, style: base)
    }
  }

  static func marker(_ row: Inbox.Row, now: Date) -> (String, Style) {
    guard let due = row.due else { return (" ", .normal) }
    if due <= now { return ("!", .overdue) }
    if due.timeIntervalSince(now) < dueSoon { return ("~", .dueSoon) }
    return (" ", .normal)
  }

  static func channelCode(_ channel: Channel) -> String {
    switch channel {
    case .visit: "VIS"
    case .phone: "PHN"
    case .social: "SOC"
    case .letter: "LET"
    case .volunteer: "VOL"
    case .website: "WEB"
    }
  }

  static func kindCode(_ kind: CaseKind) -> String {
    switch kind {
    case .inquiry: "inq"
    case .complaint: "cmpl"
    case .suggestion: "sugg"
    case .permit: "prmt"
    case .service: "serv"
    }
  }
}
