/// A number with the noun it counts: each catalogue picks the noun's form by the number's
/// plural category (`PluralCategory`), so `1 case`, `2 cases`, and in Arabic `حالة واحدة`,
/// `حالتان`, `3 حالات`, `11 حالة`.
enum CountPhrase: Equatable, Sendable {
  case cases(Int)
  /// Cases a person brought before, as the intake form counts them.
  case earlierCases(Int)
  case responses(Int)
  case characters(Int)
  case days(Int)
  case bytes(Int)
  /// Events in a case's timeline.
  case events(Int)
  /// Periods of a survey period's length: weeks, months, quarters, years.
  case periods(Int, SurveyPeriod.Length)
}
