import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

@Suite struct SurveyReportTests {
  let office = OfficeConfiguration(name: LocalizedText(arabic: "م", english: "o"), minGroupSize: 3)
  let day = Date(timeIntervalSince1970: 1_795_323_600)  // 2026-11-22 08:00 Riyadh

  func survey() throws -> SurveyDefinition {
    try SurveyFile.parse(
      Data((SurveyFile.bundled["service.json"] ?? "").utf8), file: "service.json")
  }

  func response(
    _ overall: Int, recommend: Int, channel: Channel, linked: Bool, daysLater: Double = 0,
    assisted: Bool = false
  ) -> SurveyResponse {
    SurveyResponse(
      id: UUID().uuidString, survey: "service",
      receivedAt: day.addingTimeInterval(daysLater * 86_400),
      caseID: linked ? CaseID(channel: channel, number: 1) : nil, channel: channel,
      assisted: assisted,
      answers: ["overall": .number(overall), "recommend": .number(recommend)])
  }

  /// A small office's answers: four given alone (an SMS reply, a link) and three asked by
  /// staff on the phone, who are answered more kindly.
  func mixedResponses() -> [SurveyResponse] {
    [
      response(5, recommend: 10, channel: .phone, linked: true),
      response(4, recommend: 9, channel: .website, linked: false),
      response(2, recommend: 3, channel: .phone, linked: true),
      response(1, recommend: 0, channel: .letter, linked: false),
      response(5, recommend: 10, channel: .phone, linked: true, assisted: true),
      response(5, recommend: 8, channel: .visit, linked: true, assisted: true),
      response(4, recommend: 7, channel: .phone, linked: false, assisted: true),
    ]
  }

  func resolvedCase(_ number: Int) -> Case? {
    let id = CaseID(channel: .visit, number: number)
    let events = [
      CaseEvent(
        at: day, actor: "a",
        change: .opened(CaseChange.Opening(id: id, kind: .inquiry, subject: "s", receivedAt: day))),
      CaseEvent(at: day, actor: "a", change: .resolved(resolution: "done")),
    ]
    return CaseDecider.fold(events)
  }

