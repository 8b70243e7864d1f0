import Domain

/// The surveys screen's periods and trend, and the follow-ups low scores ask for: their list
/// on the surveys screen, their prompt and their lines in the case detail.
enum SurveysPhrase: Equatable, Sendable {
  // MARK: Periods and the trend

  /// `→` on the period that holds today.
  case noLaterPeriod
  /// Under the trend: the latest, lowest and highest CSAT of the periods with answers; the
  /// shares come written by the screen.
  case trendValues(latest: String, lowest: String, highest: String)
  /// Only one of the trend's periods has answers: a lone bar would say nothing.
  case trendOnePeriod
  /// None of the trend's periods has answers.
  case trendNoPeriods
  /// A share in percent, written the one way the language writes it everywhere on the
  /// screen (in Arabic the sign reads after the number, on its left, even beside Latin).
  case percent(Int)
  /// What a breakdown groups by, in words: "channel", "القناة".
  case dimension(SurveyBreakdown.Dimension)
  /// A group of the breakdown by mode: answered alone, or asked by staff.
  case mode(assisted: Bool)

  // MARK: Follow-ups

  /// A low score as the list shows it: `2/5`, or the recommendation `3/10` when there is no
  /// main answer.
  case score(primary: Int?, recommend: Int?)
  /// A follow-up's owner and due day in the list; the day comes written by the screen.
  case ownerDue(owner: String?, due: String?)
  /// The keys of the follow-ups' list.
  case listKeys
  /// The rows shown of the list, when it is longer than its box: `3–6 of 25`.
  case shownOfTotal(first: Int, last: Int, total: Int)
  /// The case detail's line for an open follow-up.
  case openOnCase(score: String, ownerDue: String)
  /// The case detail's line for a done one: who, which day, and the note.
  case doneOnCase(by: String, on: String, note: String)
  /// The prompts' titles.
  case takeTitle(CaseID)
  case completeTitle(CaseID)
  /// The prompts' labels.
  case owner, due, outcome
  /// What is wrong with a filled prompt.
  case chooseOwner, writeDue, writeOutcome
  /// A follow-up's due day before today.
  case dueInThePast
}
