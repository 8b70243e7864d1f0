import Domain
import Foundation
import Office

/// The desk's forms and prompts: opening them from keys, editing, saving, and what saving
/// asks the shell to do.
extension DeskUpdate {
  static func handleSavedVisit(_ key: KeyPress, _ id: CaseID, _ state: inout AppState)
    -> [Effect]
  {
    switch key {
    case .character("r"):
      guard let saved = state.desk.item(id) else { return [] }
      state.overlay = .form(resolveOnSpotForm(id, version: saved.version, state.desk.text))
    case .character("n"):
      state.overlay = .form(
        IntakeForm.make(office: state.desk.office, language: state.desk.language))
      state.notice = nil
    default:
      state.overlay = nil
    }
    return []
  }

  static func satisfactionForm(_ id: CaseID, _ text: UIText) -> Form {
    Form(
      title: "\(id) · "
        + text("How satisfied is the visitor? (ask them)", "ما مدى رضا الزائر؟ (اسأله)"),
      purpose: .satisfaction(id),
      fields: [
        FormField(
          id: "score", label: text("Score", "الدرجة"),
          input: .choice([
            .init(value: "5", label: text("5 very satisfied", "5 راضٍ جدًا")),
            .init(value: "4", label: text("4 satisfied", "4 راضٍ")),
            .init(value: "3", label: text("3 neutral", "3 محايد")),
            .init(value: "2", label: text("2 dissatisfied", "2 غير راضٍ")),
            .init(value: "1", label: text("1 very dissatisfied", "1 غير راضٍ إطلاقًا")),
          ]))
      ])
  }

  /// The one-line resolution asked when a visit was answered at the desk.
  static func resolveOnSpotForm(_ id: CaseID, version: Int, _ text: UIText) -> Form {
    Form(
      title: "\(id) · " + text("Answered on the spot", "أُجيب في الحال"),
      purpose: .resolveOnSpot(id, version: version),
      fields: [FormField(id: "text", label: text("Resolution", "ما تم"), input: .line)])
  }

  static func handleForm(_ key: KeyPress, _ original: Form, _ state: inout AppState)
    -> [Effect]
  {
    var form = original
    if form.confirmingCancel {
      form.confirmingCancel = false
      if key == .character("y") || key == .character("Y") {
        state.overlay = nil
        state.notice = Notice(text: state.desk.text("Discarded.", "أُهمل."), tone: .info)
        return [.discardDraft]
      }
      state.overlay = .form(form)
      return []
    }
    switch key {
    case .escape:
      if form.isDirty, !isSatisfaction(form) {
        form.confirmingCancel = true
        state.overlay = .form(form)
        return []
      }
      state.overlay = nil
      return [.discardDraft]
    case .control("s"), .function(2):
      return submit(form, &state)
    case .tab:
      form.moveFocus(by: 1)
    case .backTab:
      form.moveFocus(by: -1)
    case .enter:
      if case .lines = form.focusedField.input {
        if form.edit(key) == .refused {
          form.fields[form.focus].problem = FieldLimit.refused(form.focusedField, state.desk.text)
        }
      } else if form.focus == form.fields.count - 1 {
        return submit(form, &state)
      } else {
        form.moveFocus(by: 1)
      }
    default:
      let before = form
      switch form.edit(key) {
      case .ignored:
        if key == .down { form.moveFocus(by: 1) }
        if key == .up { form.moveFocus(by: -1) }
        state.overlay = .form(form)
        return []
      case .refused:
        // Nothing changed, so no draft to keep: only the sentence under the field.
        form.fields[form.focus].problem = FieldLimit.refused(form.focusedField, state.desk.text)
        state.overlay = .form(form)
        return []
      case .edited:
        break
      }
      afterEdit(&form, before: before, desk: state.desk)
      state.overlay = .form(form)
      return isSatisfaction(form) ? [] : [.saveDraft(form)]
    }
    state.overlay = .form(form)
    return []
  }

  static func isSatisfaction(_ form: Form) -> Bool {
    if case .satisfaction = form.purpose { return true }
    if case .survey = form.purpose { return true }
    return false
  }

  /// What a field's new value brings with it: a recognised person's name, a template's text.
  static func afterEdit(_ form: inout Form, before: Form, desk: Desk) {
    let field = form.focusedField
    if form.purpose == .intake, field.id == "phone", form.value("name").isEmpty,
      let known = IntakeForm.recognise(form, in: desk.contacts), let name = known.name
    {
      form.set("name", name)
    }
    if field.id == "template", case .action(.reply, let id, _) = form.purpose,
      let item = desk.item(id)
    {
      let previous =
        desk.templates.first { $0.id == before.value("template") }?.text(for: item) ?? ""
      let typed = form.value("text")
      if typed.isEmpty || typed == previous {
        form.set(
          "text", desk.templates.first { $0.id == form.value("template") }?.text(for: item) ?? "")
      }
    }
  }

