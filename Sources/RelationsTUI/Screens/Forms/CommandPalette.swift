import Domain

/// The command palette (`:`): every binding of the key table with its key, what it does and
/// where it works, filtered as one types; Enter runs the one selected where it applies.
struct CommandPalette: Equatable, Sendable {
  var filter = TextBuffer()
  /// The selected line among the matching commands.
  var selected = 0
  /// The first line shown, so the selection stays in the box.
  var top = 0

  /// One command as the palette lists it.
  struct Entry: Equatable, Sendable {
    var keys: String
    var action: DeskAction
    var context: KeyContext
  }

  /// Every binding, in the key table's order: the palette lists all of them.
  static func entries() -> [Entry] {
    KeyTable.bindings.map { Entry(keys: $0.label, action: $0.action, context: $0.context) }
  }

  /// The words one entry is found by: its keys, what it does, where it works.
  static func words(_ entry: Entry, _ text: UIText) -> String {
    "\(entry.keys) \(text(.help(entry.action, entry.context))) \(text(.find(.worksIn(entry.context))))"
  }

  /// The entries whose words hold every word typed (folded as search folds).
  func matches(_ text: UIText) -> [Entry] {
    let query = SearchKey(filter.text)
    return Self.entries().filter { SearchKey(Self.words($0, text)).matches(query) }
  }

  /// What a key did to the palette.
  enum Outcome: Equatable, Sendable {
    case stay
    case close
    case run(Entry)
  }

  mutating func update(_ key: KeyPress, _ text: UIText, rows: Int) -> Outcome {
    let entries = matches(text)
    switch KeyTable.action(for: key, in: .palette) {
    case .runCommand?:
      guard entries.indices.contains(selected) else { return .stay }
      return .run(entries[selected])
    case .cancel?: return .close
    case .down?: selected = min(selected + 1, max(0, entries.count - 1))
    case .up?: selected = max(0, selected - 1)
    default:
      switch key {
      case .character(let character) where filter.characters.count < FieldLimit.line:
        filter.insert(character)
      case .backspace: filter.backspace()
      default: return .stay
      }
      selected = 0
      top = 0
    }
    if selected < top { top = selected }
    if selected >= top + rows { top = selected - rows + 1 }
    return .stay
  }

  /// How many commands the box shows at once on a screen this high.
  static func rows(height: Int) -> Int { max(3, height - 8) }

  static func draw(_ palette: CommandPalette, _ text: UIText, into grid: inout CellGrid) {
    let entries = palette.matches(text)
    let rows = rows(height: grid.height)
    let width = grid.width - 4
    let height = rows + 4
    let x = 2
    let y = max(0, (grid.height - height) / 2)
    // The rows the box covers are blanked edge to edge first: the few cells beside it would
    // show stray pieces of the screen behind (half an Arabic word, a `!`).
    for row in y..<min(grid.height, y + height) {
      grid.write("", x: 0, y: row, columns: grid.width)
    }
    FormView.frame(
      title: text(.find(.paletteTitle)), x: x, y: y, width: width, height: height, into: &grid)
    grid.write(
      ": " + palette.filter.text + "▏", x: x + 2, y: y + 1, columns: width - 4, style: .heading,
      direction: .content)
    guard !entries.isEmpty else {
      grid.write(
        text(.find(.noCommandMatches(palette.filter.text))), x: x + 2, y: y + 2,
        columns: width - 4, style: .dim)
      return
    }
    // The last column is as wide as the longest place among the matching commands (it stays
    // put while scrolling, and narrows as typing filters); what a command does gets the rest.
    let whereWidth = min(
      24, width / 4,
      entries.map { TextLayout.width(of: text(.find(.worksIn($0.context)))) }.max() ?? 0)
    for line in 0..<rows {
      let index = palette.top + line
      guard index < entries.count else { break }
      let entry = entries[index]
      let style: Style = index == palette.selected ? .selected : .normal
      let rowY = y + 2 + line
      grid.write(entry.keys, x: x + 2, y: rowY, columns: 14, style: style)
      grid.write(
        text(.help(entry.action, entry.context)), x: x + 16, y: rowY,
        columns: width - 20 - whereWidth, style: style)
      grid.write(" ", x: x + width - 4 - whereWidth, y: rowY, columns: 1, style: style)
      grid.write(
        text(.find(.worksIn(entry.context))), x: x + width - 2 - whereWidth, y: rowY,
        columns: whereWidth, style: index == palette.selected ? .selected : .dim)
    }
  }
}
