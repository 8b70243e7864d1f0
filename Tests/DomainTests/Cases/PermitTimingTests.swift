import Domain
import Foundation
import Testing

@Suite struct PermitTimingTests {
  let start = Date(timeIntervalSince1970: 1_795_323_600)
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
    let timing = try #require(PermitTiming(try permit([]), now: day(3)))
    #expect(timing.officeDays == 3 && timing.authorityDays == 0 && timing.waitsOnOffice)
  }

  @Test func withTheAuthorityTheClockRunsOnItsSide() throws {
    let item = try permit([(.submitPermit(reference: "T-1", date: day(2)), 2)])
    let timing = try #require(PermitTiming(item, now: day(7)))
    #expect(timing.officeDays == 2 && timing.authorityDays == 5 && !timing.waitsOnOffice)
  }

  @Test func afterTheDecisionTheOfficeOwesTheRequesterUntilToldThenNothingWaits() throws {
    let decided = try permit([
      (.submitPermit(reference: "T-1", date: day(2)), 2),
      (.decidePermit(approved: true, reference: "D-1", date: day(6)), 6),
    ])
    let waiting = try #require(PermitTiming(decided, now: day(8)))
    #expect(waiting.officeDays == 4 && waiting.authorityDays == 4 && waiting.waitsOnOffice)
    let told = try permit([
      (.submitPermit(reference: "T-1", date: day(2)), 2),
      (.decidePermit(approved: true, reference: "D-1", date: day(6)), 6),
      (.notifyRequester(how: "SMS"), 6.5),
    ])
    let done = try #require(PermitTiming(told, now: day(20)))
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
    #expect(PermitTiming(item, now: start) == nil)
  }
}
