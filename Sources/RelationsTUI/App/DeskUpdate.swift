import Domain
import Foundation
import Office

/// The desk's state machine: a message in, the next state and the effects for the shell
/// out. Pure: no terminal, no files, no clock (time arrives in `tick` messages).
enum DeskUpdate {
  static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    var effects = handle(message, &state)
    // The selected case is shown with its whole history: read it when the one held is not
    // that case at its current version (a new selection, or a change by anyone).
    if let item = state.selectedCase,
      state.detail?.id != item.id
        || state.detail?.version != item.version
    {
      if case .caseLoaded = message {} else { effects.append(.loadCase(item.id)) }
    }
    return effects
  }

  static func handle(_ message: Message, _ state: inout AppState) -> [Effect] {
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
      if state.screen == .contacts { state.refreshContacts() }
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
        state.overlay = .form(SatisfactionForm.make(saved.id, state.desk.text))
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
    case .draftNotKept(let problem):
      state.notice = Notice(text: problem, tone: .error)
      return []
    case .lendDesk:
      state.desk.cases = CaseTable()
      state.desk.inbox = Inbox(office: state.desk.office)
      state.desk.contacts = ContactRegistry()
      return []
    case .setAside(let setAside):
      guard !setAside.isEmpty else { return [] }
      state.notice = Notice(text: SetAside.notice(setAside, state.desk.text), tone: .error)
      return []
    case .draftFound(var form):
      // A draft from before the limits may hold more: all of it is kept, and said so.
      for index in form.fields.indices where form.fields[index].isOverLimit {
        form.fields[index].problem = FieldLimit.over(form.fields[index], state.desk.text)
      }
      state.overlay = .form(form)
      // The form on screen shows the draft is back; a warning already shown (bytes set
      // aside at open) stays, as it would otherwise never be read.
      if state.notice?.tone == .error { return [] }
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

  static func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
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

  static func handleSearch(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
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
        state.refreshContacts()
        return []
      }
      state.query.search = ""
      state.refreshList()
      return []
    case .down, .up, .pageDown, .pageUp:
      state.searchInput = nil
      return handleDesk(key, &state)
    case .character(let character):
      guard input.characters.count < FieldLimit.line else {
        state.notice = Notice(
          text: state.desk.text(
            "A search takes at most \(FieldLimit.line) characters; what went past that was not added.",
            "البحث يتسع لـ \(state.desk.text.number(FieldLimit.line)) حرف على الأكثر؛ لم يُضف ما زاد على ذلك."
          ), tone: .error)
        return []
      }
      input.insert(character)
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
      state.refreshContacts()
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

  static func handleDesk(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
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
      if screen == .contacts { state.refreshContacts() }
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

  static func viewTitle(_ view: InboxQuery.View, _ text: UIText) -> String {
    switch view {
    case .allOpen: text("All open", "كل المفتوحة")
    case .mine: text("Mine", "حالاتي")
    case .unassigned: text("Unassigned", "غير المسندة")
    case .overdue: text("Overdue", "المتأخرة")
    case .all: text("All", "الكل")
    }
  }

  // MARK: Moving

  static func scroll(by delta: Int, _ state: inout AppState) {
    if state.pane == .detail {
      state.detailTop = max(0, state.detailTop + delta)
      return
    }
    select((state.selectedIndex ?? 0) + delta, &state)
  }

  static func select(_ index: Int, _ state: inout AppState) {
    guard !state.visible.isEmpty else { return }
    let clamped = min(max(0, index), state.visible.count - 1)
    if state.visible[clamped] != state.selectedID { state.detailTop = 0 }
    state.selectedID = state.visible[clamped]
    keepSelectionInView(&state)
  }

  static func keepSelectionInView(_ state: inout AppState) {
    let rows = DeskLayout(width: state.width, height: state.height).listRows
    guard let index = state.selectedIndex else {
      state.listTop = 0
      return
    }
    if index < state.listTop { state.listTop = index }
    if index >= state.listTop + rows { state.listTop = index - rows + 1 }
    state.listTop = max(0, min(state.listTop, max(0, state.visible.count - rows)))
  }

  static func click(x screenX: Int, y: Int, layout: DeskLayout, _ state: inout AppState) {
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
