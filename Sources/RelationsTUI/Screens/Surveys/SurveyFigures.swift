import Domain
import Foundation
import Office

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
