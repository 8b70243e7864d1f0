import Domain

/// Two records found to be one person (contacts screen, `m`): which record this one joins.
enum ContactMergeForm {
  /// The form's one field; the raw value is the id drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case into
  }

  /// The form for the person `title` names (their id and name: data, never translated).
  static func make(title: String, key: ContactKey, choices: [FormField.Choice]) -> Form {
    Form(
      title: .form(.mergeInto(title)),
      purpose: .contactMerge(key),
      fields: [FormField(Field.into, label: .form(.sameAs), input: .choice(choices))])
  }

  /// The merge the form asks for, or the form with the problem under its field.
  static func validate(_ form: Form, key: ContactKey) -> Checked<ContactEdit, Form> {
    guard let other = ContactKey(text: form.value(Field.into)) else {
      var checked = form
      checked.setProblem(Field.into, .form(.chooseRecord))
      return .failure(checked)
    }
    return .success(.merge(key, into: other))
  }
}
