import Domain
import Foundation

/// What the office sends of itself, as a case moves on: a permit's decision notice when the
/// authority decides (from the office's template), a survey invitation when the case is
/// resolved, and the 0–10 question once the first invitation is answered. Each goes by the
/// medium that reaches the person (`OutboundMedium.preferred`), in their language.
public struct OutboxComposer {
  public var office: OfficeConfiguration
  public var templates: [ReplyTemplate]
  public var surveys: [String: SurveyDefinition]

  public init(
    office: OfficeConfiguration, templates: [ReplyTemplate], surveys: [String: SurveyDefinition]
  ) {
    self.office = office
    self.templates = templates
    self.surveys = surveys
  }

  /// Whether `command` may be followed by a message of the office's own: asked before the
  /// templates and surveys are read.
  public static func mayFollow(_ command: CaseCommand) -> Bool {
    switch command {
    case .decidePermit, .resolve: true
    default: false
    }
  }

  /// The messages `command` is followed by, now that it left the case as `item`.
  public func followOn(_ command: CaseCommand, leaving item: Case) -> [OutboundDraft] {
    switch command {
    case .decidePermit: [decisionNotice(for: item)].compactMap { $0 }
    case .resolve: [invitation(for: item)].compactMap { $0 }
    default: []
    }
  }

  /// The language the person reads: theirs when known, else the office's.
  public func language(of item: Case) -> Language { item.language ?? office.language }

  /// The permit's decision in the requester's language: the office's decision template for
  /// that language (a template for permits at the approved or rejected step, the one named
  /// `permit-decision.<language>` first) with the case filled in, else a plain sentence. A
  /// template the case cannot fill wholly is not sent half-filled.
  public func decisionNotice(for item: Case) -> OutboundDraft? {
    guard let permit = item.permit, permit.step == .approved || permit.step == .rejected,
      let medium = OutboundMedium.preferred(for: item.id.channel, contact: item.contact)
    else { return nil }
    let language = language(of: item)
    let suffix = "." + language.rawValue
    let candidates = templates.filter {
      $0.id.hasSuffix(suffix) && $0.kinds.contains(.permit)
        && ($0.steps.contains(.approved) || $0.steps.contains(.rejected)) && $0.fits(item)
    }.sorted {
      ($0.id.hasPrefix("permit-decision") ? 0 : 1) < ($1.id.hasPrefix("permit-decision") ? 0 : 1)
    }
    let filled = candidates.lazy.map { $0.text(for: item) }.first {
      ReplyTemplate.firstPlaceholder(in: $0) == nil && !$0.isEmpty
    }
    let approved = permit.step == .approved
    let reference = permit.decisionReference.flatMap { $0.isEmpty ? nil : $0 }
    let text =
      filled
      ?? OutboxTexts.decision(
        approved: approved, caseID: item.id, reference: reference, language: language)
    return OutboundDraft(kind: .decision, medium: medium, text: text, language: language)
  }

  /// The invitation sent as a case is resolved: the office's survey's main question, to be
  /// answered with one digit. None when the office does not invite, the case was invited
  /// before, or nothing reaches the person by message (a letter cannot be answered so).
  public func invitation(for item: Case) -> OutboundDraft? {
    guard let settings = office.surveyInvitations, let survey = surveys[settings.survey],
      let question = survey.question(survey.primary), question.scale == .rating5,
      !item.outbound.contains(where: { $0.message.kind == .surveyInvitation })
    else { return nil }
    return invitation(for: item, asking: question, of: survey)
  }

  /// The second invitation, after the main question was answered: the survey's 0–10
  /// question, when the office asks it and the survey has one.
  public func recommendInvitation(for item: Case, after answered: OutboundMessage)
    -> OutboundDraft?
  {
    guard let settings = office.surveyInvitations, settings.recommend,
      let surveyID = answered.survey, let survey = surveys[surveyID],
      answered.question == survey.primary,
      let question = survey.questions.first(where: { $0.scale == .nps })
    else { return nil }
    return invitation(for: item, asking: question, of: survey)
  }

  private func invitation(
    for item: Case, asking question: SurveyQuestion, of survey: SurveyDefinition
  ) -> OutboundDraft? {
    guard
      let medium = OutboundMedium.preferred(
        for: item.id.channel, contact: item.contact, answerable: true)
    else { return nil }
    let language = language(of: item)
    let text = OutboxTexts.invitation(
      question: question.text.text(in: language), scale: question.scale, caseID: item.id,
      name: item.contact.name, language: language)
    return OutboundDraft(
      kind: .surveyInvitation, medium: medium, text: text, language: language, survey: survey.id,
      question: question.id)
  }
}
