import Domain

/// The 1–5 question asked of the visitor at the desk after a visit answered on the spot: a
/// score control (`ScoreControl`) that starts unanswered, so only what the visitor said is
/// recorded.
enum SatisfactionForm {
  /// The form's one field; the raw value is the id drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case score
  }

  /// The visitor's answer, from very satisfied (5) down: the raw value is what is recorded.
  enum Score: Int, CaseIterable, Sendable {
    case verySatisfied = 5
    case satisfied = 4
    case neutral = 3
    case dissatisfied = 2
    case veryDissatisfied = 1
  }

  /// The scale the visitor answers on.
  static let scale = 1...5

  static func make(_ id: CaseID) -> Form {
    Form(
      title: .form(.satisfaction(id)),
      purpose: .satisfaction(id),
      fields: [
        FormField(
          Field.score, label: .form(.score),
          input: .score(scale))
      ])
  }

  /// The score the visitor gave, or the form with the problem under its field: a value
  /// that is not 1–5 is refused, never recorded as some other score.
  static func validate(_ form: Form) -> Checked<Int, Form> {
    guard let score = Int(form.value(Field.score)), scale.contains(score) else {
      var checked = form
      checked.setProblem(Field.score, .field(.chooseScore(scale)))
      return .failure(checked)
    }
    return .success(score)
  }
}
