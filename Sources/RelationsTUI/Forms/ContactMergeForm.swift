import Domain

/// Two records found to be one person (contacts screen, `m`): which record this one joins.
enum ContactMergeForm {
  /// The form's one field; the raw value is the id drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case into
  }

  static func make(title: String, key: ContactKey, choices: [FormField.Choice], _ text: UIText)
    -> Form
  {
    Form(
      title: title + text(" · merge into", " · دمج في"),
      purpose: .contactMerge(key),
      fields: [FormField(Field.into, label: text("Same as", "هو نفسه"), input: .choice(choices))])
  }

  /// The merge the form asks for, or the form with the problem under its field.
  static func validate(_ form: Form, key: ContactKey, _ text: UIText) -> Checked<
    ContactEdit, Form
  > {
    guard let other = ContactKey(text: form.value(Field.into)) else {
      var checked = form
      checked.setProblem(
        Field.into, text("Choose the record with ← →.", "اختر السجل بالسهمين ← →."))
      return .failure(checked)
    }
    return .success(.merge(key, into: other))
  }
}
