import Domain

/// The in-person visit form of CONTRACTS.md (`n`): Phone, Name, Kind, Subject, Details, then
/// the optional Program, Priority and Party; for a permit request (kind permit) also the
/// program's date and place, after Program. "New case" (`N`) asks the Channel first, then
/// the same fields, then the channel's own optional ones (`channelFields`).
enum IntakeForm {
  /// The form's fields; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case phone, name, kind, subject, details, program, priority
    case channel, party, direction, reference, letterDate, arrival, platform, handle, volunteer
    case programDate, programPlace
  }

  /// The channels in the order "New case" offers them: the desk's own first.
  static let channels: [Channel] = [.visit, .phone, .letter, .social, .website, .volunteer]

  /// The visit form (`n`).
  static func make(office: OfficeConfiguration) -> Form {
    Form(
      title: .form(.newVisit), purpose: .intake,
      fields: visitFields(office: office, party: .presumed(channel: .visit, kind: .inquiry)))
  }

  /// "New case" (`N`) on `channel`, which the first field changes (`reshape`).
  static func make(office: OfficeConfiguration, channel: Channel) -> Form {
    let channelField = FormField(
      Field.channel, label: .intake(.channel),
      input: .choice(channels.map { .init(value: $0.rawValue, label: .vocabulary(.channel($0))) }),
      selected: channels.firstIndex(of: channel) ?? 0)
    let presumed = ContactRole.presumed(channel: channel, kind: .inquiry)
    return Form(
      title: .intake(.newCase), purpose: .intake,
      fields: [channelField] + visitFields(office: office, party: presumed)
        + channelFields(channel))
  }

  /// The form for the channel now chosen in its first field, keeping everything typed; a
  /// party nobody changed follows the channel (volunteer service is a volunteer's).
  static func reshape(_ form: inout Form, from before: Form, office: OfficeConfiguration) {
    guard let channel = Channel(rawValue: form.value(Field.channel)),
      let old = Channel(rawValue: before.value(Field.channel)), channel != old
    else { return }
    var next = make(office: office, channel: channel)
    for field in form.fields where field.id != Field.party.rawValue {
      next.restore(field.id, field.value)
    }
    // A permit's program date and place come back once the kind has made room for them.
    fitToKind(&next)
    for field in form.fields
    where field.id == Field.programDate.rawValue
      || field.id == Field.programPlace.rawValue
    {
      next.restore(field.id, field.value)
    }
    let kind = CaseKind(rawValue: form.value(Field.kind)) ?? .inquiry
    let party = form.value(Field.party)
    next.set(
      Field.party,
      party == ContactRole.presumed(channel: old, kind: kind).rawValue
        ? ContactRole.presumed(channel: channel, kind: kind).rawValue : party)
    next.focus = form.focus
    next.title = form.title
    form.fields = next.fields
  }

  /// Whether the form's party is still the one its channel and kind presume.
  static func partyIsPresumed(_ form: Form) -> Bool {
    let channel = Channel(rawValue: form.value(Field.channel)) ?? .visit
    let kind = CaseKind(rawValue: form.value(Field.kind)) ?? .inquiry
    return form.value(Field.party) == ContactRole.presumed(channel: channel, kind: kind).rawValue
  }

  private static func visitFields(office: OfficeConfiguration, party: ContactRole) -> [FormField] {
    [
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
      FormField(
        Field.party, label: .intake(.party),
        input: .choice(
          ContactRole.allCases.map { .init(value: $0.rawValue, label: .screen(.role($0))) }),
        selected: ContactRole.allCases.firstIndex(of: party) ?? 0),
    ]
  }

  /// The channel's own optional fields, after the visit's.
  static func channelFields(_ channel: Channel) -> [FormField] {
    let notSaid = FormField.Choice(value: "", label: .intake(.notSaid))
    switch channel {
    case .visit: return []
    case .phone:
      return [
        FormField(
          Field.direction, label: .intake(.direction),
          input: .choice(
            [notSaid]
              + ChannelDetails.Direction.allCases.map {
                .init(value: $0.rawValue, label: .intake(.directionChoice($0)))
              }))
      ]
    case .letter:
      return [
        FormField(Field.reference, label: .intake(.letterReference), input: .line),
        FormField(Field.letterDate, label: .intake(.letterDate), input: .line, limit: 10),
        FormField(
          Field.arrival, label: .intake(.arrival),
          input: .choice(
            [notSaid]
              + ChannelDetails.Arrival.allCases.map {
                .init(value: $0.rawValue, label: .intake(.arrivalChoice($0)))
              })),
      ]
    case .social:
      return [
        FormField(Field.platform, label: .intake(.platform), input: .line),
        FormField(Field.handle, label: .intake(.handle), input: .line),
      ]
    case .website:
      return [FormField(Field.reference, label: .intake(.websiteReference), input: .line)]
    case .volunteer:
      return [FormField(Field.volunteer, label: .intake(.volunteer), input: .line)]
    }
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
    var channel: Channel = .visit
    var party: ContactRole = .externalBeneficiary
    var channelDetails = ChannelDetails()
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
    let channel =
      form.index(of: Field.channel) == nil
      ? Channel.visit : Channel(rawValue: form.value(Field.channel))
    if channel == nil {
      checked.setProblem(Field.channel, .intake(.chooseChannel))
    }
    let party = ContactRole(rawValue: form.value(Field.party))
    if party == nil {
      checked.setProblem(Field.party, .intake(.chooseParty))
    }
    var details = ChannelDetails()
    func text(_ field: Field) -> String? {
      let value = form.value(field).trimmingSpaces
      return value.isEmpty ? nil : value
    }
    details.direction = text(.direction).flatMap(ChannelDetails.Direction.init)
    details.reference = text(.reference)
    details.arrival = text(.arrival).flatMap(ChannelDetails.Arrival.init)
    details.platform = text(.platform)
    details.volunteer = text(.volunteer)
    if let date = text(.letterDate) {
      details.letterDate = CivilDate(parsing: date)
      if details.letterDate == nil {
        checked.setProblem(Field.letterDate, .intake(.writeLetterDate))
      }
    }
    if let handle = text(.handle) { contact.handle = handle }
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
    guard let kind, let priority, let channel, let party,
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
        priority: priority, channel: channel, party: party, channelDetails: details,
        programDate: programDate,
        programPlace: kind == .permit && !place.isEmpty ? place : nil))
  }

  /// The person a typed phone number belongs to, once it is a whole number.
  static func recognise(_ form: Form, in contacts: ContactRegistry) -> Contact? {
    guard case .success(let number) = PhoneNumber.parse(form.value(Field.phone)) else { return nil }
    return contacts.recognise(ContactDetails(phone: number))
  }
}
