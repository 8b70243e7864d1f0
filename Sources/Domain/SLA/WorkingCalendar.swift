import Foundation

/// The office's working time: which days, which hours, which holidays, in which time zone.
/// SLA targets count only this time (CONTRACTS.md), and pauses (a case waiting on the
/// beneficiary or with the authority) are taken out of it too.
public struct WorkingCalendar: Sendable {
  public let workingDays: Set<Weekday>
  public let hours: OfficeHours
  public let holidays: [Holiday]
  private let calendar: Calendar
  /// The zone's fixed offset from UTC when it has kept one since 1970 (Asia/Riyadh and most
  /// of the region): days are then worked out with integer arithmetic, not `Calendar`, which
  /// matters when the inbox computes the deadline of every open case of the office at once.
  private let fixedOffset: Int?

  /// Beyond this many days without a single working minute, a deadline is given up on
  /// (a configuration that is all holidays must not loop forever).
  static let searchLimitDays = 3660

  public init(office: OfficeConfiguration) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone =
      TimeZone(identifier: office.timeZone) ?? TimeZone(secondsFromGMT: 3 * 3600) ?? .gmt
    self.calendar = calendar
    let zone = calendar.timeZone
    fixedOffset =
      zone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0)) == nil
      ? zone.secondsFromGMT(for: Date(timeIntervalSince1970: 0)) : nil
    self.workingDays = office.workingDays
    self.hours = office.hours
    self.holidays = office.holidays
  }

  /// Working seconds in one working day.
  public var secondsPerDay: TimeInterval { TimeInterval(hours.minutesPerDay * 60) }

  /// The seconds of working time a duration stands for (a day is one working day).
  public func seconds(of duration: WorkingDuration) -> TimeInterval {
    TimeInterval(duration.days) * secondsPerDay + TimeInterval(duration.minutes * 60)
  }

  /// Whether the office works on the calendar day that contains `date`.
  public func isWorkingDay(_ date: Date) -> Bool {
    if let fixedOffset {
      let day = Self.dayNumber(date, offset: fixedOffset)
      let weekday = [Weekday.thursday, .friday, .saturday, .sunday, .monday, .tuesday, .wednesday][
        ((day % 7) + 7) % 7]  // 1970-01-01 was a Thursday
      guard workingDays.contains(weekday) else { return false }
      let civil = Self.civilDate(day: day)
      return !holidays.contains { $0.from <= civil && civil <= $0.to }
    }
    let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
    guard let weekdayIndex = parts.weekday, let year = parts.year, let month = parts.month,
      let day = parts.day
    else { return false }
    let weekday = [Weekday.sunday, .monday, .tuesday, .wednesday, .thursday, .friday, .saturday][
      (weekdayIndex - 1) % 7]
    guard workingDays.contains(weekday) else { return false }
    let civil = CivilDate(year: year, month: month, day: day)
    return !holidays.contains { $0.from <= civil && civil <= $0.to }
  }

  /// The working hours of the day that contains `date`, or nil on a day off.
  public func window(onDayOf date: Date) -> DateInterval? {
    guard isWorkingDay(date) else { return nil }
    if let fixedOffset {
      let midnight = Double(Self.dayNumber(date, offset: fixedOffset) * 86_400 - fixedOffset)
      guard hours.endMinute > hours.startMinute else { return nil }
      return DateInterval(
        start: Date(timeIntervalSince1970: midnight + Double(hours.startMinute * 60)),
        end: Date(timeIntervalSince1970: midnight + Double(hours.endMinute * 60)))
    }
    let midnight = calendar.startOfDay(for: date)
    guard let start = calendar.date(byAdding: .minute, value: hours.startMinute, to: midnight),
      let end = calendar.date(byAdding: .minute, value: hours.endMinute, to: midnight), end > start
    else { return nil }
    return DateInterval(start: start, end: end)
  }

  /// The stretches of working time from `start` on, day by day, with `pauses` cut out.
  private func workingStretches(from start: Date, pauses: [DateInterval]) -> AnySequence<
    DateInterval
  > {
    let sortedPauses = pauses.sorted { $0.start < $1.start }
    // Past the start of a pause with no end there is no working time at all: stop there
    // rather than search years of days.
    let stop = pauses.filter { $0.end == .distantFuture }.map(\.start).min() ?? .distantFuture
    return AnySequence { () -> AnyIterator<DateInterval> in
      var day = self.startOfDay(start)
      var pending: [DateInterval] = []
      var daysSearched = 0
      return AnyIterator {
        while pending.isEmpty {
          guard daysSearched <= Self.searchLimitDays, day < stop else { return nil }
          daysSearched += 1
          if let window = self.window(onDayOf: day), window.end > start {
            let open = DateInterval(start: max(window.start, start), end: window.end)
            pending = Self.subtract(sortedPauses, from: open)
          }
          guard let next = self.nextDay(day) else { return nil }
          day = next
        }
        return pending.removeFirst()
      }
    }
  }

  private func startOfDay(_ date: Date) -> Date {
    guard let fixedOffset else { return calendar.startOfDay(for: date) }
    return Date(
      timeIntervalSince1970: Double(
        Self.dayNumber(date, offset: fixedOffset) * 86_400 - fixedOffset))
  }

  private func nextDay(_ midnight: Date) -> Date? {
    guard fixedOffset != nil else { return calendar.date(byAdding: .day, value: 1, to: midnight) }
    return midnight.addingTimeInterval(86_400)
  }

  /// Days since 1970-01-01 of the local calendar day containing `date`.
  private static func dayNumber(_ date: Date, offset: Int) -> Int {
    Int(((date.timeIntervalSince1970 + Double(offset)) / 86_400).rounded(.down))
  }

  /// The civil date of a day number (H. Hinnant's days-to-civil algorithm).
  private static func civilDate(day: Int) -> CivilDate {
    let z = day + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return CivilDate(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  private static func subtract(_ pauses: [DateInterval], from interval: DateInterval)
    -> [DateInterval]
  {
    var pieces = [interval]
    for pause in pauses where pause.end > interval.start && pause.start < interval.end {
      pieces = pieces.flatMap { piece -> [DateInterval] in
        guard pause.end > piece.start && pause.start < piece.end else { return [piece] }
        var kept: [DateInterval] = []
        if pause.start > piece.start {
          kept.append(DateInterval(start: piece.start, end: pause.start))
        }
        if pause.end < piece.end { kept.append(DateInterval(start: pause.end, end: piece.end)) }
        return kept
      }
    }
    return pieces
  }

  /// When `duration` of working time, not counting `pauses`, has passed after `start`; nil
  /// when the clock never gets there (a pause with no end, or no working time at all).
  public func deadline(
    after start: Date, adding duration: WorkingDuration, pauses: [DateInterval] = []
  ) -> Date? {
    var remaining = seconds(of: duration)
    if remaining <= 0 { return start }
    for stretch in workingStretches(from: start, pauses: pauses) {
      if remaining <= stretch.duration { return stretch.start.addingTimeInterval(remaining) }
      remaining -= stretch.duration
    }
    return nil
  }

  /// Working seconds in `[from, to)`, not counting `pauses`.
  public func workingSeconds(from: Date, to: Date, pauses: [DateInterval] = []) -> TimeInterval {
    guard to > from else { return 0 }
    var total: TimeInterval = 0
    for stretch in workingStretches(from: from, pauses: pauses) {
      if stretch.start >= to { break }
      total += min(stretch.end, to).timeIntervalSince(stretch.start)
    }
    return total
  }
}
