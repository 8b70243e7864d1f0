import Domain

/// Keys, at the root: what is on top takes them first, then a search being typed, then the
/// global bindings, then the shown screen's. What a screen or overlay asks back
/// (`ScreenRequest`) is applied here, since the root owns what they share.
extension DeskUpdate {
  static func handle(_ key: KeyPress, _ state: inout AppState) -> [Effect] {
    if key == .control("c") {
      state.quitting = true
      return [.quit]
    }
    if state.isTooSmall {
      if KeyTable.action(for: key, in: .global) == .quit {
        state.quitting = true
        return [.quit]
      }
      return []
    }
    let context = state.context
    switch state.overlay {
    case .help(var help)?:
      let size = (width: state.width, height: state.height)
      let open = HelpOverlay.update(&help, key, screen: state.screen, state.desk.text, size: size)
      state.overlay = open ? .help(help) : nil
      return []
    case .savedVisit(let id)?:
      state.overlay = nil
      return apply(SavedVisitBox.update(id, key, context), &state)
    case .form(var form)?:
      let requests = FormOverlay.update(&form, key, context)
      state.overlay = .form(form)
      return apply(requests, &state)
    case .palette(let palette)?:
      return DeskUpdate.palette(palette, key, &state)
    case nil:
      break
    }
    if state.notice?.holdsKeys == true {
      // Keys typed after a refusal were meant for a prompt that never opened: none of them
      // may run as a command, and the one that dismisses it does nothing else.
      if key == .escape || key == .enter { state.notice = nil }
      return []
    }
    if state.isTyping {
      let input = KeyTable.action(for: key, in: .search).map(ScreenInput.action) ?? .key(key)
      return route(input, &state)
    }
    if let action = KeyTable.action(for: key, in: .global) {
      state.notice = nil
      return global(action, &state)
    }
    if let action = KeyTable.action(for: key, in: .screen(state.screen)) {
      state.notice = nil
      return route(.action(action), &state)
    }
    if case .click(let x, let y) = key, y == state.layout.tabsRow {
      // The tabs are clickable: a click on one shows its screen, as its number key does.
      guard let screen = DeskView.tab(atColumn: x, state) else { return [] }
      state.notice = nil
      return global(.screen(screen), &state)
    }
    switch key {
    case .click, .wheelUp, .wheelDown:
      return route(.key(key), &state)
    default:
      explain(key, &state)
      return []
    }
  }

  static func global(_ action: DeskAction, _ state: inout AppState) -> [Effect] {
    switch action {
    case .help:
      state.overlay = .help(HelpOverlay.State())
    case .quit:
      state.quitting = true
      return [.quit]
    case .newVisit:
      if let refusal = state.desk.roleRefusal(unless: [.open]) {
        state.notice = .refusal(refusal)
        return []
      }
      state.overlay = .form(
        IntakeForm.make(office: state.desk.office))
    case .newCase:
      if let refusal = state.desk.roleRefusal(unless: [.open]) {
        state.notice = .refusal(refusal)
        return []
      }
      state.overlay = .form(IntakeForm.make(office: state.desk.office, channel: .visit))
    case .screen(let screen):
      state.screen = screen
      return enter(screen, &state)
    case .jumpToCase:
      state.overlay = .form(JumpForm.make())
    case .palette:
      state.overlay = .palette(CommandPalette())
    default:
      break  // the global context binds nothing else
    }
    return []
  }

  /// A key that does nothing on this screen but does on others: said, not ignored.
  private static func explain(_ key: KeyPress, _ state: inout AppState) {
    let screens = KeyTable.screens(binding: key, besides: state.screen)
    guard !screens.isEmpty else { return }
    state.notice = Notice(.desk(.worksElsewhere(key: key.label, screens: screens)), tone: .info)
  }

  /// Shows a screen: it works out what it lists from the desk as it is now.
  static func enter(_ screen: DeskScreen, _ state: inout AppState) -> [Effect] {
    let requests = withContext(&state) { state, context in
      switch screen {
      case .inbox: InboxScreen.enter(&state.inbox, &context)
      case .surveys: SurveysScreen.enter(&state.surveys, &context)
      case .permits: PermitsScreen.enter(&state.permits, &context)
      case .contacts: ContactsScreen.enter(&state.contacts, &context)
      case .library: LibraryScreen.enter(&state.library, &context)
      case .outbox: OutboxScreen.enter(&state.outbox, &context)
      }
    }
    return apply(requests, &state)
  }

  /// Hands the input to the screen shown.
  static func route(_ input: ScreenInput, _ state: inout AppState) -> [Effect] {
    let requests = withContext(&state) { state, context in
      switch state.screen {
      case .inbox: InboxScreen.update(&state.inbox, input, &context)
      case .surveys: SurveysScreen.update(&state.surveys, input, &context)
      case .permits: PermitsScreen.update(&state.permits, input, &context)
      case .contacts: ContactsScreen.update(&state.contacts, input, &context)
      case .library: LibraryScreen.update(&state.library, input, &context)
      case .outbox: OutboxScreen.update(&state.outbox, input, &context)
      }
    }
    return apply(requests, &state)
  }

  /// Runs a screen's update with the context, then keeps the memo that listing the inbox
  /// left in the context's copy of it (sorted orders, the last search).
  static func withContext<T>(
    _ state: inout AppState, _ body: (inout AppState, inout ScreenContext) -> T
  ) -> T {
    var context = state.context
    let result = body(&state, &context)
    state.desk.inbox = context.desk.inbox
    return result
  }

  static func apply(_ requests: [ScreenRequest], _ state: inout AppState) -> [Effect] {
    var effects: [Effect] = []
    for request in requests {
      switch request {
      case .effect(let effect): effects.append(effect)
      case .notice(let notice): state.notice = notice
      case .clearNotice: state.notice = nil
      case .openForm(let form): state.overlay = .form(form)
      case .closeOverlay: state.overlay = nil
      case .showCase(let id):
        state.screen = .inbox
        let inView = withContext(&state) { state, context in
          InboxScreen.show(id, &state.inbox, &context)
        }
        state.inbox.pane = .detail
        // The user's view and filters stay; a case outside them is pinned, and said so.
        if !inView {
          state.notice = Notice(.inbox(.outsideView(id, state.inbox.query.view)), tone: .info)
        }
      case .searchInbox:
        state.screen = .inbox
        effects += route(.action(.search), &state)
      case .filterInbox(let query, let name):
        effects += filterInbox(query, savedAs: name, &state)
      case .chooseView(let choice):
        effects += chooseView(choice, &state)
      }
    }
    return effects
  }
}
