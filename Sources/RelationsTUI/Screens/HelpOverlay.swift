/// The help: every binding of the key table the app itself uses, then the form keys.
enum HelpOverlay {
  /// One line per binding; the screen keys and the surveys screen's keys each share one
  /// line, so the whole table fits an 80×24 terminal.
  static func lines(_ text: UIText) -> [String] {
    var lines: [String] = []
    var screens: [KeyBinding] = []
    var surveys: [KeyBinding] = []
    var contacts: [KeyBinding] = []
    for binding in KeyTable.bindings {
      switch binding.action {
      case .screen: screens.append(binding)
      case .previousPeriod, .nextPeriod, .periodLength, .breakdown, .nextSurvey:
        surveys.append(binding)
      case .editContact, .mergeContact: contacts.append(binding)
      default: lines.append(pad(binding.label, 10) + text(binding.help))
      }
    }
    if !screens.isEmpty {
      lines.append(
        pad(screens.map(\.label).joined(separator: " "), 10)
          + screens.map { text($0.help) }.joined(separator: text(", ", "، ")))
    }
    for (group, prefix) in [
      (surveys, text("surveys: ", "الاستبانات: ")), (contacts, text("contacts: ", "المراجعون: ")),
    ] where !group.isEmpty {
      lines.append(
        pad(group.map(\.label).joined(separator: " "), 10) + prefix
          + group.map { String(text($0.help).dropFirst(prefix.count)) }.joined(
            separator: text("; ", "؛ ")))
    }
    return lines
  }

  static func draw(_ text: UIText, into grid: inout CellGrid) {
    let entries = lines(text)
    let formEntries = KeyTable.formKeys.map { pad($0.0, 16) + text($0.1) }
    // Two columns, or three when the screen is too short for two.
    let rowsForEntries = max(1, grid.height - 1 - 6 - (formEntries.count + 1) / 2)
    let columns = entries.count <= 2 * rowsForEntries ? 2 : 3
    let perColumn = (entries.count + columns - 1) / columns
    let width = grid.width - 2
    let height = min(grid.height - 1, perColumn + (formEntries.count + 1) / 2 + 5)
    let x = 1
    let y = max(0, (grid.height - height) / 2)
    FormView.frame(
      title: text("Keys (any key closes)", "المفاتيح (أي مفتاح يغلق)"), x: x, y: y, width: width,
      height: height, into: &grid)
    let columnWidth = (width - 4) / columns
    for (index, entry) in entries.enumerated() {
      let column = index / perColumn
      let row = index % perColumn
      grid.write(entry, x: x + 2 + column * columnWidth, y: y + 2 + row, columns: columnWidth - 1)
    }
    let formTop = y + 3 + perColumn
    grid.write(
      text("In forms and prompts:", "في النماذج والمطالبات:"), x: x + 2, y: formTop,
      columns: width - 4, style: .heading)
    for (index, entry) in formEntries.enumerated() where formTop + 1 + index / 2 < y + height - 1 {
      grid.write(
        entry, x: x + 2 + (index % 2) * columnWidth, y: formTop + 1 + index / 2,
        columns: columnWidth - 1)
    }
  }

  private static func pad(_ text: String, _ columns: Int) -> String {
    text + String(repeating: " ", count: max(1, columns - TextLayout.width(of: text)))
  }
}
