import Domain
import Foundation
import Office

/// The desk's state machine, at its root: a message in, the next state and the effects for
/// the shell out. It owns what the screens share and routes keys to the screen shown
/// (`DeskUpdate+Keys`). Pure: no terminal, no files, no clock (time arrives in `tick`).
enum DeskUpdate {
  static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
    var effects = handle(message, &state)
    // The selected case is shown with its whole history: read it when the one held is not
    // that case at its current version (a new selection, or a change by anyone).
    if let item = state.selectedCase,
      state.inbox.detail?.id != item.id
        || state.inbox.detail?.version != item.version
    {
      if case .caseLoaded = message {} else { effects.append(.loadCase(item.id)) }
    }
    return effects
  }

  static func handle(_ message: Message, _ state: inout AppState) -> [Effect] {
    switch message {
    case .caseLoaded(let item):
      state.inbox.detail = item
      return []
    case .key(let key):
      return handle(key, &state)
    case .resize(let width, let height):
      state.width = width
      state.height = height
      withContext(&state) { state, context in
        InboxScreen.keepSelectionInView(&state.inbox, &context)
      }
      return []
    case .tick(let now):
      let minuteChanged =
        Int(now.timeIntervalSince1970 / 60) != Int(state.now.timeIntervalSince1970 / 60)
      state.now = now
      if minuteChanged {
        withContext(&state) { state, context in InboxScreen.refresh(&state.inbox, &context) }
      }
      return []
    case .deskChanged(let desk):
      let old = state.desk
      state.desk = desk
      // The inbox is always current (the status bar counts from it); another screen works
      // its list out when shown, so only the one shown follows the change.
      withContext(&state) { state, context in
        InboxScreen.deskChanged(&state.inbox, from: old, &context)
        switch state.screen {
        case .inbox: break
        case .surveys: SurveysScreen.deskChanged(&state.surveys, from: old, &context)
        case .permits: PermitsScreen.deskChanged(&state.permits, from: old, &context)
        case .contacts: ContactsScreen.deskChanged(&state.contacts, from: old, &context)
        case .library: LibraryScreen.deskChanged(&state.library, from: old, &context)
        case .outbox: OutboxScreen.deskChanged(&state.outbox, from: old, &context)
        }
      }
      return []
    case .visitSaved(let saved):
      // The number is read to the visitor at the desk; a call or a letter typed in is done.
      state.overlay = saved.id.channel == .visit ? .savedVisit(saved.id) : nil
      state.inbox.selectedID = saved.id
      // A visit saved while the view is Overdue (or Mine) stays shown until the officer moves.
      state.inbox.pinned = saved.id
      state.inbox.query.search = ""
      withContext(&state) { state, context in InboxScreen.refresh(&state.inbox, &context) }
      state.notice = Notice(
        saved.id.channel == .visit
          ? .desk(.savedAs(saved.id)) : .intake(.saved(saved.id, saved.id.channel)),
        tone: .success)
      let office = state.desk.office
      // Taken, never refused: the requester is told now, while still at the desk.
      if let date = saved.permit?.programDate,
        let days = PermitNotice.shortNotice(
          programDate: date, now: saved.receivedAt,
          timeZone: TimeZone(identifier: office.timeZone) ?? .gmt,
          minimumDays: office.permitNoticeDays)
      {
        state.notice = Notice(
          .desk(
            .savedOnShortNotice(
              saved.id, programDate: date.description, daysAhead: days,
              minimum: office.permitNoticeDays)), tone: .error)
      }
      return [.discardDraft]
    case .executed(let saved, let command):
      if case .form(let form)? = state.overlay, case .resolveOnSpot = form.purpose {
        state.overlay = .form(SatisfactionForm.make(saved.id))
        let said: Phrase = .desk(.resolvedOnTheSpot(saved.id))
        state.notice = Notice(
          state.inbox.justLeft && state.inbox.pinned == saved.id
            ? .guide(.leftView(said, view: shownView(state))) : said, tone: .success)
        return [.discardDraft]
      }
      state.overlay = nil
      var said = describe(command, on: saved.id, desk: state.desk)
      if state.inbox.justLeft, state.inbox.pinned == saved.id {
        said = .guide(.leftView(said, view: shownView(state)))
      }
      state.notice = Notice(said, tone: .success)
      return [.discardDraft]
    case .contactEdited:
      state.overlay = nil
      state.notice = Notice(.desk(.contactSaved), tone: .success)
      return []
    case .surveyRecorded(let id, let primary, let top):
      state.overlay = nil
      state.notice = Notice(
        .desk(.surveyRecorded(id, askedBy: state.desk.user, primary: primary, of: top)),
        tone: .success)
      if state.screen == .surveys {
        withContext(&state) { state, context in
          SurveysScreen.refreshFigures(&state.surveys, &context)
        }
      }
      return []
    case .satisfactionRecorded(let id, let score):
      state.overlay = nil
      state.notice = Notice(.desk(.satisfactionRecorded(id, score: score)), tone: .success)
      return []
    case .failed(let reason, let conflict):
      guard case .form(var form)? = state.overlay else {
        state.notice = .refusal(reason)
        return []
      }
      if conflict, case .action(let action, let id, _) = form.purpose,
        let current = state.desk.item(id)
      {
        // The case was reloaded; the text stays, so saving again applies it to the new version.
        form.purpose = .action(action, id, version: current.version)
        form.problem = .desk(.conflictKeptText(reason))
      } else if conflict, case .attach(let id, _) = form.purpose,
        let current = state.desk.item(id)
      {
        form.purpose = .attach(id, version: current.version)
        form.problem = .desk(.conflictKeptText(reason))
      } else if case .office(.rejection(.unreachable)) = reason,
        let index = form.index(of: CaseAction.Field.send)
      {
        // Said under "Send by", where it is mended; the reply typed stays.
        form.setProblem(CaseAction.Field.send, reason)
        form.focus = index
      } else {
        form.problem = reason
      }
      state.overlay = .form(form)
      return []
    case .draftNotKept(let problem):
      state.notice = Notice(problem, tone: .error)
      return []
    case .lendDesk:
      state.desk.cases = CaseTable()
      state.desk.inbox = Inbox(office: state.desk.office)
      state.desk.contacts = ContactRegistry()
      return []
    case .setAside(let setAside):
      guard !setAside.isEmpty else { return [] }
      state.notice = Notice(.office(.setAside(setAside)), tone: .error)
      return []
    case .draftFound(var form):
      // A draft from before the limits may hold more: all of it is kept, and said so.
      for index in form.fields.indices where form.fields[index].isOverLimit {
        form.fields[index].problem = FieldLimit.over(form.fields[index])
      }
      state.overlay = .form(form)
      // The form on screen shows the draft is back; a warning already shown (bytes set
      // aside at open) stays, as it would otherwise never be read.
      if state.notice?.tone == .error { return [] }
      state.notice = Notice(.desk(.draftRestored), tone: .info)
      return []
    }
  }

  /// The inbox's view by name when no filter narrows it; with filters (or a saved view) the
  /// notice says "this view" rather than a name the list no longer matches.
  static func shownView(_ state: AppState) -> InboxQuery.View? {
    let query = state.inbox.query
    let bare = InboxQuery(view: query.view, search: query.search, order: query.order)
    return bare == query && state.inbox.viewName == nil ? query.view : nil
  }

  /// A past-tense line for the notice after a command was saved on the case `id`.
  static func describe(_ command: CaseCommand, on id: CaseID, desk: Desk) -> Phrase {
    if case .attach(let file) = command {
      return .attachment(.attached(id, name: Bidi.isolate(file.name)))
    }
    if case .reply(_, _, _, let medium?) = command {
      return .outbox(.replyQueued(id, medium))
    }
    let done: InboxPhrase.Done =
      switch command {
      case .assign(let account): .assigned(account.map { Bidi.isolate(desk.staffName($0)) })
      // The priority prompt sets only the priority; triage (`t`) sets the rest.
      case .triage(let triage) where triage == CaseChange.Triage(priority: triage.priority):
        .priority(triage.priority)
      case .note: .noteAdded
      case .reply: .replyRecorded
      case .wait: .waiting
      case .resume: .resumed
      case .resolve: .resolved
      case .reopen: .reopened
      case .close: .closed
      case .submitPermit: .permitSubmitted
      case .decidePermit(let approved, _, _): .permitDecided(approved: approved)
      case .notifyRequester: .requesterNotified
      case .takeFollowUp(let owner, _): .followUpTaken(Bidi.isolate(desk.staffName(owner)))
      case .completeFollowUp: .followUpDone
      default: .saved
      }
    return .inbox(.done(id, done))
  }
}
