import Domain

/// `S`: a survey's questions as a form, one choice per question (or a line for text), each
/// starting unanswered so that only what the person said is recorded. From the inbox the
/// answers belong to the selected case; from the surveys screen, to no case.
enum SurveyPrompt {
  /// Where `S` was pressed: on the inbox, with the case selected there (the survey that
  /// fits it is asked: the program survey for a case with a program, else the service
  /// survey); or on the surveys screen, with the survey it shows.
  enum Origin: Sendable {
    case inbox(Case?)
    case surveys(String?)
  }

  static func open(from origin: Origin, _ context: ScreenContext) -> [ScreenRequest] {
    let desk = context.desk
    if let refusal = desk.roleRefusal(unless: [.survey]) { return [.notice(.refusal(refusal))] }
    var item: Case?
    var surveyID: String?
    var fromSurveys = false
    switch origin {
    case .inbox(let selected): item = selected
    case .surveys(let shown):
      surveyID = shown
      fromSurveys = true
    }
    guard fromSurveys || item != nil else {
      return [.notice(Notice(.inbox(.selectCaseOrSurveysScreen), tone: .error))]
    }
    let chosen =
      fromSurveys
      ? surveyID
      : (item?.program != nil && desk.surveys["program"] != nil
        ? "program"
        : desk.surveys["service"] != nil ? "service" : desk.surveys.keys.sorted().first)
    guard let chosen, let survey = desk.surveys[chosen] else {
      return [.notice(Notice(.inbox(.noSurveyToAsk), tone: .error))]
    }
    return [
      .openForm(
        SurveyForm.make(
          survey, surveyID: chosen, for: fromSurveys ? nil : item?.id,
          programs: desk.office.programs))
    ]
  }
}
