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

  @Test func answersGivenAloneAndAnswersStaffAskedForAreGroupedApart() throws {
    func asked(_ overall: Int) -> SurveyResponse {
      var answer = response(overall)
      answer.assisted = true
      return answer
    }
    // Alone: 5, 4, 2, 1 (two of four satisfied); asked by staff: 5, 5, 4 (all three).
    let responses = [
      response(5), asked(5), response(4), asked(5), response(2), asked(4), response(1),
    ]
    let breakdown = SurveyBreakdown(
      definition: serviceSurvey, responses: responses, by: .mode, minGroupSize: 3, timeZone: .gmt)
    #expect(breakdown.groups.map(\.key) == ["assisted", "self-reported"])
    let assisted = try #require(breakdown.groups.first)
    let alone = try #require(breakdown.groups.last)
    #expect(assisted.responses == 3 && assisted.scores?.overall.csat == 1)
    #expect(alone.responses == 4 && alone.scores?.overall.csat == 0.5)
    #expect(alone.scores?.overall.mean == 3)
    // One assisted answer fewer and that group is too small to show.
    let fewer = SurveyBreakdown(
      definition: serviceSurvey, responses: Array(responses.dropFirst(2)), by: .mode,
      minGroupSize: 3, timeZone: .gmt)
    #expect(fewer.groups.first?.key == "assisted" && fewer.groups.first?.suppressed == true)
    #expect(fewer.groups.last?.responses == 3)
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
