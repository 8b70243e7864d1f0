import Domain
import Foundation

/// The desk's state machine: a message in, the next state and the effects for the shell
/// out. Pure: no terminal, no files, no clock (time arrives in `tick` messages).
enum DeskUpdate {
  static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    let shown = state.selectedID.flatMap { state.desk.item($0) }.map { ($0.id, $0.version) }
    var effects = handle(message, &state)
    // A newly selected case, or a newer version of it, is read with its whole history.
    if let item = state.selectedCase,
      shown.map({ $0 != (item.id, item.version) }) ?? true
        || state.detail.map({ $0.id != item.id || $0.version != item.version }) ?? true
    {
      if case .caseLoaded = message {} else { effects.append(.loadCase(item.id)) }
    }
    return effects
  }

  private static func handle(_ message: Message, _ state: inout AppState) -> [Effect] {
    switch message {
    case .caseLoaded(let item):
      state.detail = item
      return []
    case .key(let key):
      return handle(key, &state)
    case .resize(let width, let height):
      state.width = width
      state.height = height
      keepSelectionInView(&state)
      return []
    case .tick(let now):
      let minuteChanged =
        Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60)
      state.now = now
      if minuteChanged { state.refreshList() }
      return []
    case .deskChanged(let desk):
      let responsesBefore = (state.desk.responsesLoaded, state.desk.responses.count)
      state.desk = desk
      state.refreshList()
      keepSelectionInView(&state)
      if state.screen == .surveys {
        state.followUps = followUps(state.desk)
        // The figures go over every response: only when responses came or were read.
        if responsesBefore != (desk.responsesLoaded, desk.responses.count) {
          state.refreshSurveyFigures()
        }
      }
      if state.screen == .permits { state.permits = permits(state.desk, now: state.now) }
      return []
    case .visitSaved(let saved):
      state.overlay = .savedVisit(saved.id)
      state.selectedID = saved.id
      state.query.search = ""
      state.refreshList()
      state.notice = Notice(
        text: state.desk.text(
          "Saved as \(saved.id). Read this number to the visitor.",
          "حُفظت برقم \(saved.id). أبلغ الزائر بهذا الرقم."), tone: .success)
      return [.discardDraft]
    case .executed(let saved, let command):
      if case .form(let form)? = state.overlay, case .resolveOnSpot = form.purpose {
        state.overlay = .form(satisfactionForm(saved.id, state.desk.text))
        state.notice = Notice(
          text: state.desk.text(
            "\(saved.id) resolved on the spot.", "عولجت \(saved.id) في الحال."),
          tone: .success)
        return [.discardDraft]
      }
      state.overlay = nil
      state.notice = Notice(
        text: "\(saved.id): \(describe(command, desk: state.desk)).", tone: .success)
      return [.discardDraft]
    case .contactEdited:
      state.overlay = nil
      state.notice = Notice(text: state.desk.text("Contact saved.", "حُفظ المراجع."), tone: .success)
      return []
    case .surveyRecorded(let id):
      state.overlay = nil
      let subject =
        id.map { state.desk.text("for \($0)", "للحالة \($0)") }
        ?? state.desk.text("with no case", "دون حالة")
      state.notice = Notice(
        text: state.desk.text(
          "Recorded the survey answers \(subject) (asked by \(state.desk.user)).",
          "سُجّلت إجابات الاستبانة \(subject) (سألها \(state.desk.user))."), tone: .success)
      if state.screen == .surveys { state.refreshSurveyFigures() }
      return []
    case .satisfactionRecorded(let id, let score):
      state.overlay = nil
      state.notice = Notice(
        text: state.desk.text(
          "Recorded the visitor's satisfaction for \(id): \(score) of 5.",
          "سُجّل رضا الزائر عن \(id): \(score) من 5."), tone: .success)
      return []
    case .failed(let reason, let conflict):
      guard case .form(var form)? = state.overlay else {
        state.notice = Notice(text: reason, tone: .error)
        return []
      }
      if conflict, case .action(let action, let id, _) = form.purpose,
        let current = state.desk.item(id)
      {
        // The case was reloaded; the text stays, so saving again applies it to the new version.
        form.purpose = .action(action, id, version: current.version)
        form.problem =
          reason
          + state.desk.text(
            " Your text is kept: look at the case, then Ctrl-S applies it again.",
            " ما كتبته محفوظ: راجع الحالة، ثم Ctrl-S يطبقه من جديد.")
      } else {
        form.problem = reason
      }
      state.overlay = .form(form)
      return []
    case .draftFound(let form):
      state.overlay = .form(form)
      state.notice = Notice(
        text:
          state.desk.text(
            "Restored what was typed before Relations last stopped: Ctrl-S saves it, Esc discards it.",
            "استُعيد ما كُتب قبل آخر توقف للبرنامج: Ctrl-S يحفظه، Esc يتجاهله."),
        tone: .info)
      return []
    }
  }

  // MARK: Keys

  private static func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
    if key == .control("c") {
      state.quitting = true
      return [.quit]
    }
    if state.isTooSmall {
      if key == .character("q") || key == .function(10) {
        state.quitting = true
        return [.quit]
      }
      return []
    }
    switch state.overlay {
    case .help?:
      state.overlay = nil
      return []
    case .savedVisit(let id)?:
      return handleSavedVisit(key, id, &state)
    case .form(let form)?:
      return handleForm(key, form, &state)
    case nil:
      break
    }
    if state.searchInput != nil { return handleSearch(key, &state) }
    return handleDesk(key, &state)
  }

  private static func handleSavedVisit(_ key: KeyPress, _ id: CaseID, _ state: inout AppState)
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

  private static func satisfactionForm(_ id: CaseID, _ text: UIText) -> Form {
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

  private static func handleForm(_ key: KeyPress, _ original: Form, _ state: inout AppState)
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
        _ = form.edit(key)
      } else if form.focus == form.fields.count - 1 {
        return submit(form, &state)
      } else {
        form.moveFocus(by: 1)
      }
    default:
      let before = form
      if !form.edit(key) {
        if key == .down { form.moveFocus(by: 1) }
        if key == .up { form.moveFocus(by: -1) }
        state.overlay = .form(form)
        return []
      }
      afterEdit(&form, before: before, desk: state.desk)
      state.overlay = .form(form)
      return isSatisfaction(form) ? [] : [.saveDraft(form)]
    }
    state.overlay = .form(form)
    return []
  }

  private static func isSatisfaction(_ form: Form) -> Bool {
    if case .satisfaction = form.purpose { return true }
    if case .survey = form.purpose { return true }
    return false
  }

  /// What a field's new value brings with it: a recognised person's name, a template's text.
  private static func afterEdit(_ form: inout Form, before: Form, desk: Desk) {
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

  private static func submit(_ form: Form, _ state: inout AppState) -> [Effect] {
    var form = form
    form.problem = nil
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

  private static func handleSearch(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
    guard var input = state.searchInput else { return [] }
    switch key {
    case .enter, .tab:
      state.searchInput = nil
      return []
    case .escape:
      state.searchInput = nil
      if state.screen == .library {
        state.librarySearch = ""
        state.libraryIndex = 0
        return []
      }
      if state.screen == .contacts {
        state.contactSearch = ""
        state.contactIndex = 0
        return []
      }
      state.query.search = ""
      state.refreshList()
      return []
    case .down, .up, .pageDown, .pageUp:
      state.searchInput = nil
      return handleDesk(key, &state)
    case .character(let character): input.insert(character)
    case .backspace: input.backspace()
    case .delete: input.deleteForward()
    case .left: input.moveLeft()
    case .right: input.moveRight()
    case .home: input.moveHome()
    case .end: input.moveEnd()
    default: return []
    }
    state.searchInput = input
    if state.screen == .contacts {
      state.contactSearch = input.text
      state.contactIndex = 0
      return []
    }
    if state.screen == .library {
      // In the library a search narrows the documents and marks the words in them.
      state.librarySearch = input.text
      state.libraryIndex = 0
      state.libraryTop = 0
      return []
    }
    state.query.search = input.text
    state.refreshList()
    return []
  }

  private static func handleDesk(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
    let layout = DeskLayout(width: state.width, height: state.height)
    switch key {
    case .escape:
      if state.pane == .detail {
        state.pane = .list
      } else if !state.query.search.isEmpty {
        state.query.search = ""
        state.refreshList()
      }
      state.notice = nil
      return []
    case .click(let x, let y):
      click(x: x, y: y, layout: layout, &state)
      return []
    case .wheelDown:
      scroll(by: 3, &state)
      return []
    case .wheelUp:
      scroll(by: -3, &state)
      return []
    default:
      break
    }
    guard let action = KeyTable.action(for: key) else { return [] }
    state.notice = nil
    switch action {
    case .help: state.overlay = .help
    case .quit:
      state.quitting = true
      return [.quit]
    case .newVisit:
      state.overlay = .form(
        IntakeForm.make(office: state.desk.office, language: state.desk.language))
    case .search where state.screen == .library:
      state.searchInput = TextBuffer(state.librarySearch)
    case .search where state.screen == .contacts:
      state.searchInput = TextBuffer(state.contactSearch)
    case .search:
      state.screen = .inbox
      state.searchInput = TextBuffer(state.query.search)
    case .cycleView:
      let views = InboxQuery.View.allCases
      state.query.view = views[((views.firstIndex(of: state.query.view) ?? 0) + 1) % views.count]
      state.refreshList()
      state.notice = Notice(
        text: state.desk.text(
          "View: \(viewTitle(state.query.view, state.desk.text)), \(state.visible.count) cases.",
          "العرض: \(viewTitle(state.query.view, state.desk.text))، \(state.visible.count) حالة."),
        tone: .info)
    case .down where state.screen == .contacts:
      state.contactIndex = min(
        state.contactIndex + 1, max(0, ContactsScreen.shown(state).count - 1))
    case .up where state.screen == .contacts:
      state.contactIndex = max(0, state.contactIndex - 1)
    case .down where state.screen == .library:
      state.libraryIndex = min(state.libraryIndex + 1, max(0, LibraryScreen.shown(state).count - 1))
      state.libraryTop = 0
    case .up where state.screen == .library:
      state.libraryIndex = max(0, state.libraryIndex - 1)
      state.libraryTop = 0
    case .pageDown where state.screen == .library:
      state.libraryTop += layout.listRows - 2
    case .pageUp where state.screen == .library:
      state.libraryTop = max(0, state.libraryTop - (layout.listRows - 2))
    case .down where state.screen == .permits:
      state.permitIndex = min(state.permitIndex + 1, max(0, state.permits.count - 1))
    case .up where state.screen == .permits:
      state.permitIndex = max(0, state.permitIndex - 1)
    case .pageDown where state.screen == .permits:
      state.permitIndex = min(state.permitIndex + layout.listRows, max(0, state.permits.count - 1))
    case .pageUp where state.screen == .permits:
      state.permitIndex = max(0, state.permitIndex - layout.listRows)
    case .open where state.screen == .permits:
      guard state.permits.indices.contains(state.permitIndex) else { return [] }
      openInInbox(state.permits[state.permitIndex], &state)
    case .down where state.screen == .surveys:
      state.followUpIndex = min(state.followUpIndex + 1, max(0, state.followUps.count - 1))
    case .up where state.screen == .surveys:
      state.followUpIndex = max(0, state.followUpIndex - 1)
    case .open where state.screen == .surveys:
      guard state.followUps.indices.contains(state.followUpIndex) else { return [] }
      openInInbox(state.followUps[state.followUpIndex], &state)
    case .down: scroll(by: 1, &state)
    case .up: scroll(by: -1, &state)
    case .pageDown: scroll(by: layout.listRows, &state)
    case .pageUp: scroll(by: -layout.listRows, &state)
    case .top: select(0, &state)
    case .bottom: select(state.visible.count - 1, &state)
    case .open:
      if state.selectedID != nil { state.pane = .detail }
    case .nextPane, .previousPane:
      state.pane = state.pane == .list ? .detail : .list
    case .screen(let screen):
      state.screen = screen
      if screen == .surveys { return enterSurveys(&state) }
      if screen == .permits { state.permits = permits(state.desk, now: state.now) }
    case .previousPeriod, .nextPeriod, .periodLength, .breakdown, .nextSurvey:
      guard state.screen == .surveys else { return [] }
      surveyKey(action, &state)
    case .assign, .priority, .status, .note, .reply, .resolve, .reopen, .permit:
      openPrompt(action, &state)
    case .survey:
      openSurvey(&state)
    case .editContact, .mergeContact:
      openContactForm(action, &state)
    }
    return []
  }

  /// Shows a case in the inbox (all cases), its detail focused: screens 2 and 3 lead here.
  private static func openInInbox(_ id: CaseID, _ state: inout AppState) {
    state.screen = .inbox
    state.query = InboxQuery(view: .all)
    state.refreshList()
    state.selectedID = id
    keepSelectionInView(&state)
    state.pane = .detail
  }

  /// Every permit request: those waiting on the office first, then the oldest first.
  static func permits(_ desk: Desk, now: Date) -> [CaseID] {
    desk.cases.values.compactMap { item -> (Case, PermitTiming)? in
      PermitTiming(item, now: now).map { (item, $0) }
    }
    .sorted { lhs, rhs in
      if lhs.1.waitsOnOffice != rhs.1.waitsOnOffice { return lhs.1.waitsOnOffice }
      if lhs.0.status.isActive != rhs.0.status.isActive { return lhs.0.status.isActive }
      return lhs.0.receivedAt < rhs.0.receivedAt
    }
    .map(\.0.id)
  }

  /// `S`: the survey's questions as a form, one choice per question (or a line for text),
  /// each starting unanswered so that only what the person said is recorded.
  private static func openSurvey(_ state: inout AppState) {
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
  private static func openContactForm(_ action: DeskAction, _ state: inout AppState) {
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
    let twins = state.desk.contacts.duplicateSuggestions().compactMap { pair -> Contact? in
      pair.0.id == person.id ? pair.1 : pair.1.id == person.id ? pair.0 : nil
    }
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

  // MARK: Surveys

  private static func enterSurveys(_ state: inout AppState) -> [Effect] {
    let zone = TimeZone(identifier: state.desk.office.timeZone) ?? .gmt
    if state.surveyID == nil {
      state.surveyID =
        state.desk.surveys["service"] != nil ? "service" : state.desk.surveys.keys.sorted().first
    }
    if state.surveyPeriod == nil {
      state.surveyPeriod = SurveyPeriod.containing(state.now, length: .month, timeZone: zone)
    }
    state.followUps = followUps(state.desk)
    state.followUpIndex = min(state.followUpIndex, max(0, state.followUps.count - 1))
    state.refreshSurveyFigures()
    return state.desk.responsesLoaded ? [] : [.loadSurveyResponses]
  }

  /// Cases a low score asks a follow-up for (resolved ones too: the score came after),
  /// by channel and number. A reply or a resolution clears the flag.
  static func followUps(_ desk: Desk) -> [CaseID] {
    desk.cases.values.filter { $0.needsFollowUp && $0.status != .closed }.map(\.id)
  }

  private static func surveyKey(_ action: DeskAction, _ state: inout AppState) {
    let zone = TimeZone(identifier: state.desk.office.timeZone) ?? .gmt
    guard let period = state.surveyPeriod else { return }
    switch action {
    case .previousPeriod: state.surveyPeriod = period.stepped(by: -1, timeZone: zone)
    case .nextPeriod: state.surveyPeriod = period.stepped(by: 1, timeZone: zone)
    case .periodLength:
      let lengths = SurveyPeriod.Length.allCases
      let next = lengths[((lengths.firstIndex(of: period.length) ?? 0) + 1) % lengths.count]
      let calendar = Calendar(identifier: .gregorian)
      let day =
        calendar.date(
          from: DateComponents(
            timeZone: zone, year: period.start.year, month: period.start.month,
            day: period.start.day, hour: 12)) ?? state.now
      state.surveyPeriod = SurveyPeriod.containing(day, length: next, timeZone: zone)
    case .breakdown:
      let order: [SurveyBreakdown.Dimension?] = [nil] + SurveyBreakdown.Dimension.allCases
      let index = order.firstIndex(of: state.surveyBreakdown) ?? 0
      state.surveyBreakdown = order[(index + 1) % order.count]
    case .nextSurvey:
      let ids = state.desk.surveys.keys.sorted()
      guard !ids.isEmpty else { return }
      let index = state.surveyID.flatMap { ids.firstIndex(of: $0) } ?? -1
      state.surveyID = ids[(index + 1) % ids.count]
    default: break
    }
    state.refreshSurveyFigures()
  }

  static func viewTitle(_ view: InboxQuery.View, _ text: UIText) -> String {
    switch view {
    case .allOpen: text("All open", "كل المفتوحة")
    case .mine: text("Mine", "حالاتي")
    case .unassigned: text("Unassigned", "غير المسندة")
    case .overdue: text("Overdue", "المتأخرة")
    case .all: text("All", "الكل")
    }
  }

  private static func openPrompt(_ action: DeskAction, _ state: inout AppState) {
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

  // MARK: Moving

  private static func scroll(by delta: Int, _ state: inout AppState) {
    if state.pane == .detail {
      state.detailTop = max(0, state.detailTop + delta)
      return
    }
    select((state.selectedIndex ?? 0) + delta, &state)
  }

  private static func select(_ index: Int, _ state: inout AppState) {
    guard !state.visible.isEmpty else { return }
    let clamped = min(max(0, index), state.visible.count - 1)
    if state.visible[clamped] != state.selectedID { state.detailTop = 0 }
    state.selectedID = state.visible[clamped]
    keepSelectionInView(&state)
  }

  private static func keepSelectionInView(_ state: inout AppState) {
    let rows = DeskLayout(width: state.width, height: state.height).listRows
    guard let index = state.selectedIndex else {
      state.listTop = 0
      return
    }
    if index < state.listTop { state.listTop = index }
    if index >= state.listTop + rows { state.listTop = index - rows + 1 }
    state.listTop = max(0, min(state.listTop, max(0, state.visible.count - rows)))
  }

  private static func click(x screenX: Int, y: Int, layout: DeskLayout, _ state: inout AppState) {
    guard state.screen == .inbox else { return }
    // The layout is the left-to-right one; a mirrored (Arabic) screen is read back through it.
    let x = state.desk.text.isArabic ? state.width - 1 - screenX : screenX
    if layout.list.contains(x: x, y: y) {
      state.pane = .list
      let row = y - layout.list.y - 1
      if row >= 0 { select(state.listTop + row, &state) }
    } else if layout.detail.contains(x: x, y: y), state.selectedID != nil {
      state.pane = .detail
    }
  }

  /// A past-tense line for the notice after a command was saved.
  static func describe(_ command: CaseCommand, desk: Desk) -> String {
    let text = desk.text
    return switch command {
    case .assign(let account):
      account.map { text("assigned to ", "أُسندت إلى ") + Bidi.isolate(desk.staffName($0)) }
        ?? text("unassigned", "أُلغي الإسناد")
    case .triage(let triage):
      text("priority ", "الأولوية ") + (triage.priority.map(text.priority) ?? "")
    case .note: text("note added", "أُضيفت ملاحظة")
    case .reply: text("reply recorded", "سُجّل الرد")
    case .wait: text("waiting on the beneficiary", "بانتظار المستفيد")
    case .resume: text("resumed", "استؤنفت")
    case .resolve: text("resolved", "عولجت")
    case .reopen: text("reopened", "أُعيد فتحها")
    case .close: text("closed", "أُغلقت")
    case .submitPermit: text("permit submitted to the authority", "رُفع التصريح إلى الجهة")
    case .decidePermit(let approved, _, _):
      approved
        ? text("permit approved", "ووفق على التصريح") : text("permit rejected", "رُفض التصريح")
    case .notifyRequester: text("requester notified", "أُبلغ مقدم الطلب")
    default: text("saved", "حُفظ")
    }
  }
}
