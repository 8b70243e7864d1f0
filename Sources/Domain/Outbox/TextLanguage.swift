extension Language {
  /// The language a text is written in, as far as its letters tell: Arabic when it holds
  /// Arabic letters, English when it holds only Latin ones, nil when it holds no letters.
  public static func of(_ text: String) -> Language? {
    var latin = false
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF:
        return .arabic
      case 0x41...0x5A, 0x61...0x7A:
        latin = true
      default:
        continue
      }
    }
    return latin ? .english : nil
  }
}
