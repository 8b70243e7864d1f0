/// What is typed into a field, in logical order, with the caret between characters.
/// Editing works on graphemes, so Backspace never leaves half a character behind.
struct TextBuffer: Equatable, Sendable {
  private(set) var characters: [Character]
  /// 0…count: the caret stands before `characters[caret]`.
  private(set) var caret: Int

  init(_ text: String = "") {
    characters = Array(text)
    caret = characters.count
  }

  var text: String { String(characters) }
  var isEmpty: Bool { characters.isEmpty }

  mutating func insert(_ character: Character) {
    characters.insert(character, at: caret)
    caret += 1
  }

  mutating func insert(_ text: String) {
    for character in text { insert(character) }
  }

  /// Puts the caret before the character at `index` (clamped to the text).
  mutating func moveCaret(to index: Int) {
    caret = max(0, min(characters.count, index))
  }

  /// Removes the placeholder (`{{…}}`, on one line) that starts at the caret, if one does:
  /// typing at a placeholder the reply asks to fill types in its place.
  mutating func removePlaceholderAtCaret() {
    guard caret + 1 < characters.count, characters[caret] == "{", characters[caret + 1] == "{"
    else { return }
    var end = caret + 2
    while end + 1 < characters.count, characters[end] != "\n",
      !(characters[end] == "}" && characters[end + 1] == "}")
    {
      end += 1
    }
    guard end + 1 < characters.count, characters[end] == "}" else { return }
    characters.removeSubrange(caret...end + 1)
  }

  mutating func backspace() {
    guard caret > 0 else { return }
    characters.remove(at: caret - 1)
    caret -= 1
  }

  mutating func deleteForward() {
    guard caret < characters.count else { return }
    characters.remove(at: caret)
  }

  mutating func moveLeft() { caret = max(0, caret - 1) }
  mutating func moveRight() { caret = min(characters.count, caret + 1) }

  /// Left (-1) or right (+1) as the line is drawn: through right-to-left text, Left moves on
  /// through the text. A line of left-to-right text only behaves as `moveLeft`/`moveRight`.
  mutating func moveVisually(by step: Int) {
    var start = caret
    while start > 0, characters[start - 1] != "\n" { start -= 1 }
    var end = caret
    while end < characters.count, characters[end] != "\n" { end += 1 }
    let line = String(characters[start..<end])
    guard Bidi.hasRightToLeft(line) else {
      if step < 0 { moveLeft() } else { moveRight() }
      return
    }
    caret = start + CaretMap(line).move(caret - start, by: step)
  }

  /// To the start of the line the caret is on.
  mutating func moveHome() {
    while caret > 0, characters[caret - 1] != "\n" { caret -= 1 }
  }

  mutating func moveEnd() {
    while caret < characters.count, characters[caret] != "\n" { caret += 1 }
  }

  /// The same column of the previous or next line, or its end when that line is shorter.
  mutating func moveLine(by offset: Int) {
    var start = caret
    while start > 0, characters[start - 1] != "\n" { start -= 1 }
    let column = caret - start
    if offset < 0 {
      guard start > 0 else { return }
      var previous = start - 1
      while previous > 0, characters[previous - 1] != "\n" { previous -= 1 }
      caret = min(previous + column, start - 1)
    } else {
      var next = caret
      while next < characters.count, characters[next] != "\n" { next += 1 }
      guard next < characters.count else { return }
      next += 1
      var end = next
      while end < characters.count, characters[end] != "\n" { end += 1 }
      caret = min(next + column, end)
    }
  }

  mutating func replace(with text: String) {
    characters = Array(text)
    caret = characters.count
  }
}
