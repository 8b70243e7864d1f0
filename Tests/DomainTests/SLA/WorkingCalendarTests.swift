import Domain
import Foundation
import PropertyBased
import Testing

@Suite struct WorkingCalendarTests {
  /// Sunday–Thursday 08:00–16:00 Riyadh (UTC+3), Eid al-Fitr 2026-03-19…24 off.
  let calendar = WorkingCalendar(
    office: OfficeConfiguration(
      name: LocalizedText(arabic: "م", english: "o"),
      holidays: [
        Holiday(
          from: CivilDate(year: 2026, month: 3, day: 19),
          to: CivilDate(year: 2026, month: 3, day: 24),
          name: LocalizedText(arabic: "عيد", english: "Eid"))
      ]))

  /// A Riyadh wall-clock time.
  func riyadh(_ text: String) -> Date {
    let formatter = ISO8601DateFormatter()
    return formatter.date(from: text + "+03:00") ?? .distantPast
  }

  @Test func fourHoursFromSundayMorningIsNoon() {
    #expect(
      calendar.deadline(after: riyadh("2026-11-22T08:00:00"), adding: WorkingDuration(minutes: 240))
        == riyadh("2026-11-22T12:00:00"))
  }

  @Test func timeAfterHoursCarriesToTheNextMorning() {
    // Wednesday 15:00 + 4h = 1h on Wednesday, 3h on Thursday.
    #expect(
      calendar.deadline(after: riyadh("2026-11-25T15:00:00"), adding: WorkingDuration(minutes: 240))
        == riyadh("2026-11-26T11:00:00"))
  }

  @Test func theWeekendIsSkipped() {
    // Thursday 14:00 + 4h: 2h Thursday, then Friday and Saturday off, 2h Sunday.
    #expect(
      calendar.deadline(after: riyadh("2026-11-26T14:00:00"), adding: WorkingDuration(minutes: 240))
        == riyadh("2026-11-29T10:00:00"))
  }

  @Test func aRequestArrivingAtNightStartsCountingAtOpening() {
    #expect(
      calendar.deadline(after: riyadh("2026-11-24T22:30:00"), adding: WorkingDuration(minutes: 60))
        == riyadh("2026-11-25T09:00:00"))
  }

  @Test func holidaysAreSkipped() {
    // Wednesday 2026-03-18 15:00 + 2h: 1h that day, Eid 19–24 (and the weekend), then Wednesday 25th.
    #expect(
      calendar.deadline(after: riyadh("2026-03-18T15:00:00"), adding: WorkingDuration(minutes: 120))
        == riyadh("2026-03-25T09:00:00"))
  }

  @Test func aWorkingDayIsTheOfficesHoursNotTwentyFourHours() {
    #expect(
      calendar.deadline(after: riyadh("2026-11-22T08:00:00"), adding: WorkingDuration(days: 2))
        == riyadh("2026-11-23T16:00:00"))
  }

  @Test func pausedTimeDoesNotCount() {
    let pause = DateInterval(
      start: riyadh("2026-11-22T09:00:00"), end: riyadh("2026-11-22T11:00:00"))
    #expect(
      calendar.deadline(
        after: riyadh("2026-11-22T08:00:00"), adding: WorkingDuration(minutes: 240), pauses: [pause]
      ) == riyadh("2026-11-22T14:00:00"))
    let forever = DateInterval(start: riyadh("2026-11-22T09:00:00"), end: .distantFuture)
    #expect(
      calendar.deadline(
        after: riyadh("2026-11-22T08:00:00"), adding: WorkingDuration(minutes: 240),
        pauses: [forever]) == nil)
  }

  @Test func aDueTimeIsNeverBeforeTheStartAndCountsExactlyTheTarget() async {
    let base = riyadh("2026-01-01T00:00:00")
    await propertyCheck(
      count: 300, input: Gen.int(in: 0...(400 * 24 * 60)), Gen.int(in: 0...(5 * 480)),
      Gen.int(in: 0...600),
      Gen.int(in: 0...(3 * 24 * 60))
    ) { startMinute, targetMinutes, pauseLength, pauseOffset in
      let start = base.addingTimeInterval(TimeInterval(startMinute * 60))
      let pause = DateInterval(
        start: start.addingTimeInterval(TimeInterval(pauseOffset * 60)),
        duration: TimeInterval(pauseLength * 60))
      let target = WorkingDuration(minutes: targetMinutes)
      guard let due = calendar.deadline(after: start, adding: target, pauses: [pause]) else {
        Issue.record("a finite pause must not stop the clock")
        return
      }
      #expect(due >= start)
      // Exactly the target's working time lies between start and due, none of it paused
      // or off-hours.
      #expect(
        calendar.workingSeconds(from: start, to: due, pauses: [pause])
          == TimeInterval(targetMinutes * 60))
      if targetMinutes > 0 {
        #expect(calendar.isWorkingDay(due.addingTimeInterval(-1)))
      }
    }
  }
}

@Suite struct WorkingCalendarArithmeticTests {
  /// The integer day arithmetic used for fixed-offset zones agrees with Foundation's calendar
  /// on every day of several years, holidays included.
  @Test func fixedOffsetDaysAgreeWithTheCalendarOverYears() {
    let office = OfficeConfiguration(
      name: LocalizedText(arabic: "م", english: "o"),
      holidays: [
        Holiday(
          from: CivilDate(year: 2026, month: 3, day: 19),
          to: CivilDate(year: 2026, month: 3, day: 23),
          name: LocalizedText(arabic: "عيد", english: "Eid"))
      ])
    let fast = WorkingCalendar(office: office)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Riyadh") ?? .gmt
    var day = Date(timeIntervalSince1970: 1_735_689_600)  // 2025-01-01
    for _ in 0..<(3 * 366) {
      let noon = day.addingTimeInterval(9 * 3600 + 1)
      let parts = calendar.dateComponents([.year, .month, .day, .weekday], from: noon)
      let civil = CivilDate(year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0)
      let expected =
        [1, 2, 3, 4, 5].contains(parts.weekday ?? 0)
        && !(CivilDate(year: 2026, month: 3, day: 19) <= civil
          && civil <= CivilDate(year: 2026, month: 3, day: 23))
      #expect(fast.isWorkingDay(noon) == expected, "\(civil)")
      if expected {
        let midnight = calendar.startOfDay(for: noon)
        #expect(fast.window(onDayOf: noon)?.start == midnight.addingTimeInterval(8 * 3600))
      }
      day = day.addingTimeInterval(86_400)
    }
  }
}
