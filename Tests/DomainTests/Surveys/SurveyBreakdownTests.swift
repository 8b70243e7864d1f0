import Domain
import Foundation
import Testing

@Suite struct SurveyBreakdownTests {
  @Test func smallGroupsAreSuppressedWithNoFiguresAtAll() throws {
    let responses =
      (0..<6).map { _ in response(5, channel: .phone) }
      + (0..<2).map { _ in response(1, channel: .visit) }
    let breakdown = SurveyBreakdown(
      definition: serviceSurvey, responses: responses, by: .channel, minGroupSize: 5, timeZone: .gmt
    )
    let phone = try #require(breakdown.groups.first { $0.key == "phone" })
    let visit = try #require(breakdown.groups.first { $0.key == "visit" })
    #expect(phone.responses == 6 && phone.scores?.overall.csat == 1)
    #expect(visit.suppressed && visit.responses == nil && visit.scores == nil)
  }

  @Test func monthsFollowTheOfficesTimeZone() throws {
    // 2026-11-30 22:30 UTC is already December in Riyadh.
    let late = response(4, at: 1_796_077_800)
    let riyadh = try #require(TimeZone(identifier: "Asia/Riyadh"))
    let breakdown = SurveyBreakdown(
      definition: serviceSurvey, responses: [late], by: .month, minGroupSize: 1, timeZone: riyadh)
    #expect(breakdown.groups.map(\.key) == ["2026-12"])
  }
}
