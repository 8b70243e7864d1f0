import Domain

/// "Answered on the spot" (`r` after saving a visit): the one-line resolution of the visit
/// just saved, asked before the satisfaction question.
enum OnSpotForm {
  /// The form's one field; the raw value is the id drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case text
  }

  static func make(_ id: CaseID, version: Int) -> Form {
    Form(
      title: .form(.onSpot(id)),
      purpose: .resolveOnSpot(id, version: version),
      fields: [FormField(Field.text, label: .form(.resolution), input: .line)])
  }

  /// The resolution to append, or the form with the problem under its field.
  static func validate(_ form: Form) -> Checked<CaseCommand, Form> {
    let resolution = form.value(Field.text).trimmingSpaces
    guard !resolution.isEmpty else {
      var checked = form
      checked.setProblem(Field.text, .form(.writeAnswerGiven))
      return .failure(checked)
    }
    return .success(.resolve(resolution: resolution))
  }
}
