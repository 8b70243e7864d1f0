import Domain

/// The in-person visit form of CONTRACTS.md: Phone, Name, Kind, Subject, Details, then the
/// optional Program and Priority.
enum IntakeForm {
  static func make(office: OfficeConfiguration, language: Language) -> Form {
    let text = UIText(language: language)
    return Form(
      title: text("New in-person visit", "مقابلة حضورية جديدة"),
      purpose: .intake,
      fields: [
        FormField(
          id: "phone", label: text("Phone", "الجوال"), input: .line, limit: FieldLimit.phone),
        FormField(
          id: "name", label: text("Name", "الاسم"), input: .line, limit: FieldLimit.name),
        FormField(
          id: "kind", label: text("Kind", "النوع"),
          input: .choice(CaseKind.allCases.map { .init(value: $0.rawValue, label: text.kind($0)) })),
        FormField(id: "subject", label: text("Subject", "الموضوع"), input: .line),
        FormField(id: "details", label: text("Details", "التفاصيل"), input: .lines),
        FormField(
          id: "program", label: text("Program", "البرنامج"),
          input: .choice(
            [.init(value: "", label: text("none", "لا يوجد"))]
              + office.programs.map { .init(value: $0.id, label: $0.name.text(in: language)) })),
        FormField(
          id: "priority", label: text("Priority", "الأولوية"),
          input: .choice(
            Priority.allCases.map { .init(value: $0.rawValue, label: text.priority($0)) }),
          selected: Priority.allCases.firstIndex(of: .normal) ?? 0),
      ])
  }

  /// What a valid form asks to open.
  struct Visit: Equatable, Sendable {
    var kind: CaseKind
    var subject: String
    var details: String
    var contact: ContactDetails
    var program: String?
    var priority: Priority
  }

  /// The visit the form describes, or the form with each problem written under its field.
  static func validate(_ form: Form, _ text: UIText = UIText(language: .english)) -> Checked<
    Visit, Form
  > {
    var checked = form
    var contact = ContactDetails()
    let phone = form.value("phone").trimmingSpaces
    if !phone.isEmpty {
      switch PhoneNumber.parse(phone) {
      case .success(let number): contact.phone = number
      case .failure(let problem): checked.setProblem("phone", text.phoneProblem(problem))
      }
    }
    let name = form.value("name").trimmingSpaces
    if !name.isEmpty { contact.name = name }
    let subject = form.value("subject").trimmingSpaces
    if subject.isEmpty {
      checked.setProblem(
        "subject",
        text(
          "Type a subject: a few words on what the visitor asks.",
          "اكتب الموضوع: كلمات قليلة عمّا يطلبه الزائر."))
    }
    if let first = checked.fields.firstIndex(where: { $0.problem != nil }) {
      checked.focus = first
      return .failure(checked)
    }
    return .success(
      Visit(
        kind: CaseKind(rawValue: form.value("kind")) ?? .inquiry,
        subject: subject,
        details: form.value("details").trimmingSpaces,
        contact: contact,
        program: form.value("program").isEmpty ? nil : form.value("program"),
        priority: Priority(rawValue: form.value("priority")) ?? .normal))
  }

  /// The person a typed phone number belongs to, once it is a whole number.
  static func recognise(_ form: Form, in contacts: ContactRegistry) -> Contact? {
    guard case .success(let number) = PhoneNumber.parse(form.value("phone")) else { return nil }
    return contacts.recognise(ContactDetails(phone: number))
  }
}
