import Domain
import Foundation

/// `relations report surveys`: the scores of one survey over a period, optionally broken
/// down, as the contract's JSON (DESIGN §7) or a readable table. The surveys screen will
/// show the same figures from the same code.
struct SurveyReport {
  var survey: SurveyDefinition
  /// Inclusive civil dates in the office's time zone; nil = open-ended.
  var from: CivilDate?
  var to: CivilDate?
  var dimension: SurveyBreakdown.Dimension?
  var scores: SurveyScores
  var responseRate: Double?
  var breakdown: SurveyBreakdown?

  init(
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
  var json: String {
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

  /// A table for people: figures, the 1–5 distribution and groups as bars.
  func text(language: Language) -> String {
    func percent(_ value: Double?) -> String {
      value.map { String(format: "%.0f%%", $0 * 100) } ?? "–"
    }
    func decimal(_ value: Double?) -> String { value.map { String(format: "%.2f", $0) } ?? "–" }
    func bar(_ share: Double, width: Int = 30) -> String {
      let eighths = Int((share * Double(width) * 8).rounded())
      let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
      return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
    }
    let text = UIText(language: language)
    var lines: [String] = []
    let period =
      "\(from?.description ?? text("start", "البداية")) … \(to?.description ?? text("today", "اليوم"))"
    lines.append("\(survey.title.text(in: language)) (\(survey.id)) · \(period)")
    lines.append(
      text("responses ", "الردود ") + "\(scores.responses)   "
        + text("response rate ", "نسبة الاستجابة ") + percent(responseRate))
    let nps = scores.nps.score.map { String(format: "%+.0f", $0) } ?? "–"
    lines.append(
      "CSAT \(percent(scores.overall.csat)) (95% \(percent(scores.overall.csatLow))–"
        + "\(percent(scores.overall.csatHigh)))   " + text("mean ", "المتوسط ")
        + "\(decimal(scores.overall.mean)) / 5   NPS \(nps)")
    lines.append("")
    let total = max(1, scores.overall.n)
    for value in (1...5).reversed() {
      let count = scores.overall.distribution[value - 1]
      lines.append(
        "  \(value)  \(String(count).leftPadded(5))  \(bar(Double(count) / Double(total)))")
    }
    lines.append("")
    for question in scores.questions {
      let title =
        survey.questions.first { $0.id == question.id }.map { text($0.text) } ?? question.id
      lines.append(
        "  \(question.id.padded(12)) n \(String(question.n).leftPadded(5))   "
          + text("mean ", "المتوسط ") + decimal(question.mean)
          + (text.isArabic ? "   \(title)" : ""))
    }
    if let breakdown {
      lines.append("")
      lines.append(
        text("by \(breakdown.dimension.rawValue):", "حسب \(breakdown.dimension.rawValue):"))
      for group in breakdown.groups {
        if let scores = group.scores {
          lines.append(
            "  \(group.key.padded(16)) n \(String(group.responses ?? 0).leftPadded(5))  CSAT \(percent(scores.overall.csat).leftPadded(4))  \(bar(scores.overall.csat ?? 0, width: 20))"
          )
        } else {
          lines.append(
            "  \(group.key.padded(16)) "
              + text(
                "suppressed (fewer than the office's minimum group size)",
                "محجوبة (أقل من الحد الأدنى لحجم المجموعة في المكتب)"))
        }
      }
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func padded(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
