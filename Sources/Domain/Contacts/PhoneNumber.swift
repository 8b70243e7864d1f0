/// A phone number normalised to E.164 (`+9665XXXXXXXX`), so that one person is recognised
/// whichever way the number was written (CONTRACTS.md).
///
/// Accepted: Saudi forms `05XXXXXXXX`, `5XXXXXXXX`, `9665…`, `+9665…`, `009665…`, Saudi
/// landlines `0XX…`, any international number written with `+` or `00`; spaces, dashes,
/// dots, parentheses and Arabic-Indic digits (٠-٩, ۰-۹) anywhere.
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
  /// `+` and 8 to 15 digits.
  public let e164: String

  /// Why a text is not a phone number, as one sentence for the intake form.
  public enum Problem: Error, Equatable, Sendable {
    case empty
    case invalidCharacter(Character)
    case wrongLength(digits: Int)
    case notASaudiNumber

    public var message: String {
      switch self {
      case .empty: "Type a phone number."
      case .invalidCharacter(let character):
        "\"\(character)\" does not belong in a phone number; use digits, spaces, dashes and a leading +."
      case .wrongLength(let digits):
        "A phone number has 8 to 15 digits with its country code; this has \(digits)."
      case .notASaudiNumber:
        "A Saudi number has 9 digits after 966 (mobiles start with 5, e.g. 05XXXXXXXX)."
      }
    }
  }

  public init(e164: String) {
    self.e164 = e164
  }

  /// Normalises `text`, or says what is wrong with it.
  public static func parse(_ text: String) -> Result<PhoneNumber, Problem> {
    var digits = ""
    var international = false
    var seenDigit = false
    for character in text {
      guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else {
        return .failure(.invalidCharacter(character))
      }
      if let digit = DigitFolding.asciiDigit(scalar) {
        digits.unicodeScalars.append(digit)
        seenDigit = true
      } else if character == "+" && !seenDigit && !international {
        international = true
      } else if " -.()\u{00A0}\u{200E}\u{200F}\t".contains(character) {
        continue
      } else {
        return .failure(.invalidCharacter(character))
      }
    }
    guard !digits.isEmpty else { return .failure(.empty) }
    if !international && digits.hasPrefix("00") {
      international = true
      digits.removeFirst(2)
    }
    // Without a country code the number is Saudi: 05… and 01… drop their trunk 0.
    if !international && !(digits.hasPrefix("966") && digits.count == 12) {
      digits = "966" + (digits.hasPrefix("0") ? digits.dropFirst() : Substring(digits))
    }
    if digits.hasPrefix("966") && digits.count != 12 {
      return .failure(
        digits.count < 8 || digits.count > 15
          ? .wrongLength(digits: digits.count) : .notASaudiNumber)
    }
    guard (8...15).contains(digits.count) else {
      return .failure(.wrongLength(digits: digits.count))
    }
    return .success(PhoneNumber(e164: "+" + digits))
  }

  /// The normalised number, or nil when `text` is not one.
  public init?(_ text: String) {
    guard case .success(let number) = Self.parse(text) else { return nil }
    self = number
  }

  /// Whether this is a Saudi mobile number (+9665…).
  public var isSaudiMobile: Bool { e164.hasPrefix("+9665") && e164.count == 13 }

  /// For display: `+966 5X XXX XXXX` for Saudi numbers, E.164 otherwise.
  public var formatted: String {
    guard e164.hasPrefix("+966"), e164.count == 13 else { return e164 }
    let national = Array(e164.dropFirst(4))
    return "+966 \(String(national[0..<2])) \(String(national[2..<5])) \(String(national[5..<9]))"
  }

  public var description: String { e164 }
}
