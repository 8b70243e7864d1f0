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
      state.overlay = .form(OnSpotForm.make(id, version: saved.version, state.desk.text))
    case .character("n"):
      state.overlay = .form(
        IntakeForm.make(office: state.desk.office, language: state.desk.language))
      state.notice = nil
    default:
      state.overlay = nil
    }
    return []
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
    if form.purpose == .intake, field.id == IntakeForm.Field.phone.rawValue,
      form.value(IntakeForm.Field.name).isEmpty,
      let known = IntakeForm.recognise(form, in: desk.contacts), let name = known.name
    {
      form.set(IntakeForm.Field.name, name)
    }
    if field.id == CaseAction.Field.template.rawValue,
      case .action(.reply, let id, _) = form.purpose,
      let item = desk.item(id)
    {
      let template = { (form: Form) in
        desk.templates.first { $0.id == form.value(CaseAction.Field.template) }?.text(for: item)
          ?? ""
      }
      let typed = form.value(CaseAction.Field.text)
      if typed.isEmpty || typed == template(before) {
        form.set(CaseAction.Field.text, template(form))
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
      switch CaseAction.validate(
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
      switch OnSpotForm.validate(form, state.desk.text) {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let command):
        state.overlay = .form(form)
        return [.execute(command, on: id, expectedVersion: version)]
      }
    case .contactEdit(let key):
      switch ContactEditForm.validate(
        form, key: key, currentName: state.desk.contacts.contact(for: key)?.name, state.desk.text)
      {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let edits) where edits.isEmpty:
        state.overlay = nil
        return []
      case .success(let edits):
        state.overlay = .form(form)
        return [.editContact(edits)]
      }
    case .contactMerge(let key):
      switch ContactMergeForm.validate(form, key: key, state.desk.text) {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let merge):
        state.overlay = .form(form)
        return [.editContact([merge])]
      }
    case .survey(let id, let surveyID):
      guard let survey = state.desk.surveys[surveyID] else { return [] }
      switch SurveyForm.validate(form, survey, state.desk.text) {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let answers):
        state.overlay = .form(form)
        return [.recordSurvey(id, surveyID: surveyID, answers: answers)]
      }
    case .satisfaction(let id):
      switch SatisfactionForm.validate(form, state.desk.text) {
      case .failure(let checked):
        state.overlay = .form(checked)
        return []
      case .success(let score):
        state.overlay = .form(form)
        return [.recordSatisfaction(id, score: score)]
      }
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
    state.overlay = .form(SurveyForm.make(survey, surveyID: surveyID, for: item?.id, text))
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
      state.overlay = .form(ContactEditForm.make(title: title, key: key, name: person.name, text))
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
    state.overlay = .form(ContactMergeForm.make(title: title, key: key, choices: choices, text))
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
    case .resolve: caseAction = .resolve
    case .reopen: caseAction = .reopen
    case .permit:
      switch CaseAction.permitStep(for: item, state.desk.text) {
      case .success(let step): caseAction = step
      case .failure(let reason):
        state.notice = Notice(text: reason, tone: .error)
        return
      }
    default: return
    }
    if let reason = CaseAction.refusal(caseAction, on: item, state.desk.text) {
      state.notice = Notice(text: reason, tone: .error)
      return
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
