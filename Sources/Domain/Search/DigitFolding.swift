/// Arabic-Indic digits (٠-٩, U+0660…) and Extended Arabic-Indic digits (۰-۹, U+06F0…, used
/// in Persian and Urdu) read as the ASCII digits they are, for phone numbers and search.
enum DigitFolding {
  /// The ASCII digit a scalar stands for, or nil when it is not a digit of these scripts.
  static func asciiDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar.value {
    case 0x30...0x39: scalar
    case 0x0660...0x0669: Unicode.Scalar(scalar.value - 0x0660 + 0x30)
    case 0x06F0...0x06F9: Unicode.Scalar(scalar.value - 0x06F0 + 0x30)
    default: nil
    }
  }
}
