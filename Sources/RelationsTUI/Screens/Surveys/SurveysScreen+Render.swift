import Domain
import Foundation

/// The surveys screen drawn into its box: the figures for the survey, period and
/// breakdown, the trend, and the low scores to follow up.
extension SurveysScreen {
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid) {
    let text = context.text
    let box = context.box
    let top = box.y
    let bottom = box.bottom
    let width = box.width
    grid.clear(box)
    func line(
      _ row: Int, _ value: String, _ style: Style = .normal, x: Int = 1, columns: Int? = nil
    ) {
      guard top + row < bottom else { return }
      grid.write(
        value, x: box.x + x, y: top + row, columns: columns ?? width - x - 1, style: style)
    }
    guard let id = state.surveyID, let survey = context.desk.surveys[id],
      let period = state.period
    else {
      line(1, text(.screen(.noSurveys)), .heading)
      line(2, text(.screen(.addSurvey)), .dim)
      return
    }
    let zone = context.timeZone
    let range = text(
      .date(
        .period(start: period.start, end: period.end(zone), length: period.length, short: false)))
    line(
      0,
      "\(text(survey.title)) · \(period.length.title(text)) \(range)"
        + (state.breakdown.map { " · " + text(.screen(.breakdownBy($0))) } ?? ""), .heading)
    guard context.desk.responsesLoaded, let figures = state.figures else {
      line(2, text(.screen(.readingResponses)), .dim)
      return
    }
    let scores = figures.report.scores
    func percent(_ value: Double?) -> String {
      value.map { text(.surveys(.percent(Int(($0 * 100).rounded())))) } ?? "–"
    }
    func decimal(_ value: Double?) -> String {
      value.map { text.digits(String(format: "%.2f", $0)) } ?? "–"
    }
    let nps = scores.nps.score.map { text.digits(String(format: "%+.0f", $0)) } ?? "–"
    line(
      1,
      text(
        .screen(
          .figures(
            responses: scores.responses, responseRate: percent(figures.report.responseRate),
            csat: percent(scores.overall.csat), csatLow: percent(scores.overall.csatLow),
            csatHigh: percent(scores.overall.csatHigh), mean: decimal(scores.overall.mean),
            nps: nps))))
    guard scores.responses > 0 else {
      line(3, text(.screen(.noResponses)), .heading)
      line(4, text(.screen(.noResponsesHint)), .dim)
      drawFollowUps(state, context, from: 6, line: line)
      return
    }
    let half = width / 2
    // Left: the 1–5 distribution as bars, then each question's mean.
    line(3, text(.screen(.mainQuestionAnswers)), .heading, columns: half - 2)
    let total = max(1, scores.overall.n)
    for value in (1...5).reversed() {
      let count = scores.overall.distribution[value - 1]
      let share = Double(count) / Double(total)
      line(
        4 + (5 - value),
        "\(text.number(value)) " + bar(share, width: max(4, half - 18)) + " "
          + text.number(count), value <= 2 ? .overdue : .normal, columns: half - 2)
    }
    line(10, text(.screen(.questions)), .heading, columns: half - 2)
    for (offset, question) in scores.questions.enumerated() {
      let asked = survey.question(question.id)
      let title = asked.map { text($0.text) } ?? question.id
      // A mean says nothing without its scale: 7.44 of 10 is not 7.44 of 5.
      let top: Int? =
        switch asked?.scale {
        case .rating5?: 5
        case .nps?: 10
        case .yesno?, .text?, nil: nil
        }
      let scale = question.mean == nil ? nil : top
      let mean = decimal(question.mean) + (scale.map { "/" + text.number($0) } ?? "")
      line(
        11 + offset, mean + "  n " + text.number(question.n) + "  " + title, columns: half - 2)
    }
    // Right: the trend, then the breakdown.
    let right = half + 1
    line(
      3, text(.screen(.csatTrend(periods: figures.trend.count, length: period.length))),
      .heading, x: right)
    let breakdownRow =
      drawTrend(
        figures.trend, of: period, context, x: right, columns: width - right - 1,
        line: { row, value, style in line(row, value, style, x: right) }) + 1
    var rightBottom = breakdownRow + 1
    if let breakdown = figures.report.breakdown {
      line(
        breakdownRow, text(.screen(.breakdownHeading(breakdown.dimension))), .heading, x: right)
      rightBottom = breakdownRow + 1 + breakdown.groups.count
      // One column each for the name, the share, the bar and the count, at the same place
      // on every row: the name column as wide as the longest name, short of what the
      // figures after it need; a longer name is cut with `…` inside its own cell.
      let names = breakdown.groups.map {
        BreakdownLabel.words($0.key, by: breakdown.dimension, context.desk)
      }
      let shares = breakdown.groups.map { percent($0.scores?.overall.csat) }
      let shareWidth = max(4, shares.map { TextLayout.width(of: $0) }.max() ?? 0)
      let counts = breakdown.groups.map { "n " + text.number($0.responses ?? 0) }
      let countWidth = counts.map { TextLayout.width(of: $0) }.max() ?? 0
      let columns = width - right - 1
      let barWidth = 12
      let longest = names.map { TextLayout.width(of: $0) }.max() ?? 0
      let nameWidth = max(6, min(longest, columns - shareWidth - barWidth - countWidth - 3))
      for (offset, group) in breakdown.groups.enumerated() {
        let row = top + breakdownRow + 1 + offset
        guard row < bottom else { break }
        let suppressed = group.scores == nil
        grid.write(
          names[offset], x: box.x + right, y: row, columns: nameWidth,
          style: suppressed ? .dim : .normal, align: .start, direction: .content)
        let rest = box.x + right + nameWidth + 1
        guard let groupScores = group.scores else {
          grid.write(
            text(.screen(.groupSuppressed)), x: rest, y: row,
            columns: max(1, columns - nameWidth - 1), style: .dim)
          continue
        }
        grid.write(shares[offset], x: rest, y: row, columns: shareWidth, align: .right)
        grid.write(
          bar(groupScores.overall.csat ?? 0, width: barWidth), x: rest + shareWidth + 1, y: row,
          columns: barWidth)
        grid.write(
          counts[offset], x: rest + shareWidth + barWidth + 2, y: row,
          columns: max(1, columns - nameWidth - shareWidth - barWidth - 3))
      }
    } else {
      line(breakdownRow, text(.screen(.breakdownHint)), .dim, x: right)
    }
    // Below whichever column ends lower, so the list gets every row left.
    drawFollowUps(
      state, context, from: max(11 + scores.questions.count, rightBottom) + 1, line: line)
  }

  /// The trend under its heading (row 3): the periods as bars, their first and last days
  /// on an axis, and the latest, lowest and highest share. One period with answers is no
  /// trend, and says so. Returns the last row it drew.
  private static func drawTrend(
    _ trend: [Double?], of period: SurveyPeriod, _ context: ScreenContext, x: Int, columns: Int,
    line: (Int, String, Style) -> Void
  ) -> Int {
    let text = context.text
    let answered = trend.compactMap { $0 }
    guard answered.count > 1, !trend.isEmpty else {
      line(4, text(.surveys(answered.isEmpty ? .trendNoPeriods : .trendOnePeriod)), .dim)
      return 4
    }
    // Up to three cells a period (two of bar, one of gap), as many as the column holds.
    let cells = max(1, min(3, columns / trend.count))
    // Time runs left to right in both languages, bars and axis alike.
    line(4, Bidi.leftToRight(sparkline(trend, cells: cells)), .success)
    let zone = context.timeZone
    func label(_ period: SurveyPeriod) -> String {
      text(
        .date(
          .period(start: period.start, end: period.end(zone), length: period.length, short: true)))
    }
    let first = label(period.stepped(by: 1 - trend.count, timeZone: zone))
    let last = label(period)
    let span = trend.count * cells
    let gap = span - first.count - last.count
    line(
      5,
      // Each label isolated: two Arabic labels with only spaces between them would be one
      // right-to-left run, the newest period's name read over the oldest bars.
      gap >= 1
        ? Bidi.leftToRight(Bidi.unit(first) + String(repeating: " ", count: gap) + Bidi.unit(last))
        : Bidi.leftToRight(Bidi.unit(first) + " … " + Bidi.unit(last)), .dim)
    func percent(_ value: Double?) -> String {
      value.map { text(.surveys(.percent(Int(($0 * 100).rounded())))) } ?? "–"
    }
    line(
      6,
      text(
        .surveys(
          .trendValues(
            latest: percent(trend.last ?? nil), lowest: percent(answered.min()),
            highest: percent(answered.max())))), .normal)
    return 6
  }

  private static func drawFollowUps(
    _ state: State, _ context: ScreenContext, from row: Int,
    line: (Int, String, Style, Int, Int?) -> Void
  ) {
    let text = context.text
    let desk = context.desk
    let total = state.followUps.count
    // The rows left under the heading; the list scrolls so the selection stays in them.
    let rows = max(1, context.box.height - row - 1)
    let top = max(0, min(state.followUpIndex - rows + 1, total - rows))
    let shown = state.followUps.dropFirst(top).prefix(rows)
    let range =
      total > rows
      ? " " + text(.surveys(.shownOfTotal(first: top + 1, last: top + shown.count, total: total)))
      : ""
    line(
      row,
      text(.screen(.lowScores(total))) + range
        + (state.followUps.isEmpty ? "" : " " + text(.surveys(.listKeys))),
      .heading, 1, nil)
    let dates = DateText(timeZoneIdentifier: desk.office.timeZone, text: text)
    let modes = SurveysScreen.answerModes(desk, for: state.breakdown)
    for (offset, id) in shown.enumerated() {
      guard let item = desk.item(id), let followUp = item.followUp else { continue }
      // The group as the breakdown names it: "Quran circle", not "quran-circle".
      let group = state.breakdown.map {
        BreakdownLabel.words(
          SurveysScreen.group(item, by: $0, timeZone: context.timeZone, modes: modes), by: $0,
          desk)
      }
      line(
        row + 1 + offset,
        FollowUpText.row(
          item, followUp, group: group, desk: desk, dates: dates, now: context.now),
        top + offset == state.followUpIndex ? .selected : .normal, 1, nil)
    }
  }

  /// A share 0…1 as a bar of block characters, in eighths of a cell.
  static func bar(_ share: Double, width: Int) -> String {
    let eighths = Int((max(0, min(1, share)) * Double(width) * 8).rounded())
    let blocks = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + blocks[eighths % 8]
  }

  /// Shares 0…1 as ▁…█, `cells` wide each (the last cell a gap when there are two or
  /// more), a dot where a period had no answers, so the axis stays visible.
  static func sparkline(_ values: [Double?], cells: Int = 1) -> String {
    let levels = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    let bar = max(1, cells > 1 ? cells - 1 : 1)
    let gap = cells > 1 ? " " : ""
    return values.map { value in
      guard let value else { return "·" + String(repeating: " ", count: cells - 1) }
      return String(repeating: levels[min(7, Int((value * 7).rounded()))], count: bar) + gap
    }.joined()
  }
}