  @Test func theJSONFollowsTheContract() throws {
    let responses = [
      response(5, recommend: 10, channel: .phone, linked: true),
      response(4, recommend: 9, channel: .phone, linked: true),
      response(2, recommend: 3, channel: .phone, linked: false),
      response(5, recommend: 8, channel: .visit, linked: true),
      response(1, recommend: 0, channel: .phone, linked: false, daysLater: 40),
    ]
    let report = SurveyReport(
      survey: try survey(), responses: responses,
      cases: [resolvedCase(1), resolvedCase(2)].compactMap { $0 }, office: office,
      from: CivilDate(year: 2026, month: 11, day: 1), to: CivilDate(year: 2026, month: 11, day: 30),
      by: .channel)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "survey", "from", "to", "responses", "responseRate", "overall", "nps", "questions",
        "groups",
      ])
    #expect(object["survey"] as? String == "service")
    #expect(object["from"] as? String == "2026-11-01")
    #expect(object["responses"] as? Int == 4)  // the December one is outside the period
    #expect(object["responseRate"] as? Double == 1.5)  // 3 linked ÷ 2 resolved
    let overall = try #require(object["overall"] as? [String: Any])
    #expect(Set(overall.keys) == ["mean", "csat", "csatLow", "csatHigh", "distribution"])
    #expect(overall["csat"] as? Double == 0.75)
    #expect(overall["distribution"] as? [String: Int] == ["1": 0, "2": 1, "3": 0, "4": 1, "5": 2])
    let nps = try #require(object["nps"] as? [String: Any])
    #expect(Set(nps.keys) == ["score", "promoters", "passives", "detractors", "n"])
    #expect(nps["score"] as? Double == 25)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.count == 2)
    #expect(Set(groups[0].keys) == ["key", "responses", "mean", "csat", "suppressed"])
    #expect(groups[0]["key"] as? String == "phone" && groups[0]["responses"] as? Int == 3)
    // One visit response is below minGroupSize 3: no figures at all.
    #expect(
      groups[1].keys.sorted() == ["key", "suppressed"] && groups[1]["suppressed"] as? Bool == true)
  }

  @Test func theJSONSeparatesSelfReportedFromAssistedAnswers() throws {
    let report = SurveyReport(
      survey: try survey(), responses: mixedResponses(), cases: [], office: office,
      from: nil, to: nil, by: .mode)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    #expect(object["responses"] as? Int == 7)
    // Five of seven gave 4 or 5; promoters 10, 9, 10 less detractors 3, 0, of seven.
    let overall = try #require(object["overall"] as? [String: Any])
    #expect(overall["csat"] as? Double == 0.7143)
    #expect((object["nps"] as? [String: Any])?["score"] as? Double == 14.2857)
    let groups = try #require(object["groups"] as? [[String: Any]])
    #expect(groups.map { $0["key"] as? String } == ["assisted", "self-reported"])
    // Assisted: 5, 5, 4, all satisfied, mean 14 ÷ 3.
    #expect(groups[0]["responses"] as? Int == 3 && groups[0]["csat"] as? Double == 1)
    #expect(groups[0]["mean"] as? Double == 4.6667 && groups[0]["suppressed"] as? Bool == false)
    // Alone: 5, 4, 2, 1, two of four satisfied, mean 12 ÷ 4.
    #expect(groups[1]["responses"] as? Int == 4 && groups[1]["csat"] as? Double == 0.5)
    #expect(groups[1]["mean"] as? Double == 3)
  }

  @Test func aModeWithTooFewAnswersIsSuppressedLikeAnyGroup() throws {
    let fewer = mixedResponses().filter { !($0.assisted && $0.channel == .visit) }
    let report = SurveyReport(
      survey: try survey(), responses: fewer, cases: [], office: office,
      from: nil, to: nil, by: .mode)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    let groups = try #require(object["groups"] as? [[String: Any]])
    // Two assisted answers, below minGroupSize 3: the key and nothing else.
    #expect(groups[0].keys.sorted() == ["key", "suppressed"])
    #expect(groups[0]["key"] as? String == "assisted" && groups[0]["suppressed"] as? Bool == true)
    #expect(groups[1]["key"] as? String == "self-reported" && groups[1]["responses"] as? Int == 4)
    let text = report.text(language: .english)
    #expect(text.contains("by mode:"))
    #expect(text.contains("assisted         suppressed"))
    #expect(text.contains("self-reported    n     4  CSAT  50%"))
    let arabic = report.text(language: .arabic)
    #expect(arabic.contains("حسب طريقة الإجابة:"))
    #expect(arabic.contains("ذاتي") && arabic.contains("بمساعدة موظف"))
    #expect(!arabic.contains("self-reported") && !arabic.contains("mode"))
  }

  @Test func theTextReportShowsBarsAndSuppressedGroups() throws {
    let report = SurveyReport(
      survey: try survey(), responses: [response(5, recommend: 10, channel: .visit, linked: false)],
      cases: [], office: office,
      from: nil, to: nil, by: .channel)
    let text = report.text(language: .english)
    #expect(text.contains("Service satisfaction"))
    #expect(text.contains("█"))
    #expect(text.contains("visit            suppressed"))
  }

  @Test func theTextReportFollowsTheLanguage() throws {
    let report = SurveyReport(
      survey: try survey(), responses: [response(5, recommend: 10, channel: .visit, linked: false)],
      cases: [], office: office,
      from: nil, to: nil, by: .channel)
    let arabic = report.text(language: .arabic)
    #expect(arabic.contains("الردود 1") && arabic.contains("نسبة الاستجابة"))
    #expect(arabic.contains("محجوبة"))
    #expect(!arabic.contains("responses"))
    #expect(report.text(language: .english).contains("responses 1"))
  }
}
