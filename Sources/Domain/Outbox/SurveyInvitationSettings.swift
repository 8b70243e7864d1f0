/// office.json `surveyInvitations`: whether resolving a case asks its person, by message,
/// how satisfied they were, and how (CONTRACTS.md "Outbox").
public struct SurveyInvitationSettings: Sendable, Equatable {
  /// The survey whose questions are asked.
  public var survey: String
  /// Whether a second invitation asks the survey's 0–10 question once the first is answered.
  public var recommend: Bool
  /// How many days an invitation waits for its one-digit answer.
  public var days: Int

  public init(survey: String = "service", recommend: Bool = true, days: Int = 7) {
    self.survey = survey
    self.recommend = recommend
    self.days = days
  }
}
