/// The screen as values: every cell's character and style. `render` draws into a grid and
/// the backend writes only what differs from the last grid; tests read a grid as text.
struct CellGrid: Equatable, Sendable {
  struct Cell: Equatable, Sendable {
    var character: Character = " "
    var style: Style = .normal
    /// The right half of a wide character drawn in the cell to its left.
    var isContinuation = false
  }

  enum Alignment {
    case left, right, center
    /// The interface's reading start (left in English, right in a mirrored grid), whatever
    /// the text's own direction: a table's cells, so a column reads down one edge whether a
    /// name in it is Arabic or Latin.
    case start
  }

  let width: Int
  let height: Int
  private(set) var cells: [Cell]

  /// Who orders right-to-left text: the app's setting unless a caller (a test) says.
  let bidi: Bidi.Mode
  /// A right-to-left interface (Arabic): every box is placed mirrored across the screen, so
  /// screens are laid out once; interface text runs right to left from the box's right edge.
  let mirrored: Bool

  init(width: Int, height: Int, bidi: Bidi.Mode = Bidi.mode, mirrored: Bool = false) {
    self.bidi = bidi
    self.mirrored = mirrored
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: Cell(), count: self.width * self.height)
  }

  subscript(x: Int, y: Int) -> Cell {
    cells[y * width + x]
  }

  /// Blanks a box, so a screen starts from an empty one whatever was drawn there before.
  mutating func clear(_ box: DeskLayout.Box) {
    for y in box.y..<box.bottom { write("", x: box.x, y: y, columns: box.width) }
  }

  /// Writes `text` into the `columns` cells from (x, y), fitted by `TextLayout` (sanitised,
  /// clipped with `…`, padded), so nothing can spill into a neighbouring pane.
  ///
  /// Text holding right-to-left letters is shaped and put in visual order (`Bidi`), in the
  /// interface's direction, or for `.content` (what people wrote) in its own, aligned right
  /// when that is right to left.
  mutating func write(
    _ text: String, x: Int, y: Int, columns: Int? = nil, style: Style = .normal,
    align: Alignment = .left, direction: Bidi.Direction = .interface, highlight: Set<Int> = []
  ) {
    guard y >= 0, y < height, x < width else { return }
    let available = min(columns ?? (width - max(0, x)), width - max(0, x))
    guard available > 0 else { return }
    let start = origin(x: max(0, x), columns: available)
    var fitted = TextLayout.clip(text, available)
    let logical = String(fitted.characters.map(\.0))
    var align = align
    let keepsStart = align == .start
    if keepsStart { align = mirrored ? .right : .left }
    if mirrored, direction == .interface, !keepsStart {
      align = align == .left ? .right : align == .right ? .left : .center
    }
    // Whether to order it is asked of what was kept, as the text may be a megabyte: only
    // that is ordered, and text without a right-to-left letter is drawn as it is. A line of a
    // mirrored interface is the exception: holding Arabic anywhere makes its base right to
    // left, so it is asked of all of it (screens cut stored text to its cell before joining
    // it into such a line, so that stays short).
    let ordered =
      mirrored && direction == .interface
      ? Bidi.hasRightToLeft(text) : Bidi.hasRightToLeft(logical)
    if bidi == .app, ordered {
      // Clipped in logical order first, so the `…` ends the text where it was cut: on the
      // left of a right-to-left line once it is in visual order.
      let base: Bidi.Base =
        direction == .content ? .auto : mirrored ? .rightToLeft : .leftToRight
      let visual = Bidi.visual(logical, base: base)
      fitted = TextLayout.clip(visual.text, available)
      if direction == .content, !keepsStart {
        align = visual.rightToLeft ? .right : mirrored ? .left : align
      }
    }
    let padding = available - fitted.columns
    let lead =
      switch align {
      case .left: 0
      case .right: padding
      case .center: padding / 2
      case .start: 0
      }
    var column = start
    for _ in 0..<lead {
      put(" ", column, y, style)
      column += 1
    }
    for (character, width) in fitted.characters {
      // Nearly every character is one scalar: one cell, no need to cut it.
      if character.unicodeScalars.count == 1 {
        guard width > 0, column + width <= start + available else { continue }
        put(character, column, y, style)
        if width == 2 {
          cells[y * self.width + column + 1] = Cell(
            character: " ", style: style, isContinuation: true)
        }
        column += width
        continue
      }
      for (piece, columns) in TextLayout.cells(of: character) where columns > 0 {
        guard column + columns <= start + available else { break }
        put(piece, column, y, style)
        if columns == 2 {
          cells[y * width + column + 1] = Cell(character: " ", style: style, isContinuation: true)
        }
        column += columns
      }
    }
    while column < start + available {
      put(" ", column, y, style)
      column += 1
    }
    if !highlight.isEmpty {
      // Matched characters are found in logical order and marked where they are drawn.
      let map = CaretMap(logical)
      let kept = Array(logical)
      for index in highlight where index < kept.count && kept[index] != "…" {
        let cell = start + lead + map.columns[index]
        paint(
          .match, x: cell, y: y, columns: max(1, TextLayout.width(of: kept[index])),
          onScreen: true)
      }
    }
  }

  /// Where a box starting at `x` (as screens lay it out) is on screen: mirrored when the
  /// interface is right to left.
  func origin(x: Int, columns: Int) -> Int {
    mirrored ? max(0, width - x - columns) : x
  }

  /// Paints the style over a rectangle's cells without changing their characters. With
  /// `onScreen`, `x` is a screen column already (inside a box placed with `origin`).
  mutating func paint(
    _ style: Style, x: Int, y: Int, columns: Int, rows: Int = 1, onScreen: Bool = false
  ) {
    let x = onScreen ? x : origin(x: x, columns: columns)
    for row in max(0, y)..<min(height, y + rows) {
      for column in max(0, x)..<min(width, x + columns) {
        cells[row * width + column].style = style
      }
    }
  }

  /// Blank cells in a rectangle.
  mutating func clear(x: Int, y: Int, columns: Int, rows: Int, style: Style = .normal) {
    let x = origin(x: x, columns: columns)
    for row in max(0, y)..<min(height, y + rows) {
      for column in max(0, x)..<min(width, x + columns) {
        cells[row * width + column] = Cell(style: style)
      }
    }
  }

  private mutating func put(_ character: Character, _ x: Int, _ y: Int, _ style: Style) {
    guard x < width else { return }
    // Overwriting half of a wide character blanks its other half, so no cell is orphaned.
    if cells[y * width + x].isContinuation, x > 0 {
      cells[y * width + x - 1] = Cell(style: cells[y * width + x - 1].style)
    }
    if x + 1 < width, cells[y * width + x + 1].isContinuation {
      cells[y * width + x + 1] = Cell(style: cells[y * width + x + 1].style)
    }
    cells[y * width + x] = Cell(character: character, style: style)
  }

  /// One row as text (wide characters once, their continuation cells skipped).
  func line(_ y: Int) -> String {
    var out = ""
    for x in 0..<width where !self[x, y].isContinuation {
      out.append(self[x, y].character)
    }
    return out
  }

  /// The whole grid as text, one line per row with trailing spaces trimmed: for snapshots.
  var text: String {
    (0..<height).map { line($0).trimmingTrailingSpaces }.joined(separator: "\n")
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
