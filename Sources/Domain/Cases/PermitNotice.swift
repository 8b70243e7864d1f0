import Foundation

/// How far ahead of its program a permit request came. The volunteer regulations ask for
/// requests at least two weeks ahead (office.json `permitNoticeDays`); a later one is still
/// taken, with a warning, since the authority may yet decide in time.
public enum PermitNotice {
  /// Calendar days from the day `now` falls on in `timeZone` to `programDate` (negative when
  /// the program is past).
  public static func daysAhead(of programDate: CivilDate, from now: Date, timeZone: TimeZone)
    -> Int
  {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let today = calendar.dateComponents([.year, .month, .day], from: now)
    let program = DateComponents(
      year: programDate.year, month: programDate.month, day: programDate.day)
    return calendar.dateComponents([.day], from: today, to: program).day ?? 0
  }

  /// The days left before the program when they are fewer than `minimumDays`; nil when the
  /// request came in good time.
  public static func shortNotice(
    programDate: CivilDate, now: Date, timeZone: TimeZone, minimumDays: Int
  ) -> Int? {
    let days = daysAhead(of: programDate, from: now, timeZone: timeZone)
    return days < minimumDays ? days : nil
  }
}
