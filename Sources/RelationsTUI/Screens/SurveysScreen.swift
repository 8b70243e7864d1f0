import Office
import Domain
import Foundation

/// What the surveys screen shows for its survey, period and breakdown: the figures of
/// `relations report surveys` for the same filters, from the same code, and a trend over the
/// twelve periods up to this one. Worked out in `update` when a filter changes, not per frame.
struct SurveyFigures: Sendable {
  var report: SurveyReport
  /// CSAT of each of the last twelve periods of this length, oldest first.
  var trend: [Double?]

  init(
    survey: SurveyDefinition, period: SurveyPeriod, breakdown: SurveyBreakdown.Dimension?,
    desk: Desk
  ) {
    let zone = TimeZone(identifier: desk.office.timeZone) ?? .gmt
    let cases = desk.cases
    func report(_ period: SurveyPeriod, by dimension: SurveyBreakdown.Dimension?) -> SurveyReport {
      SurveyReport(
        survey: survey, responses: desk.responses, cases: cases, office: desk.office,
        from: period.start, to: period.end(zone), by: dimension)
    }
    self.report = report(period, by: breakdown)
    trend = (-11...0).map {
      report(period.stepped(by: $0, timeZone: zone), by: nil).scores.overall.csat
    }
  }
}

/// Screen 2: survey scores for managers.
enum SurveysScreen {
  static func draw(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    let text = state.desk.text
    let top = layout.list.y
    let width = layout.width
    for y in top..<layout.noticeRow { grid.write("", x: 0, y: y, columns: width) }
    func line(
      _ row: Int, _ value: String, _ style: Style = .normal, x: Int = 1, columns: Int? = nil
    ) {
      guard top + row < layout.noticeRow else { return }
      grid.write(value, x: x, y: top + row, columns: columns ?? width - x - 1, style: style)
    }
    guard let id = state.surveyID, let survey = state.desk.surveys[id],
      let period = state.surveyPeriod
    else {
      line(1, text("The office has no surveys.", "لا استبانات في المكتب."), .heading)
      line(
        2,
        text(
          "Add one as DATA/surveys/ID.json (see docs/CONTRACTS.md).", "أضف واحدة في DATA/surveys/ID.json."),
        .dim)
      return
    }
    let zone = TimeZone(identifier: state.desk.office.timeZone) ?? .gmt
    let range =
      Bidi.leftToRight(text.digits(period.start.description)) + " … "
      + Bidi.leftToRight(text.digits(period.end(zone).description))
    line(
      0,
      "\(text(survey.title)) (\(survey.id)) · \(period.length.title(text)) \(range)"
        + (state.surveyBreakdown.map { text(" · by ", " · حسب ") + $0.rawValue } ?? ""), .heading)
    guard state.desk.responsesLoaded, let figures = state.surveyFigures else {
      line(2, text("Reading the survey responses…", "تُقرأ ردود الاستبانات…"), .dim)
      return
    }
    let scores = figures.report.scores
    func percent(_ value: Double?) -> String {
      value.map { text.number(Int(($0 * 100).rounded())) + "%" } ?? "–"
    }
    func decimal(_ value: Double?) -> String {
      value.map { text.digits(String(format: "%.2f", $0)) } ?? "–"
    }
    let nps = scores.nps.score.map { text.digits(String(format: "%+.0f", $0)) } ?? "–"
    line(
      1,
      text("Responses ", "الردود ") + text.number(scores.responses) + " · "
        + text("response rate ", "نسبة الاستجابة ") + percent(figures.report.responseRate)
        + " · CSAT "
        + percent(scores.overall.csat) + " (95% " + percent(scores.overall.csatLow) + "–"
        + percent(scores.overall.csatHigh) + ") · " + text("mean ", "المتوسط ")
        + decimal(scores.overall.mean) + "/5 · NPS " + nps)
    guard scores.responses > 0 else {
      line(3, text("No responses in this period.", "لا ردود في هذه الفترة."), .heading)
      line(
        4,
        text(
          "← → change the period, t its length; relations import survey brings in a spreadsheet.",
          "← → لتغيير الفترة، t لطولها؛ relations import survey يستورد جدولًا."), .dim)
      drawFollowUps(state, from: 6, line: line)
      return
    }
    let half = width / 2
    // Left: the 1–5 distribution as bars, then each question's mean.
    line(
      3, text("Answers to the main question", "إجابات السؤال الرئيس"), .heading, columns: half - 2)
    let total = max(1, scores.overall.n)
    for value in (1...5).reversed() {
      let count = scores.overall.distribution[value - 1]
      let share = Double(count) / Double(total)
      line(
        4 + (5 - value),
        "\(text.number(value)) " + bar(share, width: max(4, half - 18)) + " "
          + text.number(count), value <= 2 ? .overdue : .normal, columns: half - 2)
    }
    line(10, text("Questions", "الأسئلة"), .heading, columns: half - 2)
    for (offset, question) in scores.questions.enumerated() {
      let title = survey.question(question.id).map { text($0.text) } ?? question.id
      line(
        11 + offset, decimal(question.mean) + "  n " + text.number(question.n) + "  " + title,
        columns: half - 2)
    }
    // Right: the trend, then the breakdown.
    let right = half + 1
    line(
      3,
      text("CSAT, last 12 \(period.length.rawValue)s", "رضا آخر 12 \(period.length.title(text))"),
      .heading, x: right)
    line(4, sparkline(figures.trend), .success, x: right)
    if let breakdown = figures.report.breakdown {
      line(6, text("By ", "حسب ") + breakdown.dimension.rawValue, .heading, x: right)
      for (offset, group) in breakdown.groups.enumerated() {
        let label = group.key.padding(toLength: 14, withPad: " ", startingAt: 0)
        guard let groupScores = group.scores else {
          line(
            7 + offset, label + text("suppressed (too few)", "محجوبة (عدد قليل)"), .dim, x: right)
          continue
        }
        line(
          7 + offset,
          label + " " + percent(groupScores.overall.csat) + " "
            + bar(groupScores.overall.csat ?? 0, width: 12) + " n "
            + text.number(group.responses ?? 0),
          x: right)
      }
    } else {
      line(
        6,
        text(
          "b breaks the figures down (channel, kind, program…)",
          "b لتوزيع الأرقام (القناة، النوع، البرنامج…)"), .dim, x: right)
    }
    drawFollowUps(state, from: 18, line: line)
  }

