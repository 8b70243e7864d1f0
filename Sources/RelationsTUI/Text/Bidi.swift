import CFriBidi

/// Right-to-left text on screen (ARCHITECTURE.md): each field's text is shaped to Arabic
/// presentation forms and put in visual order by FriBidi, one line of one field at a time,
/// so nothing is reordered across a pane or a field. Logical order stays in memory and on
/// disk; only what is drawn is visual.
enum Bidi {
  /// Who puts right-to-left text in visual order.
  enum Mode: String, CaseIterable, Sendable {
    /// Relations does, and tells a bidi-capable terminal not to (`CSI 8 l`).
    case app
    /// The terminal does (VTE, Konsole, mlterm in implicit mode); Relations sends logical text.
    case terminal
    /// Nobody: logical order, for debugging or a terminal that garbles either way.
    case off
  }

  /// Set once at start, before the first frame is drawn and before any other thread runs.
  nonisolated(unsafe) static var mode = Mode.app

  /// Whether `text` holds a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko and
  /// their presentation forms); text without one is drawn as it is.
  static func hasRightToLeft(_ text: String) -> Bool {
    text.unicodeScalars.contains { scalar in
      switch scalar.value {
      case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF:
        true
      default: false
      }
    }
  }

  /// `text` as a unit of its own inside a line of the other direction (first-strong
  /// isolate): a name in "From: NAME +9665…" keeps the phone number after it reading right.
  static func isolate(_ text: String) -> String {
    hasRightToLeft(text) ? unit(text) : text
  }

  /// `text` isolated whatever its script: a Latin name in an Arabic line, so the count after
  /// it does not join its run ("معروف: Ayesha · ٤ حالات").
  static func unit(_ text: String) -> String {
    "\u{2068}" + text + "\u{2069}"
  }

  /// `text` kept left to right inside a line of either direction (left-to-right isolate):
  /// a date like 2026-11-25 or a phone number like +966…, which Arabic around them would
  /// otherwise split at their dashes and plus sign.
  static func leftToRight(_ text: String) -> String {
    "\u{2066}" + text + "\u{2069}"
  }

  /// Characters that only steer the algorithm and take no column: the isolates and marks,
  /// and the U+FEFF FriBidi leaves where a lam-alef ligature swallowed the alef.
  static func isInvisible(_ value: FriBidiChar) -> Bool {
    switch value {
    case 0xFEFF, 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// A line's base direction.
  enum Direction: Sendable {
    /// The interface's own (left to right in English): labels with names and text inside.
    case interface
    /// From the text's first strong letter: what people wrote (subjects, names, messages).
    case content
  }

  /// A paragraph's base direction for the algorithm.
  enum Base: Sendable {
    case leftToRight, rightToLeft
    /// From the first strong letter.
    case auto
  }

  /// One line (no line breaks) in visual order and shaped, and whether its direction turned
  /// out right to left (then it is aligned to the right of its box).
  static func visual(_ line: String, direction: Direction = .content) -> (
    text: String, rightToLeft: Bool
  ) {
    visual(line, base: direction == .content ? .auto : .leftToRight)
  }

  static func visual(_ line: String, base: Base) -> (text: String, rightToLeft: Bool) {
    let logical = line.unicodeScalars.map { FriBidiChar($0.value) }
    guard !logical.isEmpty else { return (line, false) }
    var input = logical
    var output = [FriBidiChar](repeating: 0, count: logical.count)
    var direction =
      switch base {
      case .leftToRight: rel_fribidi_par_ltr()
      case .rightToLeft: rel_fribidi_par_rtl()
      case .auto: rel_fribidi_par_on()
      }
    let level = fribidi_log2vis(
      &input, FriBidiStrIndex(logical.count), &direction, &output, nil, nil, nil)
    guard level > 0 else { return (line, false) }
    var scalars = String.UnicodeScalarView()
    for value in output where !isInvisible(value) {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    return (String(scalars), direction == rel_fribidi_par_rtl())
  }
}
