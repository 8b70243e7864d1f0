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
