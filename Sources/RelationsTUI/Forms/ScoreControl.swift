/// The one score control of every form (the visitor's satisfaction, a survey's ratings and
/// its 0–10 question): it starts unanswered, a digit chooses (ASCII or Arabic-Indic), ← →
/// step without wrapping round, and Backspace takes the answer back. Nothing here saves:
/// Enter or Ctrl-S confirm, as in every form.
enum ScoreControl {
  /// What a key did to a score.
  enum Outcome: Equatable, Sendable {
    /// The score is now this (nil: unanswered).
    case set(Int?)
    /// A digit that is not on the scale: the field says what to type instead.
    case offScale
    /// Not a key of the control (or an arrow at the end of the scale).
    case ignored
  }

  /// The digit a character stands for: `0`–`9`, `٠`–`٩` (Arabic-Indic) or `۰`–`۹` (the
  /// Persian and Urdu forms), since the desk's keyboards type any of them.
  static func digit(_ character: Character) -> Int? {
    guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first
    else { return nil }
    for zero in [0x30, 0x660, 0x6F0] where (zero...zero + 9).contains(Int(scalar.value)) {
      return Int(scalar.value) - zero
    }
    return nil
  }

  static func apply(_ key: KeyPress, to score: Int?, on scale: ClosedRange<Int>) -> Outcome {
    switch key {
    case .character(let character):
      guard let digit = digit(character) else { return .ignored }
      // A second digit after a first makes a two-digit score where the scale has one
      // (1 then 0 is 10 on a 0–10 scale); otherwise each digit is a score of its own.
      if let score, score > 0, scale.contains(score * 10 + digit) {
        return .set(score * 10 + digit)
      }
      return scale.contains(digit) ? .set(digit) : .offScale
    case .right:
      guard let score else { return .set(scale.lowerBound) }
      return score < scale.upperBound ? .set(score + 1) : .ignored
    case .left:
      guard let score, score > scale.lowerBound else { return .ignored }
      return .set(score - 1)
    case .backspace, .delete:
      return score == nil ? .ignored : .set(nil)
    default:
      return .ignored
    }
  }
}
