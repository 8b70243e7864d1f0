/// Text folded for Arabic-aware matching (CONTRACTS.md): the letter variants people type
/// interchangeably become one (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), and so do the Urdu
/// and Persian letters a keyboard of those languages gives for Arabic ones (ک ګ → ك,
/// ی ې ے → ي, ہ ۀ ھ ە → ه); harakat and tatweel disappear, Arabic-Indic digits become ASCII
/// digits, Latin letters lower case.
///
/// Folding is idempotent: a folded text folds to itself, so keys can be stored and compared.
public struct SearchKey: Sendable, Hashable, CustomStringConvertible {
  public let folded: String

  public init(_ text: String) {
    folded = Self.fold(text)
  }

  public var description: String { folded }

  /// A search as typed, folded; one that reads as a phone number (`0599…`, `+966…`,
  /// `00966…`, in any digits, with spaces or dashes) becomes the digits of its E.164 form,
  /// so it finds the number whichever way the case wrote it.
  public init(query text: String) {
    self.init(PhoneSearch.digits(of: text) ?? text)
  }

  /// Whether every word of `query` occurs in this text (in any order).
  public func matches(_ query: SearchKey) -> Bool {
    let words = query.folded.split(separator: " ")
    return words.allSatisfy { folded.contains($0) }
  }

  static func fold(_ text: String) -> String {
    String(decoding: foldedUTF8(text), as: UTF8.self)
  }

  /// The folded text as UTF-8, built byte by byte: the inbox folds every case of the office
  /// when it opens, so the common scripts (ASCII, Arabic) never reach Unicode property tables.
  static func foldedUTF8(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    var lastWasSpace = true
    func append(_ scalar: Unicode.Scalar) {
      lastWasSpace = false
      let value = scalar.value
      switch value {
      case 0..<0x80:
        out.append(UInt8(value))
      case 0x80..<0x800:
        out.append(UInt8(0xC0 | (value >> 6)))
        out.append(UInt8(0x80 | (value & 0x3F)))
      case 0x800..<0x10000:
        out.append(UInt8(0xE0 | (value >> 12)))
        out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (value & 0x3F)))
      default:
        out.append(UInt8(0xF0 | (value >> 18)))
        out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
        out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
        out.append(UInt8(0x80 | (value & 0x3F)))
      }
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if isMark(scalar) || value == 0x0640 { continue }  // harakat, Quranic marks, tatweel
      if isWhitespace(scalar) {
        if !lastWasSpace { out.append(0x20) }
        lastWasSpace = true
        continue
      }
      if let digit = DigitFolding.asciiDigit(scalar) {
        append(digit)
        continue
      }
      switch value {
      case 0x0623, 0x0625, 0x0622, 0x0671: append("\u{0627}")  // أ إ آ ٱ → ا
      case 0x0629: append("\u{0647}")  // ة → ه
      case 0x0649, 0x0626: append("\u{064A}")  // ى ئ → ي
      case 0x0624: append("\u{0648}")  // ؤ → و
      // Urdu and Persian keyboards type these for the Arabic letters they look like.
      case 0x06A9, 0x06AB: append("\u{0643}")  // ک ګ → ك
      case 0x06CC, 0x06D0, 0x06D2: append("\u{064A}")  // ی ې ے → ي
      case 0x06C1, 0x06C0, 0x06BE, 0x06D5: append("\u{0647}")  // ہ ۀ ھ ە → ه
      case 0x41...0x5A: append(Unicode.Scalar(value + 0x20) ?? scalar)
      case 0..<0x80, 0x0600...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
        // ASCII and the Arabic blocks have no case to fold.
        append(scalar)
      default:
        if !scalar.properties.changesWhenLowercased {
          append(scalar)
        } else {
          for lowered in String(scalar).lowercased().unicodeScalars { append(lowered) }
        }
      }
    }
    if out.last == 0x20 { out.removeLast() }
    return out
  }

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20, 0x09...0x0D: true
    case 0..<0x80, 0x0600...0x06FF: false
    default: scalar.properties.isWhitespace
    }
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
