import Domain

/// A whole survey asked on the phone or at the desk (`S`): one choice per question (a line
/// for text), each starting unanswered so that only what the person said is recorded.
enum SurveyForm {
  /// A question's field. The survey's definition names its questions, so the ids are not
  /// known to the code: they are the questions' ids, and drafts keep them under those.
  struct Field: FormFieldID, Hashable {
    var rawValue: String

    init(rawValue: String) { self.rawValue = rawValue }
    init(_ question: SurveyQuestion) { rawValue = question.id }
  }

  static func make(
    _ survey: SurveyDefinition, surveyID: String, for id: CaseID?, _ text: UIText
  ) -> Form {
    let skip = FormField.Choice(value: "", label: text("—", "—"))
    let fields = survey.questions.map { question -> FormField in
      let label = text(question.text)
      switch question.scale {
      case .rating5:
        return FormField(
          Field(question), label: label,
          input: .choice([skip] + (1...5).map { .init(value: "\($0)", label: text.number($0)) }))
      case .nps:
        return FormField(
          Field(question), label: label,
          input: .choice([skip] + (0...10).map { .init(value: "\($0)", label: text.number($0)) }))
      case .yesno:
        return FormField(
          Field(question), label: label,
          input: .choice([
            skip, .init(value: "yes", label: text("yes", "نعم")),
            .init(value: "no", label: text("no", "لا")),
          ]))
      case .text:
        return FormField(Field(question), label: label, input: .line)
      }
    }
    return Form(
      title: (id.map { "\($0) · " } ?? text("No case · ", "دون حالة · "))
        + text(survey.title) + text(" (asked by you)", " (تسأله أنت)"),
      purpose: .survey(id, surveyID: surveyID), fields: fields)
  }

  /// The answers given, or the form saying nothing is answered yet. A value off a
  /// question's scale is left unanswered, never recorded as another answer.
  static func validate(_ form: Form, _ survey: SurveyDefinition, _ text: UIText) -> Checked<
    [String: SurveyAnswer], Form
  > {
    var answers: [String: SurveyAnswer] = [:]
    for question in survey.questions {
      let value = form.value(Field(question)).trimmingSpaces
      guard !value.isEmpty else { continue }
      switch question.scale {
      case .rating5, .nps: if let number = Int(value) { answers[question.id] = .number(number) }
      case .yesno:
        if value == "yes" { answers[question.id] = .yes }
        if value == "no" { answers[question.id] = .no }
      case .text: answers[question.id] = .text(value)
      }
    }
    guard !answers.isEmpty else {
      var checked = form
      checked.problem = text(
        "Nothing is answered yet: ← → choose an answer, Esc leaves.",
        "لم يُجب عن شيء بعد: ← → لاختيار الإجابة، Esc للخروج.")
      return .failure(checked)
    }
    return .success(answers)
  }
}
