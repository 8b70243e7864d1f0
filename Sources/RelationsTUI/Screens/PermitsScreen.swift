import Domain
import Foundation

/// Screen 3: every permit request by step, days with the office and with the authority,
/// what waits on the office (decided but not told, received but not submitted) first.
enum PermitsScreen {
  static func draw(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    let text = state.desk.text
    let top = layout.list.y
    let width = layout.width
    for y in top..<layout.noticeRow { grid.write("", x: 0, y: y, columns: width) }
    let waiting = state.permits.filter { id in
      state.desk.item(id).flatMap { PermitTiming($0, now: state.now) }?.waitsOnOffice ?? false
    }.count
    grid.write(
      text(
        " Permit requests: \(state.permits.count) · waiting on the office: \(waiting)",
        " طلبات التصاريح: \(text.number(state.permits.count)) · بانتظار المكتب: \(text.number(waiting))"
      ),
      x: 0, y: top, columns: width, style: .heading)
    guard !state.permits.isEmpty else {
      grid.write(
        text(
          "  No permit requests yet: they come in as kind \"permit\" (volunteer service, visits).",
          "  لا طلبات تصاريح بعد: تصل بنوع «تصريح» (خدمة التطوع، المقابلات)."),
        x: 0, y: top + 2, columns: width, style: .dim)
      return
    }
    let columns: [(String, Int)] = [
      ("", 2), (text("ID", "الرقم"), 9), (text("Step", "الخطوة"), 13),
      (text("Office", "المكتب"), 8), (text("Authority", "الجهة"), 10),
      (text("Reference", "المرجع"), 14), (text("Requester", "مقدم الطلب"), 0),
    ]
    let rest = width - columns.reduce(0) { $0 + $1.1 }
    var x = 0
    for (title, size) in columns {
      let size = size == 0 ? max(8, rest) : size
      grid.write(title, x: x, y: top + 1, columns: size, style: .dim)
      x += size
    }
    let rows = max(0, layout.noticeRow - top - 2)
    let first = max(0, min(state.permitIndex - rows + 1, state.permits.count - rows))
    for line in 0..<rows {
      let index = first + line
      guard index < state.permits.count, let item = state.desk.item(state.permits[index]),
        let permit = item.permit, let timing = PermitTiming(item, now: state.now)
      else { continue }
      let selected = index == state.permitIndex
      let style: Style = selected ? .selected : .normal
      let days = { (value: Double) in text.digits(String(format: "%.1f", value)) + text("d", "ي") }
      let values: [String] = [
        timing.waitsOnOffice ? "!" : "", item.id.description, text.permitStep(permit.step),
        days(timing.officeDays), days(timing.authorityDays),
        permit.decisionReference ?? permit.authorityReference ?? "—",
        item.contact.name ?? item.contact.phone?.e164 ?? "",
      ]
      var x = 0
      for ((_, size), value) in zip(columns, values) {
        let size = size == 0 ? max(8, rest) : size
        let cellStyle: Style = !selected && value == "!" ? .overdue : style
        grid.write(
          value, x: x, y: top + 2 + line, columns: size, style: cellStyle, direction: .content)
        x += size
      }
    }
  }
}
