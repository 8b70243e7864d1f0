import Domain
import Foundation

/// `relations report surveys`: the scores of one survey over a period, optionally broken
/// down, as the contract's JSON (CONTRACTS.md) or a readable table. The surveys screen will
/// show the same figures from the same code.
public struct SurveyReport: Sendable {
  public var survey: SurveyDefinition
  /// Inclusive civil dates in the office's time zone; nil = open-ended.
  public var from: CivilDate?
  public var to: CivilDate?
  public var dimension: SurveyBreakdown.Dimension?
  public var scores: SurveyScores
  public var responseRate: Double?
  public var breakdown: SurveyBreakdown?

  public init(
    survey: SurveyDefinition, responses: [SurveyResponse], cases: some Sequence<Case>,
    office: OfficeConfiguration,
    from: CivilDate?, to: CivilDate?, by dimension: SurveyBreakdown.Dimension?
  ) {
    self.survey = survey
    self.from = from
    self.to = to
    self.dimension = dimension
    let zone = TimeZone(identifier: office.timeZone) ?? .gmt
    // The period as an instant range: [first day's midnight, the day after the last day's
    // midnight), so each response is compared as a number, not turned into a date (the
    // surveys screen does this for every response of the office, thirteen times a change).
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = zone
    func midnight(_ day: CivilDate) -> Date? {
      calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }
    let lower = from.flatMap(midnight) ?? .distantPast
    let upper =
      to.flatMap(midnight).flatMap { calendar.date(byAdding: .day, value: 1, to: $0) }
      ?? .distantFuture
    func inPeriod(_ date: Date) -> Bool { date >= lower && date < upper }
    let selected = responses.filter { $0.survey == survey.id && inPeriod($0.receivedAt) }
    scores = SurveyScores(definition: survey, responses: selected)
    let resolved = cases.filter { item in item.resolvedAt.map(inPeriod) ?? false }.count
    responseRate = SurveyScores.responseRate(
      linkedResponses: selected.filter { $0.caseID != nil }.count, resolvedCases: resolved)
    breakdown = dimension.map {
      SurveyBreakdown(
        definition: survey, responses: selected, by: $0, minGroupSize: office.minGroupSize,
        timeZone: zone)
    }
  }

  /// Exactly the contract's object, numbers as JSON numbers, shares 0…1, NPS −100…100.
  public var json: String {
    func number(_ value: Double?) -> Any {
      value.map { ($0 * 10_000).rounded() / 10_000 } ?? NSNull()
    }
    var distribution: [String: Int] = [:]
    for (index, count) in scores.overall.distribution.enumerated() {
      distribution["\(index + 1)"] = count
    }
    var object: [String: Any] = [
      "survey": survey.id, "from": from?.description ?? NSNull(), "to": to?.description ?? NSNull(),
      "responses": scores.responses, "responseRate": number(responseRate),
      "overall": [
        "mean": number(scores.overall.mean), "csat": number(scores.overall.csat),
        "csatLow": number(scores.overall.csatLow), "csatHigh": number(scores.overall.csatHigh),
        "distribution": distribution,
      ],
      "nps": [
        "score": number(scores.nps.score), "promoters": scores.nps.promoters,
        "passives": scores.nps.passives,
        "detractors": scores.nps.detractors, "n": scores.nps.n,
      ],
      "questions": scores.questions.map {
        ["id": $0.id, "n": $0.n, "mean": number($0.mean)] as [String: Any]
      },
    ]
    if let breakdown {
      object["groups"] = breakdown.groups.map { group -> [String: Any] in
        guard let scores = group.scores else { return ["key": group.key, "suppressed": true] }
        return [
          "key": group.key, "responses": group.responses ?? 0, "mean": number(scores.overall.mean),
          "csat": number(scores.overall.csat), "suppressed": false,
        ]
      }
    }
    let data =
      (try? JSONSerialization.data(
        withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
    return String(decoding: data, as: UTF8.self)
  }
}
