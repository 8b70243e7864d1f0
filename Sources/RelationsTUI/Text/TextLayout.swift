import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

/// The one place that measures and cuts text for the screen (DESIGN §9). Widths agree with
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

  /// The columns one Unicode scalar takes; control characters count as their placeholder.
  static func width(of scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x7F { return 1 }  // ASCII, and controls as their placeholder
    if isControl(scalar) { return 1 }
    _ = utf8Locale
    let columns = Int(rel_wcwidth(wchar_t(bitPattern: scalar.value)))
    return max(columns, 0)
  }

  /// The columns a grapheme takes: its base's width (later scalars are marks or joiners).
  static func width(of character: Character) -> Int {
    var total = 0
    for (index, scalar) in character.unicodeScalars.enumerated() {
      let columns = width(of: scalar)
      total = index == 0 ? columns : max(total, min(columns, 2))
    }
    return min(total, 2)
  }

  static func width(of text: String) -> Int {
    text.reduce(0) { $0 + width(of: $1) }
  }

  /// Text that came from anywhere, made safe to draw: C0 and C1 controls (and so every escape
  /// sequence, which starts with one) become visible placeholders, never bytes to the terminal.
  static func sanitize(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 {
        out.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")  // ␀ … ␟
      } else if scalar.value == 0x7F {
        out.append("\u{2421}")  // ␡
      } else if (0x80...0x9F).contains(scalar.value) {
        out.append("\u{FFFD}")
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  /// `text` sanitised, cut at a grapheme boundary to at most `columns`, with `…` when cut,
  /// and padded with spaces to exactly `columns`.
  static func fit(_ text: String, _ columns: Int) -> String {
    guard columns > 0 else { return "" }
    let safe = sanitize(text)
    var out = ""
    var used = 0
    let total = width(of: safe)
    let limit = total > columns ? columns - 1 : columns
    for character in safe {
      let columns = width(of: character)
      if used + columns > limit { break }
      out.append(character)
      used += columns
    }
    if total > columns {
      out.append("…")
      used += 1
    }
    return out + String(repeating: " ", count: max(0, columns - used))
  }
}
