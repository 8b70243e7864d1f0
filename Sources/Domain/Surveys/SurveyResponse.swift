import Foundation

/// One person's answers. Anonymous when linked to no case; the groups it falls in (channel,
/// kind, program, department) are copied from its case or given with it.
public struct SurveyResponse: Sendable, Equatable {
  public var id: String
  public var survey: String
  public var receivedAt: Date
  public var caseID: CaseID?
  public var channel: Channel?
  public var kind: CaseKind?
  public var program: String?
  public var department: String?
  /// The party of its case's person; nil for an anonymous response.
  public var party: ContactRole?
  /// Asked by staff (phone, in person) rather than filled in alone.
  public var assisted: Bool
  public var answers: [String: SurveyAnswer]

  public init(
    id: String, survey: String, receivedAt: Date, caseID: CaseID? = nil, channel: Channel? = nil,
    kind: CaseKind? = nil,
    program: String? = nil, department: String? = nil, assisted: Bool = false,
    answers: [String: SurveyAnswer]
  ) {
    self.id = id
    self.survey = survey
    self.receivedAt = receivedAt
    self.caseID = caseID
    self.channel = channel
    self.kind = kind
    self.program = program
    self.department = department
    self.assisted = assisted
    self.answers = answers
  }
}
