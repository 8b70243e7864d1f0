/// The help of the screen shown: every binding of the global context and of that screen,
/// the form keys, and a legend of what the screen writes short, all from the key table and
/// the catalogues. Long lines wrap; the help scrolls (j/k, PgDn/PgUp) and `/` searches it,
/// keeping the lines that match; Esc, q or ? close it, and any other key closes it too.
enum HelpOverlay {
  /// Where the help is scrolled to, and the search typed in it.
  struct State: Equatable, Sendable {
    var top = 0
    var searching: SearchField?
    var search = ""
  }

  /// One entry per binding (the screen keys share one), then the form keys and the legend:
  /// each a key column and what it does, or a heading.
  static func entries(for screen: DeskScreen, _ text: UIText) -> [(keys: String, what: String)] {
    var entries: [(keys: String, what: String)] = []
    var screens: [KeyBinding] = []
    for binding in KeyTable.bindings(in: .global) + KeyTable.bindings(in: .screen(screen)) {
      if case .screen = binding.action {
        screens.append(binding)
      } else {
        entries.append((binding.label, text(binding.help)))
      }
    }
    if !screens.isEmpty {
      entries.append(
        (
          screens.map(\.label).joined(separator: " "),
          screens.map { text($0.help) }.joined(separator: text(.listSeparator))
        ))
    }
    entries.append(("", ""))
    entries.append(("", text(.formKeysHeading)))
    entries += KeyTable.bindings(in: .form).map { ($0.label, text($0.help)) }
    entries.append(("", ""))
    entries.append(("", text(.guide(.legendHeading))))
    entries += GuidePhrase.Legend.allCases.map { ("", text(.guide(.legend($0)))) }
    return entries
  }

  /// The help's lines at a width: entries wrapped under their description, and only those
  /// that match the search when there is one.
  static func lines(for screen: DeskScreen, _ text: UIText, width: Int, search: String = "")
    -> [String]
  {
    let keyColumn = 16
    let wanted = search.lowercased()
    var lines: [String] = []
    for entry in entries(for: screen, text) {
      if !wanted.isEmpty,
        !(entry.keys + " " + entry.what).lowercased().contains(wanted)
      {
        continue
      }
      if entry.keys.isEmpty {
        lines += entry.what.isEmpty ? [""] : TextLayout.wrap(entry.what, max(1, width))
        continue
      }
      let keys =
        entry.keys
        + String(
          repeating: " ", count: max(1, keyColumn - TextLayout.width(of: entry.keys)))
      let indent = TextLayout.width(of: keys)
      let wrapped = TextLayout.wrap(entry.what, max(1, width - indent))
      for (index, piece) in wrapped.enumerated() {
        lines.append((index == 0 ? keys : String(repeating: " ", count: indent)) + piece)
      }
    }
    return lines
  }

  /// The box the help draws in, for a screen size: the frame, and the rows and columns of
  /// its text (the last row inside the frame says the search or the help's keys).
  static func box(width: Int, height: Int) -> (frame: DeskLayout.Box, columns: Int, rows: Int) {
    let frame = DeskLayout.Box(x: 0, y: 0, width: max(10, width), height: max(5, height - 1))
    return (frame, max(1, frame.width - 4), max(1, frame.height - 3))
  }

  /// Handles a key while the help is open; false when the key closes it.
  static func update(
    _ state: inout State, _ key: KeyPress, screen: DeskScreen, _ text: UIText,
    size: (width: Int, height: Int)
  ) -> Bool {
    let box = box(width: size.width, height: size.height)
    func lineCount() -> Int {
      Self.lines(for: screen, text, width: box.columns, search: state.search).count
    }
    if state.searching != nil {
      let input = KeyTable.action(for: key, in: .search).map(ScreenInput.action) ?? .key(key)
      switch SearchField.step(&state.searching, input) {
      case .search(let search):
        state.search = search
        state.top = 0
      case .move(let action):
        let total = lineCount()
        return move(&state, action, rows: box.rows, lines: total)
      case .notice, .nothing: break
      }
      return true
    }
    guard let action = KeyTable.action(for: key, in: .help) else { return false }
    let total = lineCount()
    return move(&state, action, rows: box.rows, lines: total)
  }

  private static func move(_ state: inout State, _ action: DeskAction, rows: Int, lines: Int)
    -> Bool
  {
    switch action {
    case .down: state.top += 1
    case .up: state.top -= 1
    case .pageDown: state.top += rows
    case .pageUp: state.top -= rows
    case .top: state.top = 0
    case .bottom: state.top = lines
    case .search: state.searching = SearchField(state.search)
    case .back: return false
    default: break
    }
    state.top = max(0, min(state.top, lines - rows))
    return true
  }

  static func draw(
    _ state: State, _ screen: DeskScreen, _ text: UIText, into grid: inout CellGrid
  ) {
    let (frame, columns, rows) = box(width: grid.width, height: grid.height)
    let lines = lines(for: screen, text, width: columns, search: state.search)
    FormView.frame(
      title: text(.helpTitle(screen)), x: frame.x, y: frame.y, width: frame.width,
      height: frame.height, into: &grid)
    let top = max(0, min(state.top, lines.count - rows))
    for row in 0..<rows {
      let index = top + row
      let line = index < lines.count ? lines[index] : ""
      let heading =
        !line.hasPrefix(" ") && index < lines.count && !line.isEmpty
        && TextLayout.width(of: line) < columns && line.hasSuffix(":")
      grid.write(
        line, x: frame.x + 2, y: frame.y + 1 + row, columns: columns,
        style: heading ? .heading : .normal)
    }
    let footer: String
    if state.searching != nil || !state.search.isEmpty {
      footer =
        lines.isEmpty
        ? text(.guide(.helpNoMatch(state.search))) : text(.guide(.helpSearch(state.search)))
    } else {
      let shown = min(lines.count, top + rows)
      footer = "\(top + 1)–\(shown) / \(lines.count)"
    }
    grid.write(
      footer, x: frame.x + 2, y: frame.y + frame.height - 2, columns: columns, style: .dim)
  }
}
