import Domain
import Foundation

/// Screen 2: survey scores for managers, over a period and broken down, with the low
/// scores that ask for a follow-up.
enum SurveysScreen: DeskFeature {
  struct State: Sendable {
    /// Which survey, over which period, broken down by what.
    var surveyID: String?
    var period: SurveyPeriod?
    var breakdown: SurveyBreakdown.Dimension?
    /// The figures for those filters, worked out when they change.
    var figures: SurveyFigures?
    /// Cases whose low survey score in the period still asks for a follow-up, grouped as
    /// the figures are broken down, and the one selected there.
    var followUps: [CaseID] = []
    var followUpIndex = 0
  }

  static func enter(_ state: inout State, _ context: inout ScreenContext) -> [ScreenRequest] {
    let desk = context.desk
    if state.surveyID == nil {
      state.surveyID = desk.surveys["service"] != nil ? "service" : desk.surveys.keys.sorted().first
    }
    if state.period == nil {
      state.period = SurveyPeriod.containing(
        context.now, length: .month, timeZone: context.timeZone)
    }
    refreshFollowUps(&state, context)
    refreshFigures(&state, &context)
    return desk.responsesLoaded ? [] : [.effect(.loadSurveyResponses)]
  }

  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext) {
    refreshFollowUps(&state, context)
    // The figures go over every response: only when responses came or were read.
    let desk = context.desk
    if (old.responsesLoaded, old.responses.count) != (desk.responsesLoaded, desk.responses.count) {
      refreshFigures(&state, &context)
    }
  }

  /// Works the figures out again for the survey, period and breakdown.
  static func refreshFigures(_ state: inout State, _ context: inout ScreenContext) {
    let desk = context.desk
    guard desk.responsesLoaded, let id = state.surveyID, let survey = desk.surveys[id],
      let period = state.period
    else {
      state.figures = nil
      return
    }
    state.figures = SurveyFigures(
      survey: survey, period: period, breakdown: state.breakdown, desk: desk)
  }

  /// Lists the open follow-ups again, keeping the selected case selected while it is there.
  static func refreshFollowUps(_ state: inout State, _ context: ScreenContext) {
    let selected =
      state.followUps.indices.contains(state.followUpIndex)
      ? state.followUps[state.followUpIndex] : nil
    state.followUps = followUps(
      context.desk, in: state.period, by: state.breakdown, timeZone: context.timeZone)
    state.followUpIndex =
      selected.flatMap { state.followUps.firstIndex(of: $0) }
      ?? min(state.followUpIndex, max(0, state.followUps.count - 1))
  }

  /// Cases whose low score in `period` still waits for its follow-up (whatever the case's
  /// status: the score often comes after it was resolved), grouped by the breakdown's key,
  /// newest score first. A done follow-up leaves the list.
  static func followUps(
    _ desk: Desk, in period: SurveyPeriod?, by breakdown: SurveyBreakdown.Dimension?,
    timeZone: TimeZone
  ) -> [CaseID] {
    // Each key worked out once, not once per comparison.
    let modes = answerModes(desk, for: breakdown)
    let open = desk.cases.compactMap { item -> (group: String, at: Date, id: CaseID)? in
      guard let followUp = item.followUp, followUp.isOpen,
        period?.contains(followUp.scoredAt, timeZone: timeZone) ?? true
      else { return nil }
      let key = breakdown.map { group(item, by: $0, timeZone: timeZone, modes: modes) } ?? ""
      return (key, followUp.scoredAt, item.id)
    }
    return open.sorted { left, right in
      if left.group != right.group { return left.group < right.group }
      return left.at != right.at ? left.at > right.at : left.id < right.id
    }.map(\.id)
  }

  /// Whether each response was assisted, by its id, for a breakdown by mode (and only then:
  /// it goes over every response).
  static func answerModes(_ desk: Desk, for breakdown: SurveyBreakdown.Dimension?) -> [String:
    Bool]
  {
    guard breakdown == .mode else { return [:] }
    return Dictionary(desk.responses.map { ($0.id, $0.assisted) }) { _, last in last }
  }

  /// The key of the breakdown's group a case's follow-up falls in, as the report names it;
  /// by mode, that of the response that asked for it (`modes` from `answerModes`).
  static func group(
    _ item: Case, by dimension: SurveyBreakdown.Dimension, timeZone: TimeZone,
    modes: [String: Bool]
  ) -> String {
    switch dimension {
    case .mode:
      item.followUp.flatMap { modes[$0.responseID] }.map(SurveyBreakdown.mode(assisted:))
        ?? "unknown"
    case .channel: item.id.channel.rawValue
    case .kind: item.kind.rawValue
    case .program: item.program ?? "none"
    case .department: item.department ?? "none"
    case .party: item.party.rawValue
    case .month:
      {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents(
          [.year, .month], from: item.followUp?.scoredAt ?? item.receivedAt)
        let month = parts.month ?? 0
        return "\(parts.year ?? 0)-\(month < 10 ? "0" : "")\(month)"
      }()
    }
  }

  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  {
    guard case .action(let action) = input else { return [] }
    switch action {
    case .down:
      state.followUpIndex = min(state.followUpIndex + 1, max(0, state.followUps.count - 1))
    case .up: state.followUpIndex = max(0, state.followUpIndex - 1)
    case .open:
      guard state.followUps.indices.contains(state.followUpIndex) else { return [] }
      return [.showCase(state.followUps[state.followUpIndex])]
    case .followUp:
      let selected =
        state.followUps.indices.contains(state.followUpIndex)
        ? context.desk.item(state.followUps[state.followUpIndex]) : nil
      return CasePrompt.open(.followUp, on: selected, context)
    case .nextPeriod:
      // There are no answers from the future: → stops at the period that holds today.
      if let period = state.period,
        period.stepped(by: 1, upTo: context.now, timeZone: context.timeZone) == period
      {
        return [.notice(Notice(.surveys(.noLaterPeriod), tone: .info))]
      }
      filter(action, &state, &context)
    case .survey: return SurveyPrompt.open(from: .surveys(state.surveyID), context)
    case .search: return [.searchInbox]
    case .previousPeriod, .periodLength, .breakdown, .nextSurvey, .currentPeriod:
      filter(action, &state, &context)
    default: break
    }
    return []
  }

  private static func filter(
    _ action: DeskAction, _ state: inout State, _ context: inout ScreenContext
  ) {
    let zone = context.timeZone
    guard let period = state.period else { return }
    switch action {
    case .previousPeriod: state.period = period.stepped(by: -1, upTo: context.now, timeZone: zone)
    case .nextPeriod: state.period = period.stepped(by: 1, upTo: context.now, timeZone: zone)
    case .currentPeriod:
      state.period = SurveyPeriod.containing(context.now, length: period.length, timeZone: zone)
    case .periodLength:
      let lengths = SurveyPeriod.Length.allCases
      let next = lengths[((lengths.firstIndex(of: period.length) ?? 0) + 1) % lengths.count]
      state.period = period.changingLength(to: next, now: context.now, timeZone: zone)
    case .breakdown:
      let order: [SurveyBreakdown.Dimension?] = [nil] + SurveyBreakdown.Dimension.allCases
      let index = order.firstIndex(of: state.breakdown) ?? 0
      state.breakdown = order[(index + 1) % order.count]
    case .nextSurvey:
      let ids = context.desk.surveys.keys.sorted()
      guard !ids.isEmpty else { return }
      let index = state.surveyID.flatMap { ids.firstIndex(of: $0) } ?? -1
      state.surveyID = ids[(index + 1) % ids.count]
    default: break
    }
    refreshFigures(&state, &context)
    refreshFollowUps(&state, context)
  }
}
