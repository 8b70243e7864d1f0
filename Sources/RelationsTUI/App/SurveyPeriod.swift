import Domain
import Foundation

/// The stretch of days the surveys screen reports on: a week (Sunday to Saturday, the
/// office's week), a month, a quarter or a year, stepped with ← and →.
struct SurveyPeriod: Equatable, Sendable {
  enum Length: String, CaseIterable, Sendable {
    case week, month, quarter, year

    func title(_ text: UIText) -> String {
      text(.periodLength(self))
    }
  }

  var length: Length
  /// The first day, in the office's time zone.
  var start: CivilDate

  /// The period of `length` that holds `date`.
  static func containing(_ date: Date, length: Length, timeZone: TimeZone) -> SurveyPeriod {
    let calendar = Self.calendar(timeZone)
    let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
    let year = parts.year ?? 2026
    let month = parts.month ?? 1
    switch length {
    case .week:
      let back = (parts.weekday ?? 1) - 1  // days since Sunday
      let sunday = calendar.date(byAdding: .day, value: -back, to: date) ?? date
      return SurveyPeriod(length: .week, start: civil(sunday, calendar))
    case .month:
      return SurveyPeriod(length: .month, start: CivilDate(year: year, month: month, day: 1))
    case .quarter:
      return SurveyPeriod(
        length: .quarter, start: CivilDate(year: year, month: (month - 1) / 3 * 3 + 1, day: 1))
    case .year: return SurveyPeriod(length: .year, start: CivilDate(year: year, month: 1, day: 1))
    }
  }

  /// Whether `date` falls in the period, by the office's calendar day.
  func contains(_ date: Date, timeZone: TimeZone) -> Bool {
    let day = Self.civil(date, Self.calendar(timeZone))
    return start <= day && day <= end(timeZone)
  }

  /// The period of another length: the one holding `now` when this one holds it, so that
  /// a round of lengths comes back to where it began; else the one holding this start.
  func changingLength(to length: Length, now: Date, timeZone: TimeZone) -> SurveyPeriod {
    guard !contains(now, timeZone: timeZone) else {
      return Self.containing(now, length: length, timeZone: timeZone)
    }
    return Self.containing(date(start, Self.calendar(timeZone)), length: length, timeZone: timeZone)
  }

  /// The period `count` lengths later or earlier, never past the one holding `now`: there
  /// are no answers from the future to show.
  func stepped(by count: Int, upTo now: Date, timeZone: TimeZone) -> SurveyPeriod {
    let current = Self.containing(now, length: length, timeZone: timeZone)
    let moved = stepped(by: count, timeZone: timeZone)
    return moved.start > current.start ? current : moved
  }

  /// The last day.
  func end(_ timeZone: TimeZone) -> CivilDate {
    let calendar = Self.calendar(timeZone)
    let first = date(start, calendar)
    let next = stepped(by: 1, timeZone: timeZone)
    let last = calendar.date(byAdding: .day, value: -1, to: date(next.start, calendar)) ?? first
    return Self.civil(last, calendar)
  }

  /// The period `count` lengths later (or earlier, when negative).
  func stepped(by count: Int, timeZone: TimeZone) -> SurveyPeriod {
    let calendar = Self.calendar(timeZone)
    let first = date(start, calendar)
    let moved: Date? =
      switch length {
      case .week: calendar.date(byAdding: .day, value: 7 * count, to: first)
      case .month: calendar.date(byAdding: .month, value: count, to: first)
      case .quarter: calendar.date(byAdding: .month, value: 3 * count, to: first)
      case .year: calendar.date(byAdding: .year, value: count, to: first)
      }
    return SurveyPeriod(length: length, start: Self.civil(moved ?? first, calendar))
  }

  private static func calendar(_ timeZone: TimeZone) -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }

  private func date(_ day: CivilDate, _ calendar: Calendar) -> Date {
    calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
      ?? Date()
  }

  private static func civil(_ date: Date, _ calendar: Calendar) -> CivilDate {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    return CivilDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
  }
}
