import Domain

/// The interface's words in the desk's language. Each call site gives the English and the
/// Arabic side by side (`text("Inbox", "الوارد")`), both written for this project, so a
/// screen's two languages are read and changed together and cannot drift apart.
struct UIText: Sendable, Equatable {
  let language: Language
  /// Arabic-Indic digits (٠١٢…) in the interface's numbers, for offices that prefer them.
  var arabicDigits = false

  init(language: Language, arabicDigits: Bool = false) {
    self.language = language
    self.arabicDigits = arabicDigits
  }

  var isArabic: Bool { language == .arabic }

  func callAsFunction(_ english: String, _ arabic: String) -> String {
    language == .arabic ? arabic : english
  }

  func callAsFunction(_ text: LocalizedText) -> String {
    text.text(in: language)
  }

  /// A number as the interface writes it.
  func number(_ value: Int) -> String {
    digits(String(value))
  }

  /// ASCII digits turned into Arabic-Indic ones when the office asks for them.
  func digits(_ text: String) -> String {
    guard arabicDigits, isArabic else { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          (0x30...0x39).contains(scalar.value)
            ? Unicode.Scalar(scalar.value - 0x30 + 0x0660) ?? scalar : scalar
        }))
  }
}
