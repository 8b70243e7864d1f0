import Domain
import Foundation

/// The permits screen drawn into its box: a heading with the counts, then one row per
/// request, the selected one kept in view.
extension PermitsScreen {
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid) {
    let text = context.text
    let box = context.box
    let top = box.y
    let bottom = box.bottom
    let width = box.width
    grid.clear(box)
    let calendar = WorkingCalendar(office: context.desk.office)
    let timing = { (item: Case) in
      PermitsScreen.timing(item, context.desk, now: context.now, calendar: calendar)
    }
    let waiting = state.permits.filter { id in
      context.desk.item(id).flatMap(timing)?.waitsOnOffice ?? false
    }.count
    grid.write(
      " " + text(.screen(.permitCounts(requests: state.permits.count, waitingOnOffice: waiting))),
      x: box.x, y: top, columns: width, style: .heading)
    guard !state.permits.isEmpty else {
      grid.write(
        "  " + text(.screen(.noPermits)), x: box.x, y: top + 2, columns: width, style: .dim)
      return
    }
    func title(_ column: ScreenPhrase.PermitColumn) -> String {
      text(.screen(.permitColumn(column)))
    }
    let days = { (value: Double) in text(.count(.days(Int(value.rounded())))) }
    // Widths come from the words a column can hold (its title, every step, three-digit
    // days), not from the rows shown, and each keeps one blank column after it so values
    // never run into the next; the requester takes what is left.
    func fits(_ words: [String], atLeast least: Int = 0) -> Int {
      max(least, words.map { TextLayout.width(of: $0) }.max() ?? 0) + 1
    }
    let columns: [(String, Int)] = [
      ("", 2), (title(.id), fits([title(.id), "W-000000"])),
      (title(.step), fits([title(.step)] + PermitStep.allCases.map(text.permitStep))),
      (title(.office), fits([title(.office), days(888)])),
      (title(.late), fits([title(.late), days(888)])),
      (title(.authority), fits([title(.authority), days(888)])),
      (title(.reference), fits([title(.reference)], atLeast: 12)), (title(.requester), 0),
    ]
    let rest = width - columns.reduce(0) { $0 + $1.1 }
    var x = box.x
    for (title, size) in columns {
      let size = size == 0 ? max(8, rest) : size
      grid.write(title, x: x, y: top + 1, columns: size - 1, style: .dim, align: .start)
      x += size
    }
    let rows = max(0, bottom - top - 2)
    let first = max(0, min(state.index - rows + 1, state.permits.count - rows))
    for line in 0..<rows {
      let index = first + line
      guard index < state.permits.count, let item = context.desk.item(state.permits[index]),
        let permit = item.permit, let timing = timing(item)
      else { continue }
      let selected = index == state.index
      let style: Style = selected ? .selected : .normal
      let values: [String] = [
        timing.waitsOnOffice ? "!" : "", item.id.description, text.permitStep(permit.step),
        // Any lateness is at least a day: "0 days" late would read as on time.
        days(timing.officeDays), timing.late.map { days(max(1, $0.workingDays.rounded())) } ?? "",
        days(timing.authorityDays),
        permit.decisionReference ?? permit.authorityReference ?? "—",
        item.contact.name ?? item.contact.phone?.e164 ?? "",
      ]
      var x = box.x
      for (column, ((_, size), value)) in zip(columns, values).enumerated() {
        let size = size == 0 ? max(8, rest) : size
        let marked = column == 0 || column == 4  // the "!" and the lateness
        let cellStyle: Style = !selected && marked && !value.isEmpty ? .overdue : style
        // The blank column after a value keeps the row's style, so a selected row is one bar.
        grid.write("", x: x, y: top + 2 + line, columns: size, style: style)
        grid.write(
          value, x: x, y: top + 2 + line, columns: max(1, size - 1), style: cellStyle,
          align: .start, direction: .content)
        x += size
      }
    }
  }
}
