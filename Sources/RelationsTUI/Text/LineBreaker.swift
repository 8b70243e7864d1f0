/// Breaks text into lines while it is read, one character at a time, so that a caller who
/// needs only the first lines stops reading once it has them: a megabyte in one word costs
/// what the lines asked for hold, not the megabyte (`TextLayout.wrap`).
///
/// Lines break between words, and inside a word only when the word alone is wider than a
/// line: then it is cut at the width and its rest starts the next line.
struct LineBreaker {
  let columns: Int
  /// The lines finished so far.
  private(set) var lines: [String] = []
  /// The line being filled, and the columns it takes.
  private var line = ""
  private var used = 0
  /// The word being read: where it goes depends on its width, so it is placed at its end, or
  /// earlier once it is known not to fit after what the line holds.
  private var word: [(character: Character, width: Int)] = []
  private var wordWidth = 0

  init(columns: Int) {
    self.columns = max(1, columns)
  }

  /// Reads one character, sanitised, that is not a line break.
  mutating func add(_ character: Character) {
    if character == " " {
      endWord()
      return
    }
    let width = TextLayout.width(of: character)
    word.append((character, width))
    wordWidth += width
    let gap = line.isEmpty ? 0 : 1
    guard used + gap + wordWidth > columns else { return }
    // Too wide to follow what the line holds, whatever comes next: it starts a line...
    if !line.isEmpty { finishLine() }
    // ...and while it is wider than a whole line, that line is a full piece of it.
    while wordWidth > columns { cutPiece() }
  }

  /// Ends the paragraph: its last line is finished, even when empty.
  mutating func endParagraph() {
    endWord()
    finishLine()
  }

  private mutating func endWord() {
    let gap = line.isEmpty ? 0 : 1
    if used + gap + wordWidth > columns {
      // Only an empty word (a second space) after a full line gets here: it starts a line.
      finishLine()
    } else if gap == 1 {
      line.append(" ")
      used += 1
    }
    for (character, _) in word { line.append(character) }
    used += wordWidth
    word.removeAll(keepingCapacity: true)
    wordWidth = 0
  }

  private mutating func finishLine() {
    lines.append(line)
    line = ""
    used = 0
  }

  /// The longest beginning of the word that fits a line becomes a line of its own; a single
  /// character wider than a line (a wide one in one column) is a line by itself.
  private mutating func cutPiece() {
    var count = 0
    var width = 0
    while count < word.count, width + word[count].width <= columns {
      width += word[count].width
      count += 1
    }
    count = max(1, count)
    if count == 1 { width = word[0].width }
    lines.append(String(word[..<count].map(\.character)))
    word.removeFirst(count)
    wordWidth -= width
  }
}
