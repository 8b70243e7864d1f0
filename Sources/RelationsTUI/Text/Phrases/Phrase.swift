import Domain

/// Interface text as a value: what is to be said, not yet in any language. State holds
/// phrases (a form's title, labels, choices and problems); the view turns them into words
/// with `UIText`, which asks the catalogue of the desk's language (`Catalogue`).
enum Phrase: Equatable, Sendable {
  case form(FormPhrase)
  case vocabulary(VocabularyPhrase)
  case count(CountPhrase)
  case office(OfficePhrase)
  case report(ReportPhrase)
  case date(DatePhrase)
  case inbox(InboxPhrase)
  case screen(ScreenPhrase)
  case surveys(SurveysPhrase)
  case desk(DeskPhrase)
  case key(KeyPhrase)
  case find(FindPhrase)
  case guide(GuidePhrase)
  case field(FieldPhrase)
  case attachment(AttachmentPhrase)
  case outbox(OutboxPhrase)
  case intake(IntakePhrase)
  /// Office data given in both languages (a program's name, a survey's title or question).
  case localized(LocalizedText)
  /// Data that is never translated: names, ids, what someone typed.
  case plain(String)
}
