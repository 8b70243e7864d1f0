import Domain

/// The surveys, permits, contacts and library screens, and their searches.
enum ScreenPhrase: Equatable, Sendable {
  /// The permits screen's columns.
  enum PermitColumn: Equatable, Sendable, CaseIterable {
    case id, step, office, authority, reference, requester
    /// Working days past the target of the step the office owes.
    case late
  }

  // MARK: The surveys screen

  /// The office has no survey to show.
  case noSurveys
  /// How to add a survey, under `noSurveys`.
  case addSurvey
  /// The heading's breakdown: `by channel`.
  case breakdownBy(SurveyBreakdown.Dimension)
  /// The responses are still being read.
  case readingResponses
  /// The line of figures under the heading. The percentages, the mean and the NPS come
  /// written by the screen (in the interface's digits, `–` when there is none).
  case figures(
    responses: Int, responseRate: String, csat: String, csatLow: String, csatHigh: String,
    mean: String, nps: String)
  /// The period has no response.
  case noResponses
  /// What to do when the period has no response.
  case noResponsesHint
  /// Heading of the 1–5 distribution.
  case mainQuestionAnswers
  /// Heading of each question's mean.
  case questions
  /// Heading of the trend: CSAT over the last `periods` periods of `length`.
  case csatTrend(periods: Int, length: SurveyPeriod.Length)
  /// Heading of the breakdown: `By channel`.
  case breakdownHeading(SurveyBreakdown.Dimension)
  /// A group of the breakdown too small to show.
  case groupSuppressed
  /// How to break the figures down, when they are not.
  case breakdownHint
  /// Heading of the low scores to follow up, with how many there are.
  case lowScores(Int)
  /// The keys of the low scores' list.
  case lowScoresKeys

  // MARK: The permits screen

  /// The heading: how many permit requests, how many wait on the office.
  case permitCounts(requests: Int, waitingOnOffice: Int)
  /// No permit request yet, and where they come from.
  case noPermits
  case permitColumn(PermitColumn)

  // MARK: The contacts screen

  /// The title of the contacts' list.
  case contacts
  /// The contacts' search finds no one.
  case nobodyMatches
  /// A person's roles, in the order given: `Roles: volunteer, supporter`.
  case roles([ContactRole])
  case role(ContactRole)
  /// Heading of a person's cases.
  case casesOnEveryChannel
  /// The person's log of thanks and news (`l`): a heading, and one line a time, newest first.
  case keptInTouch(count: Int)
  case touch(ContactTouch.Kind, day: String, by: String, note: String)
  /// Heading of the records that are probably the same person.
  case probablySamePerson
  /// `e` or `m` with no person selected.
  case choosePersonFirst
  /// `m` on a person with no probable twin.
  case nothingToMerge

  // MARK: The library screen

  /// The title of the library's list.
  case library
  /// The library's search finds nothing.
  case nothingMatches
  /// The mark before a reply template among the documents.
  case template

  // MARK: Searches

  /// The search in a list's heading: `search: words`; the screen isolates the words.
  case search(String)
  /// A search typed past its length of `limit` characters.
  case searchTooLong(limit: Int)
}
