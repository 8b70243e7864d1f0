import CNcurses
import Glibc

/// The one place that measures and cuts text for the screen (ARCHITECTURE.md). Widths agree with
/// ncursesw's `wcwidth`: wide CJK take 2 columns, combining marks and harakat take 0.
/// Clipping never splits a grapheme.
enum TextLayout {
  /// `wcwidth` answers -1 for every non-ASCII character under the C locale, so the character
  /// type must be UTF-8 before anything is measured: the user's, else C.UTF-8.
  private static let utf8Locale: Bool = {
    let current = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? ""
    if current.uppercased().contains("UTF-8") || current.uppercased().contains("UTF8") {
      return true
    }
    return setlocale(LC_CTYPE, "C.UTF-8") != nil
  }()

  /// The columns one Unicode scalar takes; controls and tags count as their placeholder.
  static func width(of scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x7F { return 1 }  // ASCII, and controls as their placeholder
    if needsPlaceholder(scalar) { return 1 }
    _ = utf8Locale
    let columns = Int(rel_wcwidth(wchar_t(bitPattern: scalar.value)))
    return max(columns, 0)
  }

  /// The columns a grapheme takes: its base's width (later scalars are marks or joiners).
  /// The columns a grapheme takes: the sum of its scalars' widths, as ncursesw advances by
  /// them (a Bengali consonant with a spacing vowel sign takes two, harakat and joiners none).
  static func width(of character: Character) -> Int {
    character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
  }

  /// A grapheme cut into what one screen cell (or a wide pair) holds: a character that takes
  /// columns, with the zero-width marks after it. ncursesw takes no more than that per cell.
  static func cells(of character: Character) -> [(text: Character, columns: Int)] {
    var cells: [(String.UnicodeScalarView, Int)] = []
    for scalar in character.unicodeScalars {
      let columns = width(of: scalar)
      if columns > 0 || cells.isEmpty {
        cells.append((String.UnicodeScalarView([scalar]), columns))
      } else {
        cells[cells.count - 1].0.append(scalar)
      }
    }
    return cells.map { (Character(String($0.0)), $0.1) }
  }

  static func width(of text: String) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
  }

  /// Text that came from anywhere, made safe to draw: C0 and C1 controls (and so every escape
  /// sequence, which starts with one) become visible placeholders, never bytes to the terminal,
  /// and so do tag characters (U+E0000–U+E007F), which are invisible and ride along with the
  /// character before them into its cell: text hidden in them is shown as `�`, one per tag.
  ///
  /// Embeddings and overrides (U+202A–U+202E) are dropped: Relations never writes them, and
  /// from outside they would turn text around on screen (a reversed number, a name that
  /// reads as another). Isolates, marks and variation selectors stay: FriBidi reads the
  /// first two and the grid drops them (they take no column), the last choose how an emoji
  /// looks.
  static func sanitize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { needsPlaceholder($0) || isOverride($0) }) else {
      return text
    }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isOverride(scalar) {
        continue
      } else if scalar.value < 0x20 {
        out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")  // ␀ … ␟
      } else if scalar.value == 0x7F {
        out.append("\u{2421}")  // ␡
      } else if needsPlaceholder(scalar) {
        out.append("\u{FFFD}")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// A scalar that is never drawn as it is: a control or a tag character.
  static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
    isControl(scalar) || isTag(scalar)
  }

  /// The explicit embeddings and overrides LRE, RLE, PDF, LRO, RLO.
  static func isOverride(_ scalar: Unicode.Scalar) -> Bool {
    (0x202A...0x202E).contains(scalar.value)
  }

  /// The tag characters (U+E0000–U+E007F): invisible copies of ASCII, used to hide text.
  static func isTag(_ scalar: Unicode.Scalar) -> Bool {
    (0xE0000...0xE007F).contains(scalar.value)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// `text` sanitised and cut at a grapheme boundary to at most `columns`, ending in `…`
  /// when cut: the characters with their widths, and the columns they take.
  static func clip(_ text: String, _ columns: Int) -> (characters: [(Character, Int)], columns: Int)
  {
    guard columns > 0 else { return ([], 0) }
    var out: [(Character, Int)] = []
    var used = 0
    var cut = false
    // Sanitised as it is walked, so a long text costs what fits, not its whole length.
    walk: for raw in text {
      for character in sanitize(String(raw)) {
        let width = width(of: character)
        if used + width > columns {
          cut = true
          break walk
        }
        out.append((character, width))
        used += width
      }
    }
    guard cut else { return (out, used) }
    while used + 1 > columns, let last = out.popLast() { used -= last.1 }
    out.append(("…", 1))
    // The `…` has no direction of its own: a mark after it gives it the direction of the
    // text it ends, so it is drawn where that text was cut (on the left of cut Arabic, on
    // the right of cut English) whatever the line around it runs.
    if let mark = endMark(out.lazy.map(\.0)) { out.append((mark, 0)) }
    return (out, used + 1)
  }

  /// A left-to-right or right-to-left mark matching the last strong letter of `characters`,
  /// or nil when they hold none (digits and punctuation take the line's direction).
  static func endMark<C: BidirectionalCollection>(_ characters: C) -> Character?
  where C.Element == Character {
    for character in characters.reversed() {
      for scalar in character.unicodeScalars.reversed() {
        if Bidi.hasRightToLeft(String(scalar)) { return "\u{200F}" }
        if scalar.properties.isAlphabetic { return "\u{200E}" }
      }
    }
    return nil
  }

  /// The beginning of `text` that `clip` and `wrap` need to cut it at `columns` exactly as
  /// they would cut all of it: whole characters, up to the first that goes past `columns`
  /// (or all the text when it fits). A one-line cell draws this, not a megabyte.
  static func head(_ text: String, columns: Int) -> Substring {
    var used = 0
    var end = text.startIndex
    while end < text.endIndex, used <= columns {
      used += width(of: text[end])
      text.formIndex(after: &end)
    }
    return text[..<end]
  }

  /// `text` sanitised, cut at a grapheme boundary to at most `columns`, with `…` when cut,
  /// and padded with spaces to exactly `columns`.
  static func fit(_ text: String, _ columns: Int) -> String {
    let clipped = clip(text, columns)
    return String(clipped.characters.map(\.0))
      + String(repeating: " ", count: max(0, columns - clipped.columns))
  }

  /// `text` broken into lines of at most `columns`: at its own line breaks, then between
  /// words, and inside a word only when the word alone is wider than a line. With `limit`,
  /// only the first `limit` lines, and the text is read no further than they reach: the first
  /// screen of a megabyte costs what the screen shows.
  static func wrap(_ text: String, _ columns: Int, lines limit: Int = .max) -> [String] {
    guard columns > 0, limit > 0 else { return [] }
    var breaker = LineBreaker(columns: columns)
    for character in text {
      if character == "\n" {
        breaker.endParagraph()
      } else if character.unicodeScalars.contains(where: needsPlaceholder) {
        for safe in sanitize(String(character)) { breaker.add(safe) }
      } else {
        breaker.add(character)
      }
      if breaker.lines.count >= limit { return Array(breaker.lines.prefix(limit)) }
    }
    breaker.endParagraph()
    return Array(breaker.lines.prefix(limit))
  }
}
