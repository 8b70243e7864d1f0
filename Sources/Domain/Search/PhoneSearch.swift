/// A search that reads as a phone number, as the digits the number has in E.164 (without
/// the `+`): the inbox's search text holds every case's number in E.164, so `0599 123 456`,
/// `+966599123456`, `00966599123456` and `٠٥٩٩١٢٣٤٥٦` all find `+966599123456`.
enum PhoneSearch {
  /// Fewer digits than this is a number of another kind (a case number, a year).
  static let minimumDigits = 4

  /// The E.164 digits of a whole number (normalised by `PhoneNumber`), the same for the
  /// start of one (`0599…` → `966599…`); nil when the text is not a phone number at all.
  static func digits(of text: String) -> String? {
    let trimmed = text.trimmingSpaces
    var digits = ""
    for (offset, character) in trimmed.enumerated() {
      guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first
      else { return nil }
      if let digit = DigitFolding.asciiDigit(scalar) {
        digits.unicodeScalars.append(digit)
      } else if character == "+" && offset == 0 {
        continue
      } else if !" -.()".contains(character) {
        return nil
      }
    }
    guard digits.count >= minimumDigits else { return nil }
    if digits.count >= 9, let number = PhoneNumber(trimmed) {
      return String(number.e164.dropFirst())
    }
    // Part of a number: its international prefix, or a Saudi mobile's trunk 0, as E.164
    // writes it. Other digits (`000123` of a case id) are searched as typed.
    if trimmed.hasPrefix("+") { return digits }
    if digits.hasPrefix("00"), digits.dropFirst(2).first != "0" {
      return String(digits.dropFirst(2))
    }
    if digits.hasPrefix("05") { return "966" + digits.dropFirst() }
    return nil
  }
}