  private static func drawFollowUps(
    _ state: AppState, from row: Int, line: (Int, String, Style, Int, Int?) -> Void
  ) {
    let text = state.desk.text
    line(
      row,
      text("Low scores to follow up: ", "درجات منخفضة للمتابعة: ")
        + text.number(state.followUps.count)
        + (state.followUps.isEmpty
          ? "" : text(" (j/k choose, Enter opens the case)", " (j/k للاختيار، Enter يفتح الحالة)")),
      .heading, 1, nil)
    for (offset, id) in state.followUps.prefix(8).enumerated() {
      // A subject from the public may be a megabyte: cut to a line's width first.
      let subject = TextLayout.head(state.desk.item(id)?.subject ?? "", columns: state.width)
      line(
        row + 1 + offset, "\(id)  " + Bidi.isolate(String(subject)),
        offset == state.followUpIndex ? .selected : .normal, 1, nil)
    }
  }

  /// A share 0…1 as a bar of block characters, in eighths of a cell.
  static func bar(_ share: Double, width: Int) -> String {
    let eighths = Int((max(0, min(1, share)) * Double(width) * 8).rounded())
    let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
  }

  /// Shares 0…1 as ▁…█, a blank where a period had no answers.
  static func sparkline(_ values: [Double?]) -> String {
    let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    return values.map { value in
      value.map { levels[min(7, Int(($0 * 7).rounded()))] } ?? " "
    }.joined()
  }
}
