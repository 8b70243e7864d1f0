/// A message that is only a number, as a survey invitation asks for: "4", " ٤ ", "10".
/// Latin, Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits are read alike; spaces
/// around the number and invisible direction marks anywhere (a phone's keyboard adds them)
/// are allowed; anything else, a leading zero or a space inside included, is an ordinary
/// message.
public enum DigitAnswer {
  /// The number the text is: one digit, or 10 (the top of a 0–10 question).
  public static func number(in text: String) -> Int? {
    // Format characters (RLM, LRM, ALM, isolates, zero-width spaces, BOM) carry no meaning.
    let visible = text.unicodeScalars.filter { $0.properties.generalCategory != .format }
    var scalars = Substring.UnicodeScalarView(visible)[...]
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    let digits = scalars.map(digit)
    switch digits.count {
    case 1: return digits[0]
    case 2 where digits[0] == 1 && digits[1] == 0: return 10
    default: return nil
    }
  }

  private static func digit(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x660...0x669: Int(scalar.value - 0x660)
    case 0x6F0...0x6F9: Int(scalar.value - 0x6F0)
    default: nil
    }
  }
}
