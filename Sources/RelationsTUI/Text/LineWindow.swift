/// The part of a field's text a box shows, found without measuring, shaping or ordering
/// the rest: a field may hold a paste of any length (or a draft from before the limits), and
/// drawing it must take time for what fits the box, not for the whole text.
///
/// The only walk over more than the box holds is the search for line breaks around the
/// caret, a comparison per character; widths, sanitising and bidi see what is shown.
enum LineWindow {
  /// The lines (as ranges of `characters`, without their line breaks) that a box of `rows`
  /// rows shows: the caret's line at the bottom once it is below the first rows, the first
  /// `rows` lines before that. Also which of them holds the caret.
  static func lines(_ characters: [Character], caret: Int, rows: Int) -> (
    lines: [Range<Int>], caretLine: Int
  ) {
    guard rows > 0 else { return ([], 0) }
    func lineEnd(from index: Int) -> Int {
      var end = index
      while end < characters.count, characters[end] != "\n" { end += 1 }
      return end
    }
    func lineStart(before index: Int) -> Int {
      var start = index
      while start > 0, characters[start - 1] != "\n" { start -= 1 }
      return start
    }
    let caret = max(0, min(caret, characters.count))
    var start = lineStart(before: caret)
    var lines = [start..<lineEnd(from: caret)]
    while lines.count < rows, start > 0 {
      let end = start - 1
      start = lineStart(before: end)
      lines.insert(start..<end, at: 0)
    }
    let caretLine = lines.count - 1
    // Near the top, the box shows the lines after the caret's as well.
    var end = lines[lines.count - 1].upperBound
    while lines.count < rows, end < characters.count {
      let next = end + 1
      end = lineEnd(from: next)
      lines.append(next..<end)
    }
    return (lines, caretLine)
  }

  /// A logical line longer than this many characters is not wrapped but scrolled around its
  /// caret: wrapping measures the line up to the caret, and a paste may be one long line.
  static let wrapLimit = 2_000

  /// `lines`, with each line of the window that fits under `wrapLimit` wrapped into rows of
  /// at most `columns - 1` cells (a cell spare for the caret), broken after a space where
  /// there is one: long template lines read whole in the editor. The caret's row is at the
  /// bottom once it is below the first rows, as in `lines`.
  static func wrapped(_ characters: [Character], caret: Int, rows: Int, columns: Int) -> (
    lines: [Range<Int>], caretLine: Int
  ) {
    let (logical, caretLogical) = lines(characters, caret: caret, rows: rows)
    guard !logical.isEmpty, columns > 2 else { return (logical, caretLogical) }
    let caret = max(0, min(caret, characters.count))
    var rowsOut: [Range<Int>] = []
    var caretRow = 0
    for (index, line) in logical.enumerated() {
      let pieces = line.count <= wrapLimit ? split(characters, line, columns: columns - 1) : [line]
      if index == caretLogical {
        // At a boundary the caret belongs to the row it starts, except at the line's end.
        let inPiece =
          pieces.firstIndex { $0.contains(caret) || ($0.upperBound == caret && $0 == pieces.last) }
          ?? pieces.count - 1
        caretRow = rowsOut.count + inPiece
      }
      rowsOut += pieces
    }
    let first = caretRow < rows ? 0 : caretRow - rows + 1
    let shown = Array(rowsOut[first..<min(rowsOut.count, first + rows)])
    return (shown, caretRow - first)
  }

  /// `line` cut into pieces of at most `columns` cells, after the last space when the piece
  /// has one.
  private static func split(_ characters: [Character], _ line: Range<Int>, columns: Int)
    -> [Range<Int>]
  {
    var pieces: [Range<Int>] = []
    var start = line.lowerBound
    var used = 0
    var lastSpace: Int?
    var index = start
    while index < line.upperBound {
      let width = TextLayout.width(of: sanitized(characters[index]))
      if used + width > columns, index > start {
        let end = lastSpace.map { $0 + 1 } ?? index
        pieces.append(start..<end)
        start = end
        index = end
        used = 0
        lastSpace = nil
        continue
      }
      if characters[index] == " " { lastSpace = index }
      used += width
      index += 1
    }
    pieces.append(start..<line.upperBound)
    return pieces
  }

  /// The beginning of a line, sanitised, long enough for `TextLayout.clip` to cut it at
  /// `columns` with its `…` exactly as it would cut the whole line.
  static func head(_ line: ArraySlice<Character>, columns: Int) -> String {
    var shown = ""
    var used = 0
    for character in line {
      let safe = sanitized(character)
      shown += safe
      used += TextLayout.width(of: safe)
      if used > columns { break }
    }
    return shown
  }

  /// The part of a line around its caret (`caret` indexes `line`'s characters): from where
  /// the caret stays in view, as much as fits with a cell to spare for the caret at the end.
  /// Returned sanitised, with the caret's index among its characters, so the caret map of
  /// exactly this text says where the caret is drawn.
  static func aroundCaret(_ line: ArraySlice<Character>, caret: Int, columns: Int) -> (
    text: String, caret: Int, caretWidth: Int
  ) {
    let caret = max(line.startIndex, min(caret, line.endIndex))
    var start = caret
    var used = 0
    while start > line.startIndex {
      let width = TextLayout.width(of: sanitized(line[start - 1]))
      if used + width > columns - 2 { break }
      used += width
      start -= 1
    }
    var before = ""
    for character in line[start..<caret] { before += sanitized(character) }
    var text = before
    var end = caret
    used = TextLayout.width(of: before)
    while end < line.endIndex {
      let safe = sanitized(line[end])
      let width = TextLayout.width(of: safe)
      if used + width > columns - 1 { break }
      text += safe
      used += width
      end += 1
    }
    return (text, before.count, TextLayout.width(of: before))
  }

  /// One character as it is drawn: itself, or its visible placeholders.
  private static func sanitized(_ character: Character) -> String {
    TextLayout.sanitize(String(character))
  }
}
