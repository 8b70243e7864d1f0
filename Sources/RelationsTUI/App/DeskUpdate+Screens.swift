import Domain
import Foundation

/// Screens 2 to 5: what entering them works out, and their own keys.
extension DeskUpdate {
  /// Shows a case in the inbox (all cases), its detail focused: screens 2 and 3 lead here.
  static func openInInbox(_ id: CaseID, _ state: inout AppState) {
    state.screen = .inbox
    state.query = InboxQuery(view: .all)
    state.refreshList()
    state.selectedID = id
    keepSelectionInView(&state)
    state.pane = .detail
  }

  /// Every permit request: those waiting on the office first, then the oldest first.
  static func permits(_ desk: Desk, now: Date) -> [CaseID] {
    desk.cases.compactMap { item -> (Case, PermitTiming)? in
      PermitTiming(item, now: now).map { (item, $0) }
    }
    .sorted { lhs, rhs in
      if lhs.1.waitsOnOffice != rhs.1.waitsOnOffice { return lhs.1.waitsOnOffice }
      if lhs.0.status.isActive != rhs.0.status.isActive { return lhs.0.status.isActive }
      return lhs.0.receivedAt < rhs.0.receivedAt
    }
    .map(\.0.id)
  }

  static func enterSurveys(_ state: inout AppState) -> [Effect] {
    let zone = TimeZone(identifier: state.desk.office.timeZone) ?? .gmt
    if state.surveyID == nil {
      state.surveyID =
        state.desk.surveys["service"] != nil ? "service" : state.desk.surveys.keys.sorted().first
    }
    if state.surveyPeriod == nil {
      state.surveyPeriod = SurveyPeriod.containing(state.now, length: .month, timeZone: zone)
    }
    state.followUps = followUps(state.desk)
    state.followUpIndex = min(state.followUpIndex, max(0, state.followUps.count - 1))
    state.refreshSurveyFigures()
    return state.desk.responsesLoaded ? [] : [.loadSurveyResponses]
  }

  /// Cases a low score asks a follow-up for (resolved ones too: the score came after),
  /// by channel and number. A reply or a resolution clears the flag.
  static func followUps(_ desk: Desk) -> [CaseID] {
    desk.cases.filter { $0.needsFollowUp && $0.status != .closed }.map(\.id)
  }

  static func surveyKey(_ action: DeskAction, _ state: inout AppState) {
    let zone = TimeZone(identifier: state.desk.office.timeZone) ?? .gmt
    guard let period = state.surveyPeriod else { return }
    switch action {
    case .previousPeriod: state.surveyPeriod = period.stepped(by: -1, timeZone: zone)
    case .nextPeriod: state.surveyPeriod = period.stepped(by: 1, timeZone: zone)
    case .periodLength:
      let lengths = SurveyPeriod.Length.allCases
      let next = lengths[((lengths.firstIndex(of: period.length) ?? 0) + 1) % lengths.count]
      let calendar = Calendar(identifier: .gregorian)
      let day =
        calendar.date(
          from: DateComponents(
            timeZone: zone, year: period.start.year, month: period.start.month,
            day: period.start.day, hour: 12)) ?? state.now
      state.surveyPeriod = SurveyPeriod.containing(day, length: next, timeZone: zone)
    case .breakdown:
      let order: [SurveyBreakdown.Dimension?] = [nil] + SurveyBreakdown.Dimension.allCases
      let index = order.firstIndex(of: state.surveyBreakdown) ?? 0
      state.surveyBreakdown = order[(index + 1) % order.count]
    case .nextSurvey:
      let ids = state.desk.surveys.keys.sorted()
      guard !ids.isEmpty else { return }
      let index = state.surveyID.flatMap { ids.firstIndex(of: $0) } ?? -1
      state.surveyID = ids[(index + 1) % ids.count]
    default: break
    }
    state.refreshSurveyFigures()
  }
}
