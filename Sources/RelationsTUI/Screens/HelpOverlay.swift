/// The help: every binding of the key table the app itself uses, then the form keys.
enum HelpOverlay {
  static func lines(_ text: UIText) -> [String] {
    KeyTable.bindings.map { pad($0.label, 10) + text($0.help) }
  }

  static func draw(_ text: UIText, into grid: inout CellGrid) {
    let entries = lines(text)
    let formEntries = KeyTable.formKeys.map { pad($0.0, 16) + text($0.1) }
    let columns = 2
    let perColumn = (entries.count + columns - 1) / columns
    let width = grid.width - 2
    let height = min(grid.height - 1, perColumn + formEntries.count / 2 + 6)
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
