import Domain

/// Turns phrases into the words of the desk's language: `text(.form(.keys))` asks the
/// catalogue of `language` (`English`, `Arabic`), so the words of every phrase live in one
/// file per language and state holds phrases, not words.
struct UIText: Sendable, Equatable {
  let language: Language
  /// Arabic-Indic digits (٠١٢…) in the interface's numbers, for offices that prefer them.
  var arabicDigits = false

  init(language: Language, arabicDigits: Bool = false) {
    self.language = language
    self.arabicDigits = arabicDigits
  }

  var isArabic: Bool { language == .arabic }

  /// The catalogue of the desk's language: a new language is one more case here.
  var catalogue: any Catalogue {
    switch language {
    case .english: English()
    case .arabic: Arabic(indicDigits: arabicDigits)
    }
  }

  func callAsFunction(_ phrase: Phrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: FormPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: VocabularyPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: CountPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: OfficePhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: ReportPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: DatePhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: InboxPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: ScreenPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: SurveysPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: DeskPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: KeyPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: FindPhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: GuidePhrase) -> String { catalogue.words(phrase) }
  func callAsFunction(_ phrase: FieldPhrase) -> String { catalogue.words(phrase) }

  /// Office data given in both languages, in the desk's.
  func callAsFunction(_ text: LocalizedText) -> String { catalogue.words(text) }

  /// A number as the interface writes it.
  func number(_ value: Int) -> String {
    catalogue.number(value)
  }

  /// ASCII digits turned into Arabic-Indic ones when the office asks for them.
  func digits(_ text: String) -> String {
    catalogue.digits(text)
  }
}
