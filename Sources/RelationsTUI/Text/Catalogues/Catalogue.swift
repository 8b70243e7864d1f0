import Domain

/// The interface's words in one language: every phrase of every area turned into words,
/// and the language's plural rule. `English` and `Arabic` implement it with exhaustive
/// switches, so the compiler proves that each language says every phrase; a new language
/// is one new file that conforms, and one line in `UIText.catalogue`.
protocol Catalogue: Sendable {
  /// Which form a counted noun takes for `count` in this language.
  func plural(_ count: Int) -> PluralCategory
  /// ASCII digits as this language writes them (Arabic-Indic when the office asks).
  func digits(_ text: String) -> String
  /// Office data given in both languages (program names, survey titles): the side this
  /// language reads, or the other when that side is empty.
  func words(_ text: LocalizedText) -> String
  func words(_ phrase: FormPhrase) -> String
  func words(_ phrase: VocabularyPhrase) -> String
  func words(_ phrase: CountPhrase) -> String
  func words(_ phrase: OfficePhrase) -> String
  func words(_ phrase: ReportPhrase) -> String
  func words(_ phrase: DatePhrase) -> String
  func words(_ phrase: InboxPhrase) -> String
  func words(_ phrase: ScreenPhrase) -> String
  func words(_ phrase: SurveysPhrase) -> String
  func words(_ phrase: DeskPhrase) -> String
  func words(_ phrase: KeyPhrase) -> String
  func words(_ phrase: FindPhrase) -> String
  func words(_ phrase: GuidePhrase) -> String
  func words(_ phrase: FieldPhrase) -> String
  func words(_ phrase: AttachmentPhrase) -> String
  func words(_ phrase: OutboxPhrase) -> String
  func words(_ phrase: IntakePhrase) -> String
}

extension Catalogue {
  func words(_ phrase: Phrase) -> String {
    switch phrase {
    case .form(let phrase): words(phrase)
    case .vocabulary(let phrase): words(phrase)
    case .count(let phrase): words(phrase)
    case .office(let phrase): words(phrase)
    case .report(let phrase): words(phrase)
    case .date(let phrase): words(phrase)
    case .inbox(let phrase): words(phrase)
    case .screen(let phrase): words(phrase)
    case .surveys(let phrase): words(phrase)
    case .desk(let phrase): words(phrase)
    case .key(let phrase): words(phrase)
    case .find(let phrase): words(phrase)
    case .guide(let phrase): words(phrase)
    case .field(let phrase): words(phrase)
    case .attachment(let phrase): words(phrase)
    case .outbox(let phrase): words(phrase)
    case .intake(let phrase): words(phrase)
    case .localized(let text): words(text)
    case .plain(let text): text
    }
  }

  /// How a requester was told, as stored ("phone call"), in this language's words; a means
  /// typed by hand in an older office stays as it was written.
  func meansWords(_ stored: String) -> String {
    CaseAction.NotificationMeans(rawValue: stored).map { words(FormPhrase.notification($0)) }
      ?? stored
  }

  /// A number in this language's digits.
  func number(_ value: Int) -> String {
    digits(String(value))
  }
}
