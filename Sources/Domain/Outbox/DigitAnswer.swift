/// A message that is only a number, as a survey invitation asks for: "4", " ٤ ", "10".
/// Latin, Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits are read alike; spaces
/// around are allowed; anything else is an ordinary message.
public enum DigitAnswer {
  /// The number the text is, when it is one or two digits and nothing else.
  public static func number(in text: String) -> Int? {
    let trimmed = text.unicodeScalars.filter {
      !$0.properties.isWhitespace && $0 != "\u{200F}" && $0 != "\u{200E}"
    }
    guard (1...2).contains(trimmed.count) else { return nil }
    var value = 0
    for scalar in trimmed {
      guard let digit = digit(scalar) else { return nil }
      value = value * 10 + digit
    }
    return value
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
