import Domain

/// A person's record on the contacts screen (`e`): a corrected name, another phone, another
/// e-mail.
enum ContactEditForm {
  /// The form's fields; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case name, phone, email
  }

  /// The form for the person `title` names (their id and name: data, never translated).
  static func make(title: String, key: ContactKey, name: String?) -> Form {
    Form(
      title: .plain(title),
      purpose: .contactEdit(key),
      fields: [
        FormField(Field.name, label: .form(.name), input: .line, text: name ?? ""),
        FormField(Field.phone, label: .form(.addPhone), input: .line),
        FormField(Field.email, label: .form(.addEmail), input: .line),
      ])
  }

  /// The edits the form asks for (none when nothing changed), or the form with the problem
  /// under its field.
  static func validate(_ form: Form, key: ContactKey, currentName: String?)
    -> Checked<[ContactEdit], Form>
  {
    var checked = form
    var edits: [ContactEdit] = []
    let name = form.value(Field.name).trimmingSpaces
    if !name.isEmpty, name != currentName {
      edits.append(.rename(key, name: name))
    }
    let phone = form.value(Field.phone).trimmingSpaces
    if !phone.isEmpty {
      switch PhoneNumber.parse(phone) {
      case .success(let number): edits.append(.addKey(key, newKey: .phone(number)))
      case .failure(let problem):
        checked.setProblem(Field.phone, .form(.phoneProblem(problem)))
        return .failure(checked)
      }
    }
    let email = form.value(Field.email).trimmingSpaces.lowercased()
    if !email.isEmpty {
      guard email.contains("@") else {
        checked.setProblem(Field.email, .form(.emailNeedsAt))
        return .failure(checked)
      }
      edits.append(.addKey(key, newKey: .email(email)))
    }
    return .success(edits)
  }
}
