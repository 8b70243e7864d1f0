import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

@Suite struct SurveysScreenTests {
  @Test func theTitleAndTheFollowUpGroupsAreWordsNotIds() throws {
    let fixture = try DeskFixture(cases: 200)
    var state = fixture.state()
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    state.desk.responses = fixture.store.responses
    state.desk.responsesLoaded = true
    state.press(.character("2"))
    while state.surveys.breakdown != .program { state.press(.character("b")) }
    let shown = DeskView.render(state).text
    #expect(!shown.contains("(service)"))
    let ids = fixture.store.office.programs.map(\.id)
    #expect(!state.surveys.followUps.isEmpty)
    for id in ids { #expect(!shown.contains(" \(id) "), "\(id) is shown as its name") }
    #expect(!shown.contains(" none "))
  }

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
    let period = try #require(state.surveys.period)
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
    let month = try #require(state.surveys.period)
    state.press(.left)
    #expect(state.surveys.period?.start == CivilDate(year: 2026, month: 10, day: 1))
    state.press(.right)
    #expect(state.surveys.period == month)
    state.press(.character("b"))
    #expect(state.surveys.breakdown == .channel)
    #expect(DeskView.render(state).text.contains("By channel"))
  }

  @Test func aRoundOfPeriodLengthsComesBackToTheMonthHoldingToday() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    let month = try #require(state.surveys.period)
    #expect(month.start == CivilDate(year: 2026, month: 11, day: 1))
    var seen: [SurveyPeriod] = []
    for _ in 0..<4 {
      state.press(.character("t"))
      seen.append(try #require(state.surveys.period))
    }
    // Every length on the way holds today, 2026-11-25.
    #expect(
      seen.map(\.start.description) == ["2026-10-01", "2026-01-01", "2026-11-22", "2026-11-01"])
    #expect(state.surveys.period == month)
  }

  @Test func aPeriodThatDoesNotHoldTodayChangesLengthAroundItsStart() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    state.press(.left, .left, .left, .character("t"))  // August, then its quarter
    #expect(
      state.surveys.period
        == SurveyPeriod(length: .quarter, start: CivilDate(year: 2026, month: 7, day: 1)))
  }

  @Test func rightAtTheCurrentPeriodStaysAndSaysWhy() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    let month = try #require(state.surveys.period)
    state.press(.right)
    #expect(state.surveys.period == month)
    #expect(state.notice?.phrase == .surveys(.noLaterPeriod))
    state.press(.left, .right, .right)
    #expect(state.surveys.period == month)
  }

  @Test func dotGoesBackToThePeriodHoldingToday() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    state.press(.left, .left, .left, .left, .character("t"), .left, .character("."))
    #expect(
      state.surveys.period
        == SurveyPeriod(length: .quarter, start: CivilDate(year: 2026, month: 10, day: 1)))
    #expect(KeyTable.action(for: .character("."), in: .surveys) == .currentPeriod)
  }

  @Test func theArabicTrendAxisReadsOldestToNewestLikeItsBars() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(language: .arabic)
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    state.desk.responses = fixture.store.responses
    state.desk.responsesLoaded = true
    state.press(.character("2"))
    let grid = DeskView.render(state)
    // The bars run left to right, oldest first; so must the labels under them.
    let axis = try #require((0..<grid.height).map(grid.line).first { $0.contains("2025") })
    let oldest = try #require(axis.range(of: "2025"))
    let newest = try #require(axis.range(of: "2026"))
    #expect(oldest.lowerBound < newest.lowerBound, "\(axis)")
  }

  @Test func theTrendLabelsItsPeriodsAndValues() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    let text = DeskView.render(state).text  // twelve months up to this one
    #expect(text.contains("Dec 2025") && text.contains("Nov 2026"))
    #expect(text.contains("latest "))
    state.press(.character("t"), .character("t"))  // years: only this one has answers
    #expect(DeskView.render(state).text.contains("Only one period has answers: a trend needs two."))
  }

  @Test func theFollowUpsFollowThePeriodAndLeaveWhenDone() throws {
    let fixture = try DeskFixture(cases: 200)
    var state = try surveysState(fixture)
    state.press(.character("t"), .character("t"))  // this year
    let listed = state.surveys.followUps
    #expect(!listed.isEmpty)
    for id in listed {
      let followUp = try #require(state.desk.item(id)?.followUp)
      #expect(followUp.isOpen)
      #expect(
        state.surveys.period?.contains(
          followUp.scoredAt, timeZone: .init(identifier: "Asia/Riyadh") ?? .gmt) == true)
    }
    var desk = state.desk
    var done = try #require(desk.item(listed[0]))
    done.followUp?.done = FollowUp.Completion(at: DeskFixture.now, by: "huda", note: "called")
    desk.cases.put(done)
    let after = SurveysScreen.followUps(
      desk, in: state.surveys.period, by: nil, timeZone: TimeZone(identifier: "Asia/Riyadh") ?? .gmt
    )
    #expect(
      after == Array(listed.dropFirst()) || Set(after) == Set(listed).subtracting([listed[0]]))
    for _ in 0..<40 { state.press(.left) }  // long before any score
    #expect(state.surveys.followUps.isEmpty)
  }

  @Test func byModeTheFiguresAndTheFollowUpsSeparateAssistedFromSelfReportedAnswers() throws {
    let fixture = try DeskFixture(cases: 200)
    var state = try surveysState(fixture)
    state.press(.character("t"), .character("t"))  // this year
    while state.surveys.breakdown != .mode { state.press(.character("b")) }
    let text = DeskView.render(state).text
    #expect(text.contains("By answer mode"))
    let groups = try #require(state.surveys.figures?.report.breakdown?.groups)
    #expect(groups.map(\.key) == ["assisted", "self-reported"])
    #expect(text.contains("Assisted by staff") && text.contains("Self-reported"))
    // Each follow-up falls in the group of the answer that asked for it.
    let assisted = Dictionary(
      state.desk.responses.map { ($0.id, $0.assisted) }, uniquingKeysWith: { _, last in last })
    let modes = try state.surveys.followUps.map { id -> String in
      let followUp = try #require(state.desk.item(id)?.followUp)
      return SurveyBreakdown.mode(assisted: try #require(assisted[followUp.responseID] as Bool?))
    }
    #expect(!modes.isEmpty)
    #expect(modes == modes.sorted(), "the list is grouped by mode")
  }

  @Test func theFollowUpsScrollWithTheSelection() throws {
    let fixture = try DeskFixture(cases: 200)
    var state = try surveysState(fixture, width: 80, height: 24)
    state.press(.character("t"), .character("t"))  // this year
    let listed = state.surveys.followUps
    #expect(listed.count > 6)
    for _ in 0..<listed.count { state.press(.character("j")) }
    let last = try #require(listed.last)
    let text = DeskView.render(state).text
    #expect(text.contains(last.description))
    #expect(text.contains("–\(listed.count) of \(listed.count) shown"))
    #expect(!text.contains("\(listed[0].description)  "))
  }

  @Test func fTakesTheSelectedFollowUpThenFinishesIt() throws {
    let fixture = try DeskFixture(cases: 200)
    var state = try surveysState(fixture)
    state.press(.character("t"), .character("t"))
    let id = try #require(state.surveys.followUps.first)
    state.press(.character("F"))
    guard case .form(let take)? = state.overlay else {
      Issue.record("F opened no prompt")
      return
    }
    #expect(take.purpose == .action(.takeFollowUp, id, version: state.desk.item(id)?.version ?? 0))
    state.press(.escape)
    var desk = state.desk
    var owned = try #require(desk.item(id))
    owned.followUp?.owner = "sara"
    desk.cases.put(owned)
    state.desk = desk
    state.press(.character("F"))
    guard case .form(let finish)? = state.overlay else {
      Issue.record("F opened no prompt")
      return
    }
    #expect(finish.purpose == .action(.completeFollowUp, id, version: owned.version))
  }

  @Test func aSmallGroupIsShownSuppressedNeverAsFigures() throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture)
    state.press(.character("t"), .character("t"), .character("b"), .character("b"))  // by kind
    let groups = try #require(state.surveys.figures?.report.breakdown?.groups)
    let text = DeskView.render(state).text
    let lines = text.split(separator: "\n")
    for group in groups where group.scores == nil {
      let name = BreakdownLabel.words(group.key, by: .kind, state.desk)
      let line = lines.first { $0.contains(name + " ") && $0.contains("suppressed (too few)") }
      #expect(line.map { !$0.contains("%") } == true, "\(name)")
    }
  }

  @Test(arguments: [80, 120])
  func theBreakdownsNamesFiguresAndBarsEachKeepTheirColumn(width: Int) throws {
    let fixture = try DeskFixture()
    var state = try surveysState(fixture, width: width, height: 40)
    state.press(.character("t"), .character("t"), .character("b"))  // a year, by channel
    let lines = DeskView.render(state).text.split(separator: "\n").map(String.init)
    let heading = try #require(lines.firstIndex { $0.contains("By channel") })
    let rows = lines[(heading + 1)...].prefix(7)
    let names = rows.compactMap { row -> String.Index? in
      ["Letters", "Phone", "Social media", "In-person visit", "Volunteer servi", "Website"]
        .lazy.compactMap { row.range(of: $0)?.lowerBound }.first
    }
    #expect(names.count == 6)
    // Every share ends in the same column, after a blank that keeps it off the name.
    let ends = rows.compactMap { row in
      row.firstIndex(of: "%").map { row.distance(from: row.startIndex, to: $0) }
    }
    #expect(Set(ends).count == 1, "\(rows.joined(separator: "\n"))")
    let suppressed = rows.compactMap { row in
      row.range(of: "suppressed").map { row.distance(from: row.startIndex, to: $0.lowerBound) }
    }
    #expect(Set(suppressed).count == 1, "\(rows.joined(separator: "\n"))")
    #expect(!rows.contains { $0.contains("visitsuppressed") || $0.contains("servi ") })
  }

  @Test func theArabicBreakdownNamesItsDimensionAndWritesSharesOneWay() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(language: .arabic)
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    state.desk.responses = fixture.store.responses
    state.desk.responsesLoaded = true
    state.press(.character("2"), .character("t"), .character("t"), .character("b"))
    let text = DeskView.render(state).text
    #expect(!text.contains("channel"))
    #expect(text.contains(Bidi.visual("حسب القناة").text))
    // No share is drawn with its sign on one side here and on the other side there.
    #expect(!text.contains(" %"), "\(text)")
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

  @Test(arguments: [Language.english, .arabic], [(80, 24), (120, 40)])
  func theMonthWithItsTrendAndFollowUpsMatchesItsSnapshot(
    language: Language, size: (width: Int, height: Int)
  ) throws {
    let fixture = try DeskFixture(cases: 200)
    var state = fixture.state(width: size.width, height: size.height, language: language)
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    state.desk.responses = fixture.store.responses
    state.desk.responsesLoaded = true
    state.press(.character("2"), .character("j"), .character("j"))
    let name = language == .arabic ? "desk-surveys-month-ar" : "desk-surveys-month"
    Snapshot.check(DeskView.render(state).text, "\(name)-\(size.width)x\(size.height)")
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
