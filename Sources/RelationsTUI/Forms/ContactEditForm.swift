import Domain

/// A person's record on the contacts screen (`e`): a corrected name, another phone, another
/// e-mail, and their parties (a yes/no for each role).
enum ContactEditForm {
  /// The form's fields; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case name, phone, email
    case beneficiary, `internal`, supporter, volunteer

    /// The role a yes/no field stands for.
    var role: ContactRole? { ContactRole(rawValue: rawValue) }
  }

  /// The form for the person `title` names (their id and name: data, never translated).
  static func make(
    title: String, key: ContactKey, name: String?, roles: Set<ContactRole> = []
  ) -> Form {
    let yesNo: [FormField.Choice] = [
      .init(value: "no", label: .form(.no)), .init(value: "yes", label: .form(.yes)),
    ]
    let roleFields = ContactRole.allCases.compactMap { role -> FormField? in
      Field(rawValue: role.rawValue).map {
        FormField(
          $0, label: .screen(.role(role)), input: .choice(yesNo),
          selected: roles.contains(role) ? 1 : 0)
      }
    }
    return Form(
      title: .plain(title),
      purpose: .contactEdit(key),
      fields: [
        FormField(Field.name, label: .form(.name), input: .line, text: name ?? ""),
        FormField(Field.phone, label: .form(.addPhone), input: .line),
        FormField(Field.email, label: .form(.addEmail), input: .line),
      ] + roleFields)
  }

  /// The edits the form asks for (none when nothing changed), or the form with the problem
  /// under its field.
  static func validate(
    _ form: Form, key: ContactKey, currentName: String?, currentRoles: Set<ContactRole> = []
  )
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
    // A form without the role fields (a draft from before them) leaves the roles alone.
    let present = Field.allCases.filter { $0.role != nil && form.index(of: $0) != nil }
    if !present.isEmpty {
      let roles = Set(present.filter { form.value($0) == "yes" }.compactMap(\.role))
      guard !roles.isEmpty else {
        checked.setProblem(present[0], .intake(.keepOneRole))
        return .failure(checked)
      }
      if roles != currentRoles { edits.append(.setRoles(key, roles: roles)) }
    }
    return .success(edits)
  }
}
