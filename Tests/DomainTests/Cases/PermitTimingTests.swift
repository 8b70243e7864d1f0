import Domain
import Foundation
import Testing

@Suite struct PermitTimingTests {
  /// Sunday 22 November 2026, 08:00 in Riyadh: the start of a working week.
  let start = Date(timeIntervalSince1970: 1_795_323_600)
  /// Every hour of every day: working days are calendar days.
  let always = WorkingCalendar(
    office: OfficeConfiguration(
      name: LocalizedText(arabic: "م", english: "O"), workingDays: Set(Weekday.allCases),
      hours: OfficeHours(startMinute: 0, endMinute: 24 * 60)))
  /// Sunday to Thursday, 08:00 to 16:00, Asia/Riyadh.
  func office(holidays: [Holiday] = []) -> WorkingCalendar {
    WorkingCalendar(
      office: OfficeConfiguration(
        name: LocalizedText(arabic: "م", english: "O"), holidays: holidays))
  }
  func day(_ n: Double) -> Date { start.addingTimeInterval(n * 86_400) }

  func permit(_ commands: [(CaseCommand, Double)]) throws -> Case {
    let id = CaseID(channel: .volunteer, number: 1)
    var state: Case? = try CaseDecider.decide(
      .open(.init(id: id, kind: .permit, subject: "Lecture", receivedAt: start)), nil, at: start,
      by: .manager("huda")
    ).reduce(nil, CaseDecider.evolve)
    for (command, at) in commands {
      state = try CaseDecider.decide(command, state, at: day(at), by: .manager("omar")).reduce(
        state, CaseDecider.evolve)
    }
    return try #require(state)
  }

  @Test func aRequestNotYetSubmittedIsAllTheOfficesTimeAndWaitsOnIt() throws {
    let timing = try #require(PermitTiming(try permit([]), now: day(3), calendar: always))
    #expect(timing.officeDays == 3 && timing.authorityDays == 0 && timing.waitsOnOffice)
  }

  @Test func withTheAuthorityTheClockRunsOnItsSide() throws {
    let item = try permit([(.submitPermit(reference: "T-1", date: day(2)), 2)])
    let timing = try #require(PermitTiming(item, now: day(7), calendar: always))
    #expect(timing.officeDays == 2 && timing.authorityDays == 5 && !timing.waitsOnOffice)
  }

  @Test func afterTheDecisionTheOfficeOwesTheRequesterUntilToldThenNothingWaits() throws {
    let decided = try permit([
      (.submitPermit(reference: "T-1", date: day(2)), 2),
      (.decidePermit(approved: true, reference: "D-1", date: day(6)), 6),
    ])
    let waiting = try #require(PermitTiming(decided, now: day(8), calendar: always))
    #expect(waiting.officeDays == 4 && waiting.authorityDays == 4 && waiting.waitsOnOffice)
    let told = try permit([
      (.submitPermit(reference: "T-1", date: day(2)), 2),
      (.decidePermit(approved: true, reference: "D-1", date: day(6)), 6),
      (.notifyRequester(how: "SMS"), 6.5),
    ])
    let done = try #require(PermitTiming(told, now: day(20), calendar: always))
    #expect(done.officeDays == 2.5 && done.authorityDays == 4 && !done.waitsOnOffice)
  }

  @Test func aCaseThatIsNoPermitHasNoTiming() throws {
    let id = CaseID(channel: .visit, number: 1)
    let item = try #require(
      CaseDecider.fold([
        CaseEvent(
          at: start, actor: "huda",
          change: .opened(.init(id: id, kind: .inquiry, subject: "s", receivedAt: start)))
      ]))
    #expect(PermitTiming(item, now: start, calendar: always) == nil)
  }

  @Test func theWeekendAndHolidaysAreNotCountedAsTheOfficesTime() throws {
    let received = try permit([])
    // Sunday 08:00 to the next Sunday 08:00: five working days, not seven.
    let week = try #require(PermitTiming(received, now: day(7), calendar: office()))
    #expect(week.officeDays == 5)
    let tuesday = CivilDate(year: 2026, month: 11, day: 24)
    let holiday = Holiday(
      from: tuesday, to: tuesday, name: LocalizedText(arabic: "ع", english: "H"))
    let withHoliday = try #require(
      PermitTiming(received, now: day(7), calendar: office(holidays: [holiday])))
    #expect(withHoliday.officeDays == 4)
    let submitted = try permit([(.submitPermit(reference: "T-1", date: day(1)), 1)])
    let withAuthority = try #require(PermitTiming(submitted, now: day(7), calendar: office()))
    #expect(withAuthority.officeDays == 1 && withAuthority.authorityDays == 4)
  }

  @Test func aSubmissionPastItsTargetIsLateByTheWorkingDaysSince() throws {
    let received = try permit([])
    // Two working days from Sunday 08:00 end on Monday at 16:00.
    #expect(try #require(PermitTiming(received, now: day(1), calendar: office())).late == nil)
    let late = try #require(PermitTiming(received, now: day(7), calendar: office())).late
    #expect(late == PermitTiming.Late(target: .submitToAuthority, workingDays: 3))
  }

  @Test func aRequesterToldPastTheNotifyTargetIsLateAndNothingIsLateWithTheAuthority() throws {
    let submitted = try permit([(.submitPermit(reference: "T-1", date: day(1)), 1)])
    #expect(try #require(PermitTiming(submitted, now: day(30), calendar: office())).late == nil)
    let decided = try permit([
      (.submitPermit(reference: "T-1", date: day(1)), 1),
      (.decidePermit(approved: false, reference: "D-1", date: day(3)), 3),
    ])
    // Four working hours from Wednesday 08:00, so Thursday 08:00 is half a working day late.
    let late = try #require(PermitTiming(decided, now: day(4), calendar: office())).late
    #expect(late == PermitTiming.Late(target: .notifyRequester, workingDays: 0.5))
    let custom = ServiceTarget(
      firstResponse: WorkingDuration(days: 1), resolution: WorkingDuration(days: 20),
      notify: WorkingDuration(days: 2))
    #expect(
      try #require(PermitTiming(decided, now: day(4), calendar: office(), target: custom)).late
        == nil)
  }
}
