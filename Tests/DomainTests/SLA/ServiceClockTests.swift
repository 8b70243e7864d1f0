import Domain
import Foundation
import Testing

@Suite struct ServiceClockTests {
  let calendar = WorkingCalendar(
    office: OfficeConfiguration(name: LocalizedText(arabic: "م", english: "o")))
  let start = ISO8601DateFormatter().date(from: "2026-11-22T08:00:00+03:00") ?? .distantPast
  let target = WorkingDuration(minutes: 240)

  func clock(at hours: Double, metAt: Double? = nil, pauses: [DateInterval] = []) -> ServiceClock {
    ServiceClock.evaluate(
      start: start, target: target, pauses: pauses,
      metAt: metAt.map { start.addingTimeInterval($0 * 3600) },
      now: start.addingTimeInterval(hours * 3600), calendar: calendar)
  }

  @Test func runsThenIsDueSoonThenOverdue() {
    let due = start.addingTimeInterval(4 * 3600)
    #expect(clock(at: 1) == .running(due: due))
    #expect(clock(at: 3.5) == .dueSoon(due: due))
    #expect(clock(at: 4) == .overdue(due: due))
    #expect(clock(at: 5).needsAttention)
  }

  @Test func aMetTargetSaysWhetherItWasLate() {
    #expect(clock(at: 6, metAt: 2) == .met(at: start.addingTimeInterval(2 * 3600), late: false))
    #expect(clock(at: 6, metAt: 5) == .met(at: start.addingTimeInterval(5 * 3600), late: true))
  }

  @Test func anOngoingPauseStopsTheClock() {
    let pause = DateInterval(start: start.addingTimeInterval(3600), end: .distantFuture)
    #expect(clock(at: 30, pauses: [pause]) == .paused)
  }
}
