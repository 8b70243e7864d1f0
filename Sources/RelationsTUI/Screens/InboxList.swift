import Domain
import Foundation

/// The inbox list: one row per case, most urgent first, overdue and due-soon marked.
enum InboxList {
  /// A case is due soon when less than this remains.
  static let dueSoon: TimeInterval = 4 * 3600

  private struct Column {
    var id: String
    /// Whether a search's matches are marked in this column.
    var searched: Bool { id == "subject" || id == "contact" || id == "id" }
    var title: String
    var width: Int
    var align: CellGrid.Alignment = .left
    var value: (Inbox.Row) -> String
  }

  static func draw(_ state: AppState, in box: DeskLayout.Box, into grid: inout CellGrid) {
    let now = state.now
    let text = state.desk.text
    // Arabic words for channel and kind need a column or two more than the English codes.
    let wide = text.isArabic ? 1 : 0
    var columns = [
      Column(id: "id", title: text("ID", "الرقم"), width: 8) { $0.id.description },
      Column(id: "channel", title: text("Ch", "قناة"), width: 3 + 2 * wide) {
        text.channelCode($0.id.channel)
      },
      Column(id: "kind", title: text("Kind", "النوع"), width: 4 + wide) { text.kindCode($0.kind) },
      Column(id: "subject", title: text("Subject", "الموضوع"), width: 0) { $0.subject },
      Column(id: "contact", title: text("Contact", "المراجع"), width: 12) { $0.contact },
      Column(id: "assignee", title: text("Assignee", "المسؤول"), width: 8) { $0.assignee ?? "—" },
      Column(id: "status", title: text("Status", "الحالة"), width: 9) { text.status($0.status) },
      Column(id: "age", title: text("Age", "العمر"), width: 4, align: .right) {
        DateText.span(now.timeIntervalSince($0.receivedAt), text)
      },
    ]
    // The subject gets what is left; on a narrow list the contact gives way first, then the
    // assignee (the detail pane shows both).
    func subjectWidth() -> Int { box.width - 2 - columns.reduce(0) { $0 + $1.width + 1 } }
    if subjectWidth() < 18 { columns.removeAll { $0.id == "contact" } }
    if subjectWidth() < 18 { columns.removeAll { $0.id == "assignee" } }
    let subject = max(6, subjectWidth())
    if let index = columns.firstIndex(where: { $0.id == "subject" }) {
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
        ? text(
          "No cases in this view. v changes the view; n records a visit.",
          "لا حالات في هذا العرض. v يغيّر العرض؛ n يسجل مقابلة.")
        : text(
          "No case matches \"\(state.query.search)\". Esc clears the search.",
          "لا حالة تطابق «\(state.query.search)». Esc يمسح البحث.")
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
        // A subject or a name may be a megabyte: the cell is cut from what it can show, and
        // the search's matches are looked for there.
        let value = String(TextLayout.head(column.value(row), columns: column.width))
        grid.write(
          value, x: x, y: y, columns: column.width, style: base, align: column.align,
          direction: .content,
          highlight: column.searched && !state.query.search.isEmpty
            ? SearchHighlight.matchedCharacters(
              of: state.query.search, in: column.value(row), limit: value.count)
            : [])
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
}
