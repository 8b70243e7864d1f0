import Domain
import Foundation

/// The stretch of days the surveys screen reports on: a week (Sunday to Saturday, the
/// office's week), a month, a quarter or a year, stepped with ← and →.
struct SurveyPeriod: Equatable, Sendable {
  enum Length: String, CaseIterable, Sendable {
    case week, month, quarter, year

    func title(_ text: UIText) -> String {
      switch self {
      case .week: text("week", "أسبوع")
      case .month: text("month", "شهر")
      case .quarter: text("quarter", "ربع سنة")
      case .year: text("year", "سنة")
      }
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
