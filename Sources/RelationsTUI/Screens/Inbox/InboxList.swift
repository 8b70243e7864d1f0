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
    var value: (Inbox.Row) -> String
  }

  static func draw(
    _ state: InboxScreen.State, _ context: ScreenContext, in box: DeskLayout.Box,
    into grid: inout CellGrid
  ) {
    let now = context.now
    let text = context.text
    let desk = context.desk
    // Words, not codes: each column is as wide as its longest word in the desk's language,
    // and the age column as wide as the longest age it can say (every plural form, up to
    // three digits), never the rows shown: the columns stay put while the list scrolls.
    func widest(_ words: [String]) -> Int { words.map { TextLayout.width(of: $0) }.max() ?? 1 }
    let ages = DatePhrase.Unit.allCases.flatMap { unit in
      let values =
        switch unit {
        case .minutes: [0, 1, 2, 3, 10, 11, 59]
        case .hours: [1, 2, 3, 10, 11, 47]
        case .days: [2, 3, 10, 11, 13]
        // Past two years an age is rare enough to be cut rather than narrow the subject.
        case .weeks: [2, 3, 10, 11, 99]
        }
      return values.map { text(.guide(.age($0, unit))) }
    }
    var columns = [
      Column(id: "id", title: text(.inbox(.column(.id))), width: 8) { $0.id.description },
      Column(
        id: "channel", title: text(.inbox(.column(.channel))),
        width: widest(Channel.allCases.map(text.channelCode))
      ) {
        text.channelCode($0.id.channel)
      },
      Column(
        id: "kind", title: text(.inbox(.column(.kind))),
        width: widest(CaseKind.allCases.map(text.kindCode))
      ) {
        text.kindCode($0.kind)
      },
      Column(id: "subject", title: text(.inbox(.column(.subject))), width: 0) { $0.subject },
      Column(id: "contact", title: text(.inbox(.column(.contact))), width: 12) { $0.contact },
      Column(id: "assignee", title: text(.inbox(.column(.assignee))), width: 12) {
        $0.assignee.map(desk.staffName) ?? "—"
      },
      Column(id: "status", title: text(.inbox(.column(.status))), width: 9) {
        text.status($0.status)
      },
      Column(
        id: "age", title: text(.inbox(.column(.age))), width: max(3, widest(ages))
      ) {
        DateText.age(now.timeIntervalSince($0.receivedAt), text)
      },
    ]
    // Each column is wider than its heading, so with the blank column after it two headings
    // never read as one (Arabic has no capitals to show where the next one starts).
    for index in columns.indices where columns[index].width > 0 {
      columns[index].width = max(
        columns[index].width, TextLayout.width(of: columns[index].title) + 1)
    }
    // The subject gets what is left;
    func subjectWidth() -> Int { box.width - 2 - columns.reduce(0) { $0 + $1.width + 1 } }
    // on a narrow list the channel gives way first (the case number's letter says it, and
    // the help's legend reads the letter), then the contact, then the assignee (the detail
    // pane shows all three).
    for id in ["channel", "contact", "assignee"] where subjectWidth() < 15 {
      columns.removeAll { $0.id == id }
    }
    let subject = max(6, subjectWidth())
    if let index = columns.firstIndex(where: { $0.id == "subject" }) {
      columns[index].width = subject
    }

    var x = box.x + 2
    grid.write("", x: box.x, y: box.y, columns: 2, style: .heading)
    // Headings and cells start at the interface's start edge of their column, as the
    // permits table's do, whatever the script of what is in them.
    for column in columns {
      grid.write(
        column.title, x: x, y: box.y, columns: column.width, style: .heading, align: .start)
      grid.write(" ", x: x + column.width, y: box.y, columns: 1, style: .heading)
      x += column.width + 1
    }
    grid.write("", x: x, y: box.y, columns: box.x + box.width - x, style: .heading)

    let rows = max(0, box.height - 1)
    guard !state.visible.isEmpty else {
      let notOnStaff =
        state.query.view == .mine && !desk.office.staff.contains { $0.account == desk.user }
      let empty =
        notOnStaff
        ? text(.guide(.notOnStaff(account: desk.user)))
        : text(
          .inbox(
            state.query.search.isEmpty ? .noCasesInView : .noCaseMatches(state.query.search)))
      for (offset, line) in TextLayout.wrap(empty, max(1, box.width - 2), lines: rows)
        .enumerated()
      {
        grid.write("  " + line, x: box.x, y: box.y + 1 + offset, columns: box.width, style: .dim)
      }
      return
    }
    for line in 0..<rows {
      let index = state.listTop + line
      let y = box.y + 1 + line
      guard index < state.visible.count, let row = context.desk.inbox[state.visible[index]]
      else {
        grid.write("", x: box.x, y: y, columns: box.width)
        continue
      }
      let selected = row.id == state.selectedID
      let base: Style = selected ? .selected : .normal
      let (mark, markStyle) = rowMark(row, pinned: row.id == state.pinned, now: now)
      grid.write(mark, x: box.x, y: y, columns: 1, style: selected ? .selected : markStyle)
      grid.write(" ", x: box.x + 1, y: y, columns: 1, style: base)
      var x = box.x + 2
      for column in columns {
        // A subject or a name may be a megabyte: the cell is cut from what it can show, and
        // the search's matches are looked for there.
        let value = String(TextLayout.head(column.value(row), columns: column.width))
        grid.write(
          value, x: x, y: y, columns: column.width, style: base, align: .start,
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

  /// The mark at the start of a row: acted on and kept in view, then a failed delivery
  /// (staff call instead), then the clock's.
  static func rowMark(_ row: Inbox.Row, pinned: Bool, now: Date) -> (String, Style) {
    if pinned { return ("*", .dueSoon) }
    if row.failedDelivery { return (failedMark, .overdue) }
    return marker(row, now: now)
  }

  /// A case whose message to the person could not be delivered (the help's legend says it).
  static let failedMark = "×"

  /// The clock's mark: overdue, due soon, or nothing.
  static func marker(_ row: Inbox.Row, now: Date) -> (String, Style) {
    guard let due = row.due else { return (" ", .normal) }
    if due <= now { return ("!", .overdue) }
    if due.timeIntervalSince(now) < dueSoon { return ("~", .dueSoon) }
    return (" ", .normal)
  }
}
