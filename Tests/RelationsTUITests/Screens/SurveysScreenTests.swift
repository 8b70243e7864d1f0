import Office
import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct SurveysScreenTests {
  func surveysState(_ fixture: DeskFixture, width: Int = 120, height: Int = 40) throws -> AppState {
    var state = fixture.state(width: width, height: height)
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    state.desk.responses = fixture.store.responses
    state.desk.responsesLoaded = true
    state.press(.character("2"))
    return state
  }

  @Test func theScreenShowsTheReportsFiguresForTheSamePeriod() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    state.press(.character("t"), .character("t"))  // a year
    let period = try #require(state.surveyPeriod)
    #expect(period.length == .year)
    let report = SurveyReport(
      survey: try #require(state.desk.surveys["service"]), responses: fixture.store.responses,
      cases: fixture.store.cases.values, office: fixture.store.office, from: period.start,
      to: period.end(TimeZone(identifier: "Asia/Riyadh") ?? .gmt), by: nil)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    let text = DeskView.render(state).text
    let responses = try #require(json["responses"] as? Int)
    #expect(responses > 0)
    #expect(text.contains("Responses \(responses) ·"))
    let csat = try #require((json["overall"] as? [String: Any])?["csat"] as? Double)
    #expect(text.contains("CSAT \(Int((csat * 100).rounded()))%"))
  }

  @Test func arrowsStepThePeriodAndBCyclesTheBreakdown() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    let month = try #require(state.surveyPeriod)
    state.press(.left)
    #expect(state.surveyPeriod?.start == CivilDate(year: 2026, month: 10, day: 1))
    state.press(.right)
    #expect(state.surveyPeriod == month)
    state.press(.character("b"))
    #expect(state.surveyBreakdown == .channel)
    #expect(DeskView.render(state).text.contains("By channel"))
  }

  @Test func aSmallGroupIsShownSuppressedNeverAsFigures() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    state.press(.character("t"), .character("t"), .character("b"), .character("b"))  // by kind
    let groups = try #require(state.surveyFigures?.report.breakdown?.groups)
    let text = DeskView.render(state).text
    for group in groups where group.scores == nil {
      #expect(
        text.contains(group.key.padding(toLength: 14, withPad: " ", startingAt: 0) + "suppressed"))
    }
  }

  @Test func withoutResponsesTheScreenSaysWhatToDo() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    for _ in 0..<40 { state.press(.left) }  // back before any response
    #expect(DeskView.render(state).text.contains("No responses in this period."))
  }

  @Test func enteringTheScreenAsksForTheResponsesWhenTheDeskHasNotReadThem() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    #expect(state.press(.character("2")) == [.loadSurveyResponses])
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theSurveysScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture, width: width, height: height)
    state.press(.character("t"), .character("t"), .character("b"))
    Snapshot.check(DeskView.render(state).text, "desk-surveys-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicSurveysScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    state.desk.responses = fixture.store.responses
    state.desk.responsesLoaded = true
    state.press(.character("2"), .character("t"), .character("t"), .character("b"))
    Snapshot.check(DeskView.render(state).text, "desk-surveys-ar-\(width)x\(height)")
  }
}
