import Domain
import Foundation

/// The outbox drawn into its box: a heading with the counts and what is shown, the column
/// titles, then one row per message, the selected one kept in view.
extension OutboxScreen {
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid) {
    let text = context.text
    let box = context.box
    let top = box.y
    let width = box.width
    grid.clear(box)
    let counts = state.counts
    grid.write(
      " "
        + text(
          .outbox(
            .heading(
              queued: counts.queued, failed: counts.failed, sent: counts.sent,
              showing: state.filter))),
      x: box.x, y: top, columns: width, style: .heading)
    guard !state.messages.isEmpty else {
      grid.write(
        "  " + text(.outbox(.noMessages(state.filter))), x: box.x, y: top + 2, columns: width,
        style: .dim)
      return
    }
    let dates = DateText(timeZoneIdentifier: context.desk.office.timeZone, text: text)
    func title(_ column: OutboxPhrase.Column) -> String { text(.outbox(.column(column))) }
    // Widths come from what a column can hold (its title, every kind, medium and status, the
    // longest moment), not from the rows shown, and each keeps one blank column after it;
    // the address and the state share what is left.
    func fits(_ words: [String]) -> Int {
      (words.map { TextLayout.width(of: $0) }.max() ?? 0) + 1
    }
    let moments = (1...12).flatMap { month in
      [nil, 2025].map { year in
        text(.date(.moment(day: 28, month: month, year: year, hour: 23, minute: 59)))
      }
    }
    // nil: the mark's column, which has no title.
    var fixed: [(column: OutboxPhrase.Column?, width: Int)] = [
      (nil, 2),
      (.queued, fits([title(.queued)] + moments)),
      (.caseID, fits([title(.caseID), "W-000000"])),
      (
        .kind, fits([title(.kind)] + OutboundMessage.Kind.allCases.map { text(.outbox(.kind($0))) })
      ),
      (
        .medium,
        fits([title(.medium)] + OutboundMedium.allCases.map { text(.outbox(.medium($0))) })
      ),
    ]
    // On a narrow screen the kind gives way (the case's timeline says it), so the address
    // and the state stay readable.
    func rest() -> Int { width - fixed.reduce(0) { $0 + $1.width } }
    if rest() < 40 { fixed.removeAll { $0.column == .kind } }
    let toWidth = max(14, rest() * 2 / 5)
    let stateWidth = max(12, rest() - toWidth)
    let columns = fixed + [(.to, toWidth), (.state, stateWidth)]
    var x = box.x
    for (column, size) in columns {
      grid.write(
        column.map(title) ?? "", x: x, y: top + 1, columns: max(1, size - 1), style: .dim,
        align: .start)
      x += size
    }
    let rows = max(0, box.bottom - top - 2)
    let first = max(0, min(state.index - rows + 1, state.messages.count - rows))
    for line in 0..<rows {
      let index = first + line
      guard index < state.messages.count else { continue }
      let entry = state.messages[index]
      let sent = entry.sent
      let selected = index == state.index
      let style: Style = selected ? .selected : .normal
      // The address and a bridge's reason are the public's and a provider's: cut to the
      // cell before anything else, isolated so their direction stays theirs.
      let to = String(TextLayout.head(sent.message.to, columns: toWidth))
      let reason = sent.reason.map { String(TextLayout.head($0, columns: stateWidth)) }
      func value(_ column: OutboxPhrase.Column?) -> String {
        switch column {
        // The inbox's mark for a failed delivery, so one sign means one thing.
        case nil: sent.status == .failed ? "×" : ""
        case .queued: dates.moment(sent.queuedAt, now: context.now)
        case .caseID: entry.caseID.description
        case .kind: text(.outbox(.kind(sent.message.kind)))
        case .medium: text(.outbox(.medium(sent.message.medium)))
        case .to: Bidi.isolate(to)
        case .state:
          entry.heldBack
            ? text(.outbox(.heldBack))
            : text(.outbox(.stateCell(sent.status, reason: reason.map(Bidi.isolate))))
        }
      }
      var x = box.x
      for (column, size) in columns {
        let cellStyle: Style =
          selected
          ? style
          : column == nil
            ? .overdue
            : column == .state ? (entry.heldBack ? .dim : stateStyle(sent.status)) : style
        // The blank column after a value keeps the row's style, so a selected row is one bar.
        grid.write("", x: x, y: top + 2 + line, columns: size, style: style)
        grid.write(
          value(column), x: x, y: top + 2 + line, columns: max(1, size - 1), style: cellStyle,
          align: .start, direction: .content)
        x += size
      }
    }
  }

  /// A message's state as the list colours it: what went well, what failed.
  static func stateStyle(_ status: DeliveryStatus) -> Style {
    switch status {
    case .queued, .sent: .normal
    case .delivered: .success
    case .failed: .overdue
    }
  }
}
