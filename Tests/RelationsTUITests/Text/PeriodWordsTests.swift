import Domain
import Testing

@testable import RelationsTUI

/// A survey period as people name it, in both languages, never as ISO days.
@Suite struct PeriodWordsTests {
  let october = CivilDate(year: 2026, month: 10, day: 1)
  let december = CivilDate(year: 2026, month: 12, day: 31)

  func words(_ phrase: DatePhrase, _ language: Language = .english) -> String {
    UIText(language: language)(phrase)
  }

  @Test func aMonthIsItsNameAndYear() {
    let november = CivilDate(year: 2026, month: 11, day: 1)
    let end = CivilDate(year: 2026, month: 11, day: 30)
    #expect(words(.period(start: november, end: end, length: .month, short: false)) == "Nov 2026")
    #expect(
      words(.period(start: november, end: end, length: .month, short: false), .arabic)
        == "نوفمبر 2026")
  }

  @Test func aQuarterIsItsDaysAndOnAnAxisItsNumber() {
    #expect(
      words(.period(start: october, end: december, length: .quarter, short: false))
        == "1 Oct – 31 Dec 2026")
    #expect(
      words(.period(start: october, end: december, length: .quarter, short: true)) == "Q4 2026")
    #expect(
      words(.period(start: october, end: december, length: .quarter, short: true), .arabic)
        == "الربع 4 2026")
  }

  @Test func aWeekAcrossTheNewYearNamesBothYears() {
    let start = CivilDate(year: 2026, month: 12, day: 27)
    let end = CivilDate(year: 2027, month: 1, day: 2)
    #expect(
      words(.period(start: start, end: end, length: .week, short: false))
        == "27 Dec 2026 – 2 Jan 2027")
  }
}
