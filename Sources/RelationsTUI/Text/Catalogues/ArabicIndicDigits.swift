/// ASCII digits turned into Arabic-Indic ones (٠١٢…), for offices that prefer them.
enum ArabicIndicDigits {
  static func convert(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          (0x30...0x39).contains(scalar.value)
            ? Unicode.Scalar(scalar.value - 0x30 + 0x0660) ?? scalar : scalar
        }))
  }
}
