import CFriBidi

/// Where the caret of a line being typed stands on screen, and where the arrow keys take it.
///
/// The text stays in logical order; the caret is a logical index (before character `i`).
/// On screen it is drawn on the cell of the character it stands before, or, at the end of
/// the line, just past the last character on the side the line runs to (left of a
/// right-to-left line). Left and Right step through these stops in visual order, so in
/// Arabic Left moves on through the text, and across a number or a Latin word inside it the
/// caret still moves the way the eye reads the screen.
struct CaretMap: Equatable, Sendable {
  /// Caret positions (0…count) ordered left to right on screen.
  let stops: [Int]
  /// The screen column (from the line's first cell) of each caret position, by position.
  let columns: [Int]
  /// The line's width in columns, and whether it runs right to left (drawn right-aligned).
  let width: Int
  let rightToLeft: Bool

  /// The map of `line` (one line, already sanitised) drawn from column 0 of its box, in
  /// the content's own direction as `CellGrid.write(direction: .content)` draws it.
  init(_ line: String) {
    let characters = Array(line)
    let count = characters.count
    var scalars: [FriBidiChar] = []
    var firstScalar: [Int] = []
    for character in characters {
      firstScalar.append(scalars.count)
      scalars += character.unicodeScalars.map { FriBidiChar($0.value) }
    }
    var visualOf = (0..<scalars.count).map { FriBidiStrIndex($0) }
    var levels = [FriBidiLevel](repeating: 0, count: scalars.count)
    var output = scalars
    var direction = rel_fribidi_par_on()
    if Bidi.hasRightToLeft(line), !scalars.isEmpty {
      var input = scalars
      _ = fribidi_log2vis(
        &input, FriBidiStrIndex(scalars.count), &direction, &output, &visualOf, nil, &levels)
    }
    let rightToLeft = direction == rel_fribidi_par_rtl()
    // The column of each visual scalar: visible ones take their width, steering characters
    // and the alef swallowed by a lam-alef ligature take none.
    var columnOfVisual = [Int](repeating: 0, count: scalars.count + 1)
    var column = 0
    for index in output.indices {
      columnOfVisual[index] = column
      let value = output[index]
      if Bidi.isInvisible(value) { continue }
      column += Unicode.Scalar(value).map { TextLayout.width(of: $0) } ?? 0
    }
    width = column
    self.rightToLeft = rightToLeft
    var columns = [Int](repeating: 0, count: count + 1)
    for index in 0..<count {
      let scalar = firstScalar[index]
      var visual = Int(visualOf[scalar])
      // A swallowed alef stands on its ligature's cell: the visual neighbour that is shown.
      if Bidi.isInvisible(output[visual]), visual > 0 { visual -= 1 }
      columns[index] = columnOfVisual[visual]
    }
    // The end of the line: past the last character on the side its text runs to.
    if count == 0 {
      columns[count] = 0
    } else {
      let lastScalar = firstScalar[count - 1]
      let lastRuns = levels.isEmpty ? false : levels[lastScalar] % 2 == 1
      let lastColumn = columns[count - 1]
      let lastWidth = max(1, TextLayout.width(of: characters[count - 1]))
      columns[count] = lastRuns ? lastColumn - 1 : lastColumn + lastWidth
    }
    self.columns = columns
    // Two positions on one cell (the lam and alef of a ligature) go in reading order.
    stops = (0...count).sorted { a, b in
      if columns[a] != columns[b] { return columns[a] < columns[b] }
      return rightToLeft ? a > b : a < b
    }
  }

  /// The caret position one stop to the left (-1) or right (+1) on screen.
  func move(_ caret: Int, by step: Int) -> Int {
    guard let here = stops.firstIndex(of: caret) else { return caret }
    let next = here + step
    return stops.indices.contains(next) ? stops[next] : caret
  }

  /// The caret's column in a box of `boxWidth` cells, with the line aligned as drawn: to
  /// the right when it runs right to left, or when `alignedRight` says (any line of a
  /// mirrored form, which starts at the box's right edge next to its label).
  func column(of caret: Int, boxWidth: Int, alignedRight: Bool = false) -> Int {
    let lead = rightToLeft || alignedRight ? max(0, boxWidth - width) : 0
    return lead + columns[max(0, min(caret, columns.count - 1))]
  }
}
