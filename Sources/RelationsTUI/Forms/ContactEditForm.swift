import Domain

/// A person's record on the contacts screen (`e`): a corrected name, another phone, another
/// e-mail.
enum ContactEditForm {
  /// The form's fields; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case name, phone, email
  }

  static func make(title: String, key: ContactKey, name: String?, _ text: UIText) -> Form {
    Form(
      title: title,
      purpose: .contactEdit(key),
      fields: [
        FormField(Field.name, label: text("Name", "الاسم"), input: .line, text: name ?? ""),
        FormField(Field.phone, label: text("Add phone", "جوال آخر"), input: .line),
        FormField(Field.email, label: text("Add e-mail", "بريد آخر"), input: .line),
      ])
  }

  /// The edits the form asks for (none when nothing changed), or the form with the problem
  /// under its field.
  static func validate(_ form: Form, key: ContactKey, currentName: String?, _ text: UIText)
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
        checked.setProblem(Field.phone, text.phoneProblem(problem))
        return .failure(checked)
      }
    }
    let email = form.value(Field.email).trimmingSpaces.lowercased()
    if !email.isEmpty {
      guard email.contains("@") else {
        checked.setProblem(
          Field.email, text("An e-mail address has an @.", "البريد الإلكتروني فيه @."))
        return .failure(checked)
      }
      edits.append(.addKey(key, newKey: .email(email)))
    }
    return .success(edits)
  }
}
