import Domain
import Testing

@Suite struct CivilDateTests {
  @Test func parsesRealDatesOnly() {
    #expect(CivilDate(parsing: "2026-03-20") == CivilDate(year: 2026, month: 3, day: 20))
    #expect(CivilDate(parsing: "2028-02-29") != nil)
    for text in ["2026-02-29", "2026-13-01", "2026-3-20", "20260320", "", "2026-03-20T00:00"] {
      #expect(CivilDate(parsing: text) == nil, "\(text)")
    }
  }

  @Test func ordersAndPrintsAsWritten() {
    let earlier = CivilDate(year: 2026, month: 3, day: 9)
    let later = CivilDate(year: 2026, month: 12, day: 1)
    #expect(earlier < later)
    #expect(earlier.description == "2026-03-09")
  }
}
