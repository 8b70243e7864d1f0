import Domain

/// A whole survey asked on the phone or at the desk (`S`): a score control per rating (1–5)
/// and recommendation (0–10), a choice for yes or no, a line for text; each starts
/// unanswered so that only what the person said is recorded.
enum SurveyForm {
  /// A question's field. The survey's definition names its questions, so the ids are not
  /// known to the code: they are the questions' ids, and drafts keep them under those.
  struct Field: FormFieldID, Hashable {
    var rawValue: String

    init(rawValue: String) { self.rawValue = rawValue }
    init(_ question: SurveyQuestion) { rawValue = question.id }

    /// Which program a program evaluation on no case is about; no question id has an "@".
    static let program = Field(rawValue: "@program")
  }

  /// The survey that evaluates a program (surveys/program.json).
  static let programSurvey = "program"

  /// The form of `survey`; a program evaluation asked on no case first asks which of the
  /// office's `programs` it evaluates, since no case says so.
  static func make(
    _ survey: SurveyDefinition, surveyID: String, for id: CaseID?, programs: [Program] = []
  ) -> Form {
    let skip = FormField.Choice(value: "", label: .form(.unanswered))
    let fields = survey.questions.map { question -> FormField in
      let label = Phrase.localized(question.text)
      switch question.scale {
      case .rating5:
        return FormField(Field(question), label: label, input: .score(1...5))
      case .nps:
        return FormField(Field(question), label: label, input: .score(0...10))
      case .yesno:
        return FormField(
          Field(question), label: label,
          input: .choice([
            skip, .init(value: "yes", label: .form(.yes)), .init(value: "no", label: .form(.no)),
          ]))
      case .text:
        return FormField(Field(question), label: label, input: .line)
      }
    }
    var program: [FormField] = []
    if id == nil, surveyID == programSurvey, !programs.isEmpty {
      program = [
        FormField(
          Field.program, label: .form(.programEvaluated),
          input: .choice([skip] + programs.map { .init(value: $0.id, label: .localized($0.name)) }))
      ]
    }
    return Form(
      title: .form(.survey(id, title: survey.title)),
      purpose: .survey(id, surveyID: surveyID), fields: program + fields)
  }

  /// The program chosen on the form, when it asks for one.
  static func program(_ form: Form) -> String? {
    form.index(of: Field.program).map { _ in form.value(Field.program) }.flatMap {
      $0.isEmpty ? nil : $0
    }
  }

  /// The answers given, or the form saying nothing is answered yet. A value off a
  /// question's scale is left unanswered, never recorded as another answer.
  static func validate(_ form: Form, _ survey: SurveyDefinition) -> Checked<
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
      checked.problem = .form(.nothingAnswered)
      return .failure(checked)
    }
    if let index = form.index(of: Field.program), program(form) == nil {
      var checked = form
      checked.setProblem(Field.program, .form(.chooseProgramEvaluated))
      checked.focus = index
      return .failure(checked)
    }
    return .success(answers)
  }
}
