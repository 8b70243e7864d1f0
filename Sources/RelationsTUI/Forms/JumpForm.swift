import Domain

/// Going to a case by its id from any screen (`#`): one line, read loosely (`v123`,
/// `V-000123`, Arabic-Indic digits), and the case must exist.
enum JumpForm {
  /// The form's one field; the raw value is the field's id.
  enum Field: String, FormFieldID, CaseIterable {
    case id
  }

  static func make() -> Form {
    Form(
      title: .find(.jumpTitle), purpose: .jumpToCase,
      fields: [FormField(Field.id, label: .find(.caseID), input: .line, limit: 24)])
  }

  /// The case the id names, or the form with one sentence under the field.
  static func validate(_ form: Form, desk: Desk) -> Checked<CaseID, Form> {
    let typed = form.value(Field.id).trimmingSpaces
    var checked = form
    guard !typed.isEmpty else {
      checked.setProblem(Field.id, .find(.typeACaseID))
      return .failure(checked)
    }
    guard let id = CaseIDQuery.parse(typed) else {
      checked.setProblem(Field.id, .find(.notACaseID(typed)))
      return .failure(checked)
    }
    guard desk.item(id) != nil else {
      checked.setProblem(Field.id, .find(.noSuchCase(id)))
      return .failure(checked)
    }
    return .success(id)
  }
}
