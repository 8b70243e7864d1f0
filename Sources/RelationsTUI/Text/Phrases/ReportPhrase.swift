/// The words of the survey report as text (`relations report surveys --format text`):
/// labels beside the figures, in the office's language.
enum ReportPhrase: Equatable, Sendable {
  /// The period's start when none was given.
  case start
  /// The period's end when none was given.
  case today
  /// Label before the number of responses.
  case responses
  /// Label before the response rate.
  case responseRate
  /// Label before a mean score.
  case mean
  /// Heading of the breakdown by a dimension (`channel`, `kind`…, its id).
  case by(String)
  /// A group too small to show.
  case suppressed
}