  static func submit(_ form: Form, _ state: inout AppState) -> [Effect] {
    var form = form
    form.problem = nil
    if state.desk.readOnly != nil {
      // Every form saves by writing a log: refused before anything is tried, the form kept.
      form.problem = ReadOnlyReason.refusal(state.desk.text)
      state.overlay = .form(form)
      return []
    }
    let timeZone = TimeZone(identifier: state.desk.office.timeZone) ?? .gmt
    switch form.purpose {
    case .intake:
      switch IntakeForm.validate(form, state.desk.text) {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let visit):
        state.overlay = .form(form)
        return [.openVisit(visit)]
      }
    case .action(let action, let id, let version):
      guard let item = state.desk.item(id) else { return [] }
      switch CaseAction.command(
        action, from: form, channel: item.id.channel, timeZone: timeZone, text: state.desk.text)
      {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let command):
        state.overlay = .form(form)
        return [.execute(command, on: id, expectedVersion: version)]
      }
    case .resolveOnSpot(let id, let version):
      let text = form.value("text").trimmingSpaces
      guard !text.isEmpty else {
        form.setProblem(
          "text",
          state.desk.text("Write the answer given, in a line.", "اكتب الإجابة المقدمة في سطر."))
        state.overlay = .form(form)
        return []
      }
      state.overlay = .form(form)
      return [.execute(.resolve(resolution: text), on: id, expectedVersion: version)]
    case .contactEdit(let key):
      var edits: [ContactEdit] = []
      let name = form.value("name").trimmingSpaces
      if !name.isEmpty, name != state.desk.contacts.contact(for: key)?.name {
        edits.append(.rename(key, name: name))
      }
      let phone = form.value("phone").trimmingSpaces
      if !phone.isEmpty {
        switch PhoneNumber.parse(phone) {
        case .success(let number): edits.append(.addKey(key, newKey: .phone(number)))
        case .failure(let problem):
          form.setProblem("phone", state.desk.text.phoneProblem(problem))
          state.overlay = .form(form)
          return []
        }
      }
      let email = form.value("email").trimmingSpaces.lowercased()
      if !email.isEmpty {
        guard email.contains("@") else {
          form.setProblem(
            "email", state.desk.text("An e-mail address has an @.", "البريد الإلكتروني فيه @."))
          state.overlay = .form(form)
          return []
        }
        edits.append(.addKey(key, newKey: .email(email)))
      }
      guard !edits.isEmpty else {
        state.overlay = nil
        return []
      }
      state.overlay = .form(form)
      return [.editContact(edits)]
    case .contactMerge(let key):
      guard let other = ContactKey(text: form.value("into")) else { return [] }
      state.overlay = .form(form)
      return [.editContact([.merge(key, into: other)])]
    case .survey(let id, let surveyID):
      guard let survey = state.desk.surveys[surveyID] else { return [] }
      var answers: [String: SurveyAnswer] = [:]
      for question in survey.questions {
        let value = form.value(question.id).trimmingSpaces
        guard !value.isEmpty else { continue }
        switch question.scale {
        case .rating5, .nps: if let number = Int(value) { answers[question.id] = .number(number) }
        case .yesno: answers[question.id] = value == "yes" ? .yes : .no
        case .text: answers[question.id] = .text(value)
        }
      }
      guard !answers.isEmpty else {
        form.problem = state.desk.text(
          "Nothing is answered yet: ← → choose an answer, Esc leaves.",
          "لم يُجب عن شيء بعد: ← → لاختيار الإجابة، Esc للخروج.")
        state.overlay = .form(form)
        return []
      }
      state.overlay = .form(form)
      return [.recordSurvey(id, surveyID: surveyID, answers: answers)]
    case .satisfaction(let id):
      state.overlay = .form(form)
      return [.recordSatisfaction(id, score: Int(form.value("score")) ?? 5)]
    }
  }

  /// `S`: the survey's questions as a form, one choice per question (or a line for text),
  /// each starting unanswered so that only what the person said is recorded.
  static func openSurvey(_ state: inout AppState) {
    let text = state.desk.text
    // From the surveys screen: the survey shown there, answered by someone with no case.
    let item = state.screen == .inbox ? state.selectedCase : nil
    guard state.screen == .surveys || item != nil else {
      state.notice = Notice(
        text: text(
          "Select a case in the inbox first (1, then j/k), or press S on the surveys screen (2).",
          "اختر حالة في الوارد أولًا (1 ثم j/k)، أو اضغط S في شاشة الاستبانات (2)."),
        tone: .error)
      return
    }
    let surveyID =
      state.screen == .surveys
      ? state.surveyID
      : item?.program != nil && state.desk.surveys["program"] != nil
        ? "program"
        : state.desk.surveys["service"] != nil ? "service" : state.desk.surveys.keys.sorted().first
    guard let surveyID, let survey = state.desk.surveys[surveyID] else {
      state.notice = Notice(
        text: text("The office has no survey to ask.", "لا استبانة في المكتب لتُسأل."), tone: .error)
      return
    }
    let skip = FormField.Choice(value: "", label: text("—", "—"))
    let fields = survey.questions.map { question -> FormField in
      let label = text(question.text)
      switch question.scale {
      case .rating5:
        return FormField(
          id: question.id, label: label,
          input: .choice([skip] + (1...5).map { .init(value: "\($0)", label: text.number($0)) }))
      case .nps:
        return FormField(
          id: question.id, label: label,
          input: .choice([skip] + (0...10).map { .init(value: "\($0)", label: text.number($0)) }))
      case .yesno:
        return FormField(
          id: question.id, label: label,
          input: .choice([
            skip, .init(value: "yes", label: text("yes", "نعم")),
            .init(value: "no", label: text("no", "لا")),
          ]))
      case .text:
        return FormField(id: question.id, label: label, input: .line)
      }
    }
    state.overlay = .form(
      Form(
        title: (item.map { "\($0.id) · " } ?? text("No case · ", "دون حالة · "))
          + text(survey.title) + text(" (asked by you)", " (تسأله أنت)"),
        purpose: .survey(item?.id, surveyID: surveyID), fields: fields))
  }

  /// `e` and `m` on the contacts screen: the selected person's record.
  static func openContactForm(_ action: DeskAction, _ state: inout AppState) {
    let text = state.desk.text
    let people = ContactsScreen.shown(state)
    guard state.screen == .contacts, people.indices.contains(state.contactIndex),
      let key = people[state.contactIndex].keys.first
    else {
      state.notice = Notice(
        text: text(
          "Choose a person on the contacts screen (4) first.",
          "اختر مراجعًا في شاشة المراجعين (4) أولًا."),
        tone: .error)
      return
    }
    let person = people[state.contactIndex]
    let title = person.id + " · " + (person.name ?? "")
    if action == .editContact {
      state.overlay = .form(
        Form(
          title: title,
          purpose: .contactEdit(key),
          fields: [
            FormField(
              id: "name", label: text("Name", "الاسم"), input: .line, text: person.name ?? ""),
            FormField(id: "phone", label: text("Add phone", "جوال آخر"), input: .line),
            FormField(id: "email", label: text("Add e-mail", "بريد آخر"), input: .line),
          ]))
      return
    }
    let twins = state.contactTwins[person.id] ?? []
    let choices = twins.compactMap { twin -> FormField.Choice? in
      twin.keys.first.map {
        .init(
          value: $0.text,
          label: "\(twin.id) " + twin.keys.map(ContactsScreen.describe).joined(separator: " "))
      }
    }
    guard !choices.isEmpty else {
      state.notice = Notice(
        text: text(
          "No record looks like the same person; nothing to merge.",
          "لا سجل يبدو للشخص نفسه؛ لا شيء للدمج."),
        tone: .info)
      return
    }
    state.overlay = .form(
      Form(
        title: title + text(" · merge into", " · دمج في"),
        purpose: .contactMerge(key),
        fields: [FormField(id: "into", label: text("Same as", "هو نفسه"), input: .choice(choices))])
    )
  }

  static func openPrompt(_ action: DeskAction, _ state: inout AppState) {
    guard state.screen == .inbox, let item = state.selectedCase else {
      state.notice = Notice(
        text: state.desk.text(
          "Select a case in the inbox first (1, then j/k).", "اختر حالة في الوارد أولًا (1 ثم j/k)."),
        tone: .error)
      return
    }
    let caseAction: CaseAction
    switch action {
    case .assign: caseAction = .assign
    case .priority: caseAction = .priority
    case .status: caseAction = .status
    case .note: caseAction = .note
    case .reply: caseAction = .reply
    case .resolve:
      guard item.status.isActive else {
        state.notice = Notice(
          text: state.desk.text(
            "\(item.id) is already \(item.status.rawValue).",
            "\(item.id) \(state.desk.text.status(item.status)) أصلًا."),
          tone: .error)
        return
      }
      caseAction = .resolve
    case .reopen:
      guard item.status == .resolved else {
        state.notice = Notice(
          text: state.desk.text(
            "Only a resolved case can be reopened; \(item.id) is \(item.status.rawValue).",
            "لا يُعاد فتح إلا حالة معالجة؛ \(item.id) \(state.desk.text.status(item.status))."),
          tone: .error)
        return
      }
      caseAction = .reopen
    case .permit:
      switch CaseAction.permitStep(for: item, state.desk.text) {
      case .success(let step): caseAction = step
      case .failure(let reason):
        state.notice = Notice(text: reason, tone: .error)
        return
      }
    default: return
    }
    let dates = DateText(timeZoneIdentifier: state.desk.office.timeZone)
    switch CaseAction.prompt(
      caseAction, for: item, desk: state.desk, today: dates.isoDay(state.now))
    {
    case .success(let form): state.overlay = .form(form)
    case .failure(let reason): state.notice = Notice(text: reason, tone: .error)
    }
  }
}
