/// Text folded for Arabic-aware matching (DESIGN §4): the letter variants people type
/// interchangeably become one (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), harakat and tatweel
/// disappear, Arabic-Indic digits become ASCII digits, Latin letters lower case.
///
/// Folding is idempotent: a folded text folds to itself, so keys can be stored and compared.
public struct SearchKey: Sendable, Hashable, CustomStringConvertible {
  public let folded: String

  public init(_ text: String) {
    folded = Self.fold(text)
  }

  public var description: String { folded }

  /// Whether every word of `query` occurs in this text (in any order).
  public func matches(_ query: SearchKey) -> Bool {
    let words = query.folded.split(separator: " ")
    return words.allSatisfy { folded.contains($0) }
  }

  static func fold(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var lastWasSpace = true
    for scalar in text.unicodeScalars {
      if isMark(scalar) || scalar.value == 0x0640 { continue }  // harakat, Quranic marks, tatweel
      if scalar.properties.isWhitespace {
        if !lastWasSpace { out.append(" ") }
        lastWasSpace = true
        continue
      }
      lastWasSpace = false
      if let digit = DigitFolding.asciiDigit(scalar) {
        out.append(digit)
        continue
      }
      switch scalar.value {
      case 0x0623, 0x0625, 0x0622, 0x0671: out.append("\u{0627}")  // أ إ آ ٱ → ا
      case 0x0629: out.append("\u{0647}")  // ة → ه
      case 0x0649, 0x0626: out.append("\u{064A}")  // ى ئ → ي
      case 0x0624: out.append("\u{0648}")  // ؤ → و
      case 0x41...0x5A: out.append(Unicode.Scalar(scalar.value + 0x20) ?? scalar)
      default:
        // Arabic and most scripts have no case: only letters that change are lowered, which
        // keeps folding off the slow String path for nearly every character.
        if scalar.value < 0x80 || !scalar.properties.changesWhenLowercased {
          out.append(scalar)
        } else {
          out.append(contentsOf: String(scalar).lowercased().unicodeScalars)
        }
      }
    }
    if out.last == " " { out.removeLast() }
    return String(out)
  }

  /// Arabic harakat (U+064B–U+065F), superscript alef (U+0670) and Quranic annotation marks.
  private static func isMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x064B...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06DC, 0x06DF...0x06E8,
      0x06EA...0x06ED:
      true
    default: false
    }
  }
}
