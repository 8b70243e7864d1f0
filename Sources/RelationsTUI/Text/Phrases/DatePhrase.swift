import Domain

/// Dates as each language writes them: names of days and months, and the order of the
/// parts. Months and weekdays are counted from 1 (as
/// `Calendar` gives them).
enum DatePhrase: Equatable, Sendable {
  /// The unit an age is counted in (`3 hours`, `2 weeks`).
  enum Unit: Equatable, Sendable, CaseIterable {
    case minutes, hours, days, weeks
  }

  /// `Wed 25 Nov 2026`
  case day(weekday: Int, day: Int, month: Int, year: Int)
  /// A survey period as people name it: `Nov 2026`, `2026`, `1 Oct – 31 Dec 2026`; short,
  /// for an axis: `Nov 2026`, `2026`, `Q4 2026`, `23 Nov`.
  case period(start: CivilDate, end: CivilDate, length: SurveyPeriod.Length, short: Bool)
  /// `15 Jumada II 1448 AH`
  case hijriDay(day: Int, month: Int, year: Int)
  /// Both calendars, the one the language's readers use first.
  indirect case both(gregorian: DatePhrase, hijri: DatePhrase)
  /// `26 Nov`, the year only when it is not this year: a day in a list or a sentence.
  case shortDay(day: Int, month: Int, year: Int?)
  /// `25 Nov 10:42`, the year only when it is not this year.
  case moment(day: Int, month: Int, year: Int?, hour: Int, minute: Int)
}
