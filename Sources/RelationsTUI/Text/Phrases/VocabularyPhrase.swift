import Domain

/// The domain's words (CONTRACTS.md) as people read them: statuses, kinds, priorities,
/// channels, permit steps and survey periods, with the list's short forms. The ids (`open`,
/// `complaint`…) stay in files and on the command line.
enum VocabularyPhrase: Equatable, Sendable {
  case status(CaseStatus)
  case kind(CaseKind)
  /// The list's kind: one word.
  case kindCode(CaseKind)
  case priority(Priority)
  case channel(Channel)
  /// The list's channel: one word.
  case channelCode(Channel)
  case permitStep(PermitStep)
  /// A survey period's length: week, month, quarter, year.
  case periodLength(SurveyPeriod.Length)
  /// A staff role: front desk, relations officer, manager, bridge.
  case role(StaffMember.Role)
  /// A number on its own (a choice on a survey's scale), in the interface's digits.
  case number(Int)
}
