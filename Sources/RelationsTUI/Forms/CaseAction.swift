import Domain
import Foundation
import Office

/// The officer's actions on a case (CONTRACTS.md): each opens a prompt, and saving the prompt
/// becomes one `CaseCommand` appended with the version of the case the officer saw.
enum CaseAction: String, Equatable, Sendable {
  case assign, priority, status, note, reply, resolve, reopen
  case submitPermit, decidePermit, notifyRequester
  /// A low score's follow-up: taken (owner, due), then done with a note.
  case takeFollowUp, completeFollowUp
  /// Kind, program, department, party and tags; merging a duplicate into the case it repeats;
  /// linking a related case.
  case triage, merge, link

  /// The fields of the actions' prompts; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case assignee, priority, status, reason, text, template, reference, date, decision, how, detail
    case owner, due
    case kind, program, department, tags, target, party
    /// The reply's medium (`OutboundMedium`'s raw value), empty when it is not sent.
    case send
  }

  /// The prompt for this action on `item`, or why the action does not apply to it now.
  static func prompt(
    _ action: CaseAction, for item: Case, desk: Desk, today: String
  ) -> Checked<Form, Phrase> {
    let purpose = Form.Purpose.action(action, item.id, version: item.version)
    func form(_ fields: [FormField]) -> Checked<Form, Phrase> {
      .success(Form(title: .form(.action(action, on: item.id)), purpose: purpose, fields: fields))
    }
    switch action {
    case .assign:
      let choices =
        [FormField.Choice(value: "", label: .form(.nobody))]
        + desk.office.staff.map {
          .init(value: $0.account, label: .plain("\($0.name) (\($0.account))"))
        }
      var field = FormField(Field.assignee, label: .form(.assignTo), input: .choice(choices))
      field.selected = choices.firstIndex { $0.value == (item.assignee ?? "") } ?? 0
      return form([field])
    case .priority:
      var field = FormField(
        Field.priority, label: .form(.priority),
        input: .choice(
          Priority.allCases.map { .init(value: $0.rawValue, label: .vocabulary(.priority($0))) }))
      field.selected = Priority.allCases.firstIndex(of: item.priority) ?? 0
      return form([field])
    case .status:
      // The decider says which status changes the case takes; the prompt offers those.
      let offered = StatusChoice.allCases.filter {
        CaseDecider.allows($0.command(reason: ""), on: item)
      }
      let choices = offered.map { FormField.Choice(value: $0.rawValue, label: $0.label) }
      guard !choices.isEmpty else {
        let reason: FormPhrase =
          item.status == .authority ? .permitWithAuthority : .noStatusToChange(item.status)
        return .failure(.form(reason))
      }
      return form([
        FormField(Field.status, label: .form(.status), input: .choice(choices)),
        FormField(Field.reason, label: .form(.reason), input: .line),
      ])
    case .note:
      return form([FormField(Field.text, label: .form(.note), input: .lines)])
    case .reply:
      // The templates written for this case's kind and permit step first, then the rest.
      let fitting = desk.templates.filter { $0.fits(item) }
      let others = desk.templates.filter { !$0.fits(item) }
      let choices =
        [FormField.Choice(value: "", label: .form(.noTemplate))]
        + (fitting + others).map { .init(value: $0.id, label: .plain("\($0.id) · \($0.title)")) }
      return form([
        FormField(Field.template, label: .form(.template), input: .choice(choices)),
        FormField(Field.text, label: .form(.reply), input: .lines),
        sendField(for: item),
      ])
    case .resolve:
      return form([FormField(Field.text, label: .form(.resolution), input: .lines)])
    case .reopen:
      return form([FormField(Field.text, label: .form(.why), input: .line)])
    case .submitPermit:
      return form([
        FormField(Field.reference, label: .form(.reference), input: .line),
        FormField(Field.date, label: .form(.date), input: .line, text: today),
      ])
    case .decidePermit:
      return form([
        FormField(
          Field.decision, label: .form(.decision),
          input: .choice(
            PermitDecision.allCases.map {
              .init(value: $0.rawValue, label: .vocabulary(.permitStep($0.step)))
            })),
        FormField(Field.reference, label: .form(.reference), input: .line),
        FormField(Field.date, label: .form(.date), input: .line, text: today),
      ])
    case .notifyRequester:
      return form([
        FormField(
          Field.how, label: .form(.how),
          input: .choice(
            NotificationMeans.allCases.map {
              .init(value: $0.rawValue, label: .form(.notification($0)))
            })),
        FormField(Field.detail, label: .form(.detail), input: .line),
      ])
    case .takeFollowUp:
      let dates = DateText(timeZoneIdentifier: desk.office.timeZone)
      let due = FormField(
        Field.due, label: .surveys(.due), input: .line,
        text: item.followUp?.due.map(dates.isoDay) ?? today)
      let choices = desk.office.staff.map {
        FormField.Choice(value: $0.account, label: .plain("\($0.name) (\($0.account))"))
      }
      // An office with no staff list names its people by account, typed.
      guard !choices.isEmpty else {
        return form([
          FormField(
            Field.owner, label: .surveys(.owner), input: .line, text: item.followUp?.owner ?? ""),
          due,
        ])
      }
      var owner = FormField(Field.owner, label: .surveys(.owner), input: .choice(choices))
      owner.selected = choices.firstIndex { $0.value == item.followUp?.owner } ?? 0
      return form([owner, due])
    case .completeFollowUp:
      return form([FormField(Field.text, label: .surveys(.outcome), input: .lines)])
    case .triage:
      return form(triageFields(item, office: desk.office, language: desk.language))
    case .merge, .link:
      let choices = otherCases(than: item, desk: desk)
      guard !choices.isEmpty else { return .failure(.form(.noOtherCase)) }
      return form([
        FormField(
          Field.target, label: .form(action == .merge ? .duplicateOf : .relatedCase),
          input: .choice(choices))
      ])
    }
  }

  /// The reply's "Send by": the media that reach the case's person, each with where it
  /// goes, and "not sent" for a reply given in person or by a call; the case's channel's
  /// way back chosen when it reaches them (`ReplyMedium`).
  static func sendField(for item: Case) -> FormField {
    let media = OutboundMedium.reaching(item.contact)
    let choices =
      media.map { medium in
        // The address is the public's: cut to a line and isolated, as the timeline shows it.
        let to = medium.address(in: item.contact).map {
          Bidi.isolate(String(TextLayout.head($0, columns: 60)))
        }
        return FormField.Choice(
          value: medium.rawValue, label: .outbox(.sendChoice(medium, to: to ?? "")))
      } + [FormField.Choice(value: "", label: .outbox(.notSent))]
    let chosen = ReplyMedium.default(for: item)?.rawValue ?? ""
    return FormField(
      Field.send, label: .outbox(.sendField), input: .choice(choices),
      selected: choices.firstIndex { $0.value == chosen } ?? choices.count - 1)
  }

  /// Triage's fields, each starting at what the case has; a case with a program and no
  /// department is offered the program's department.
  private static func triageFields(
    _ item: Case, office: OfficeConfiguration, language: Language
  ) -> [FormField] {
    var kind = FormField(
      Field.kind, label: .form(.kind),
      input: .choice(
        CaseKind.allCases.map { .init(value: $0.rawValue, label: .vocabulary(.kind($0))) }))
    kind.selected = CaseKind.allCases.firstIndex(of: item.kind) ?? 0
    var program = FormField(
      Field.program, label: .form(.program),
      input: .choice(
        [.init(value: "", label: .form(.noProgram))]
          + office.programs.map { .init(value: $0.id, label: .localized($0.name)) }))
    program.selected = (office.programs.firstIndex { $0.id == item.program }).map { $0 + 1 } ?? 0
    let suggested =
      item.department ?? office.suggestedDepartment(kind: item.kind, program: item.program)
    var department = FormField(
      Field.department, label: .form(.department),
      input: .choice(
        [.init(value: "", label: .form(.noDepartment))]
          + office.departments.map { .init(value: $0.id, label: .localized($0.name)) }))
    department.selected =
      (office.departments.firstIndex { $0.id == suggested }).map { $0 + 1 } ?? 0
    let tags = FormField(
      Field.tags, label: .form(.tags), input: .line, text: item.tags.joined(separator: ", "))
    let party = FormField(
      Field.party, label: .intake(.party),
      input: .choice(
        ContactRole.allCases.map { .init(value: $0.rawValue, label: .screen(.role($0))) }),
      selected: ContactRole.allCases.firstIndex(of: item.party) ?? 0)
    return [kind, program, department, party, tags]
  }

  /// The cases a merge or a link may point at: the same person's other cases first, then
  /// the newest cases still being worked on; the choice list narrows them as one types an
  /// id, a name or words of the subject.
  private static func otherCases(than item: Case, desk: Desk) -> [FormField.Choice] {
    let own = desk.contacts.recognise(item.contact)?.cases ?? []
    var ids = own.reversed().filter { $0 != item.id }
    var seen = Set(ids)
    seen.insert(item.id)
    let recent = desk.cases.filter { $0.status.isActive && $0.mergedInto == nil }
      .sorted { $0.receivedAt > $1.receivedAt }
      .prefix(300)
    for other in recent where seen.insert(other.id).inserted { ids.append(other.id) }
    return ids.compactMap { desk.item($0) }.filter { $0.mergedInto == nil }.map { other in
      let who = other.contact.name.map { " · " + $0 } ?? ""
      return .init(
        value: other.id.description, label: .plain("\(other.id) · \(other.subject)\(who)"))
    }
  }

  /// The permit action that comes next for `item`, or why there is none.
  static func permitStep(for item: Case) -> Checked<CaseAction, Phrase> {
    guard item.permit != nil else {
      return .failure(.form(.notAPermit(item.id)))
    }
    // The steps in their order: the decider says which one the permit is ready for.
    var refusals: [CaseRejection] = []
    for step in [CaseAction.submitPermit, .decidePermit, .notifyRequester] {
      guard let probe = step.probe(on: item) else { continue }
      guard let refusal = CaseDecider.refusal(of: probe, on: item) else { return .success(step) }
      refusals.append(refusal)
    }
    if let other = refusals.first(where: { if case .permitStep = $0 { false } else { true } }) {
      // Refused for the case itself (closed, merged), not for where the permit is.
      return .failure(.office(.rejection(other)))
    }
    return .failure(.form(.requesterAlreadyNotified))
  }

  /// The command a filled prompt asks for, or the form with the problem under its field.
  /// `now`, when given, refuses a follow-up due on a day already past.
  static func validate(
    _ action: CaseAction, from form: Form, channel: Channel, timeZone: TimeZone, now: Date? = nil
  ) -> Checked<CaseCommand, Form> {
    func required(_ id: Field, _ problem: FormPhrase) -> Checked<CaseCommand, Form> {
      var checked = form
      if let index = checked.index(of: id) {
        checked.setProblem(id, .form(problem))
        checked.focus = index
      } else {
        // A form without the field (a draft from another version): said above the keys.
        checked.problem = .form(problem)
      }
      return .failure(checked)
    }
    func text(_ id: Field) -> String { form.value(id).trimmingSpaces }
    func refuse(_ id: Field, _ problem: Phrase) -> Checked<CaseCommand, Form> {
      var checked = form
      guard let index = checked.index(of: id) else {
        // A form without the field (a draft from another version): said above the keys.
        checked.problem = problem
        return .failure(checked)
      }
      checked.setProblem(id, problem)
      checked.focus = index
      return .failure(checked)
    }
    func missing(_ id: Field, _ problem: SurveysPhrase) -> Checked<CaseCommand, Form> {
      refuse(id, .surveys(problem))
    }
    switch action {
    case .assign:
      return .success(
        .assign(to: form.value(Field.assignee).isEmpty ? nil : form.value(Field.assignee)))
    case .priority:
      guard let priority = Priority(rawValue: form.value(Field.priority)) else {
        return required(.priority, .choosePriority)
      }
      return .success(.triage(.init(priority: priority)))
    case .status:
      guard let choice = StatusChoice(rawValue: form.value(Field.status)) else {
        return required(.status, .chooseStatus)
      }
      if choice == .waiting, text(.reason).isEmpty {
        return required(.reason, .sayWhatItWaitsFor)
      }
      return .success(choice.command(reason: text(.reason)))
    case .note:
      guard !text(.text).isEmpty else {
        return required(.text, .typeNote)
      }
      return .success(.note(text(.text)))
    case .reply:
      guard !text(.text).isEmpty else {
        return required(.text, .typeReply)
      }
      // A reply is never stored with a blank: what the case could not fill is the officer's.
      if let (placeholder, offset) = ReplyTemplate.firstPlaceholder(in: form.value(Field.text)) {
        var refused = refuse(.text, .field(.fillPlaceholder(placeholder)))
        if case .failure(var checked) = refused, let index = checked.index(of: Field.text) {
          checked.fields[index].buffer.moveCaret(to: offset)
          refused = .failure(checked)
        }
        return refused
      }
      // A form with no "Send by" (or "not sent" chosen) only records the reply.
      return .success(
        .reply(
          channel: channel, text: text(.text),
          template: form.value(Field.template).isEmpty ? nil : form.value(Field.template),
          send: OutboundMedium(rawValue: form.value(Field.send))))
    case .resolve:
      guard !text(.text).isEmpty else {
        return required(.text, .writeResolution)
      }
      return .success(.resolve(resolution: text(.text)))
    case .reopen:
      guard !text(.text).isEmpty else {
        return required(.text, .sayWhyReopened)
      }
      return .success(.reopen(reason: text(.text)))
    case .submitPermit, .decidePermit:
      guard !text(.reference).isEmpty else {
        return required(.reference, .typeReference)
      }
      guard let date = CivilDateText.parse(text(.date), timeZone: timeZone) else {
        return required(.date, .writeDate)
      }
      if action == .submitPermit {
        return .success(.submitPermit(reference: text(.reference), date: date))
      }
      guard let decision = PermitDecision(rawValue: form.value(Field.decision)) else {
        return required(.decision, .chooseDecision)
      }
      return .success(
        .decidePermit(
          approved: decision == .approved, reference: text(.reference), date: date))
    case .notifyRequester:
      let detail = text(.detail)
      return .success(
        .notifyRequester(how: form.value(Field.how) + (detail.isEmpty ? "" : ": " + detail)))
    case .takeFollowUp:
      guard !text(.owner).isEmpty else { return missing(.owner, .chooseOwner) }
      var due: Date?
      if !text(.due).isEmpty {
        guard let day = CivilDateText.parse(text(.due), timeZone: timeZone) else {
          return missing(.due, .writeDue)
        }
        // A follow-up due before today would be overdue the moment it is taken.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let now, calendar.startOfDay(for: day) < calendar.startOfDay(for: now) {
          return missing(.due, .dueInThePast)
        }
        due = day
      }
      return .success(.takeFollowUp(owner: text(.owner), due: due))
    case .completeFollowUp:
      guard !text(.text).isEmpty else { return missing(.text, .writeOutcome) }
      return .success(.completeFollowUp(note: text(.text)))
    case .triage:
      guard let kind = CaseKind(rawValue: form.value(Field.kind)) else {
        return required(.kind, .chooseKind)
      }
      var tags: [String] = []
      for tag in text(.tags).split(separator: ",").map({ String($0).trimmingSpaces })
      where !tag.isEmpty {
        if !tags.contains(tag) { tags.append(tag) }
      }
      return .success(
        .triage(
          .init(
            kind: kind, tags: tags, department: form.value(Field.department),
            program: form.value(Field.program),
            party: ContactRole(rawValue: form.value(Field.party)))))
    case .merge, .link:
      guard let target = CaseID(form.value(Field.target)) else {
        return required(.target, .chooseCase)
      }
      return .success(action == .merge ? .merge(into: target) : .link(to: target))
    }
  }
}
