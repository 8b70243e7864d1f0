import Domain

/// The in-person visit form of CONTRACTS.md: Phone, Name, Kind, Subject, Details, then the
/// optional Program and Priority; for a permit request (kind permit) also the program's date
/// and place, after Program.
enum IntakeForm {
  /// The form's fields; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case phone, name, kind, subject, details, program, priority
    case programDate, programPlace
  }

  static func make(office: OfficeConfiguration) -> Form {
    Form(
      title: .form(.newVisit),
      purpose: .intake,
      fields: [
        FormField(Field.phone, label: .form(.phone), input: .line, limit: FieldLimit.phone),
        FormField(Field.name, label: .form(.name), input: .line, limit: FieldLimit.name),
        FormField(
          Field.kind, label: .form(.kind),
          input: .choice(
            CaseKind.allCases.map { .init(value: $0.rawValue, label: .vocabulary(.kind($0))) })),
        FormField(Field.subject, label: .form(.subject), input: .line),
        FormField(Field.details, label: .form(.details), input: .lines),
        FormField(
          Field.program, label: .form(.program),
          input: .choice(
            [.init(value: "", label: .form(.noProgram))]
              + office.programs.map { .init(value: $0.id, label: .localized($0.name)) })),
        FormField(
          Field.priority, label: .form(.priority),
          input: .choice(
            Priority.allCases.map {
              .init(value: $0.rawValue, label: .vocabulary(.priority($0)))
            }),
          selected: Priority.allCases.firstIndex(of: .normal) ?? 0),
      ])
  }

  /// Shows the program's date and place while the kind is permit, and only then: called
  /// after every edit and when a draft is restored.
  static func fitToKind(_ form: inout Form) {
    let permit = form.value(Field.kind) == CaseKind.permit.rawValue
    let shown = form.index(of: Field.programDate) != nil
    guard permit != shown, let program = form.index(of: Field.program) else { return }
    if permit {
      form.fields.insert(
        contentsOf: [
          FormField(Field.programDate, label: .form(.programDate), input: .line, limit: 10),
          FormField(Field.programPlace, label: .form(.programPlace), input: .line),
        ], at: program + 1)
      if form.focus > program { form.focus += 2 }
    } else {
      form.fields.removeAll {
        $0.id == Field.programDate.rawValue || $0.id == Field.programPlace.rawValue
      }
      if form.focus > program { form.focus = max(program, form.focus - 2) }
    }
  }

  /// What a valid form asks to open.
  struct Visit: Equatable, Sendable {
    var kind: CaseKind
    var subject: String
    var details: String
    var contact: ContactDetails
    var program: String?
    var priority: Priority
    /// A permit request's program: its day and place.
    var programDate: CivilDate? = nil
    var programPlace: String? = nil
  }

  /// The visit the form describes, or the form with each problem written under its field.
  static func validate(_ form: Form) -> Checked<Visit, Form> {
    var checked = form
    var contact = ContactDetails()
    let phone = form.value(Field.phone).trimmingSpaces
    if !phone.isEmpty {
      switch PhoneNumber.parse(phone) {
      case .success(let number): contact.phone = number
      case .failure(let problem):
        checked.setProblem(Field.phone, .form(.phoneProblem(problem)))
      }
    }
    // A choice the form does not offer (a damaged draft) is refused, never replaced.
    let kind = CaseKind(rawValue: form.value(Field.kind))
    if kind == nil {
      checked.setProblem(Field.kind, .form(.chooseKind))
    }
    let priority = Priority(rawValue: form.value(Field.priority))
    if priority == nil {
      checked.setProblem(Field.priority, .form(.choosePriority))
    }
    let name = form.value(Field.name).trimmingSpaces
    if !name.isEmpty { contact.name = name }
    let subject = form.value(Field.subject).trimmingSpaces
    if subject.isEmpty {
      checked.setProblem(Field.subject, .form(.typeSubject))
    }
    var programDate: CivilDate?
    let dateText = form.value(Field.programDate).trimmingSpaces
    if kind == .permit, !dateText.isEmpty {
      programDate = CivilDate(parsing: dateText)
      if programDate == nil { checked.setProblem(Field.programDate, .form(.programDateProblem)) }
    }
    let place = form.value(Field.programPlace).trimmingSpaces
    guard let kind, let priority,
      checked.fields.allSatisfy({ $0.problem == nil })
    else {
      checked.focus = checked.fields.firstIndex { $0.problem != nil } ?? checked.focus
      return .failure(checked)
    }
    return .success(
      Visit(
        kind: kind,
        subject: subject,
        details: form.value(Field.details).trimmingSpaces,
        contact: contact,
        program: form.value(Field.program).isEmpty ? nil : form.value(Field.program),
        priority: priority, programDate: programDate,
        programPlace: kind == .permit && !place.isEmpty ? place : nil))
  }

  /// The person a typed phone number belongs to, once it is a whole number.
  static func recognise(_ form: Form, in contacts: ContactRegistry) -> Contact? {
    guard case .success(let number) = PhoneNumber.parse(form.value(Field.phone)) else { return nil }
    return contacts.recognise(ContactDetails(phone: number))
  }
}
