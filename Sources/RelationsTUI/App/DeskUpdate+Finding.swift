import Domain

/// Finding things, at the root: the inbox's filters and views as the filter bar and the
/// views list ask for them (saved views are kept per member of staff), and the command
/// palette, which runs a command where it applies.
extension DeskUpdate {
  /// Shows the inbox with the filters; a name saves them as a view of the user at the desk.
  static func filterInbox(_ query: InboxQuery, savedAs name: String?, _ state: inout AppState)
    -> [Effect]
  {
    state.screen = .inbox
    withContext(&state) { state, context in
      InboxScreen.filter(query, named: name, &state.inbox, &context)
    }
    let count = state.inbox.visible.count
    guard let name else {
      state.notice = Notice(.find(.filtered(cases: count)), tone: .info)
      return []
    }
    let views = SavedView.saving(SavedView(name: name, query: query), in: state.inbox.savedViews)
    state.inbox.savedViews = views
    state.notice = Notice(.find(.viewSaved(Bidi.isolate(name), cases: count)), tone: .success)
    return [.saveViews(views)]
  }

  /// Shows the inbox with a view chosen by name, built-in or saved.
  static func chooseView(_ choice: ViewPickerForm.Choice, _ state: inout AppState) -> [Effect] {
    state.screen = .inbox
    let query: InboxQuery
    let name: String?
    switch choice {
    case .builtIn(let view):
      query = InboxQuery(view: view)
      name = nil
    case .saved(let saved):
      guard let view = state.inbox.savedViews.first(where: { $0.name == saved }) else { return [] }
      query = view.query
      name = saved
    }
    withContext(&state) { state, context in
      InboxScreen.filter(query, named: name, &state.inbox, &context)
    }
    return []
  }

  /// A key while the palette is open: typed into its filter, or moving, closing, running.
  static func palette(_ palette: CommandPalette, _ key: KeyPress, _ state: inout AppState)
    -> [Effect]
  {
    var palette = palette
    let outcome = palette.update(
      key, state.desk.text, rows: CommandPalette.rows(height: state.height))
    switch outcome {
    case .stay:
      state.overlay = .palette(palette)
      return []
    case .close:
      state.overlay = nil
      return []
    case .run(let entry):
      state.overlay = nil
      return run(entry, &state)
    }
  }

  /// Runs a palette entry in its context: a global command as its key would, a screen's on
  /// that screen (shown first); one that works only inside something else says where.
  static func run(_ entry: CommandPalette.Entry, _ state: inout AppState) -> [Effect] {
    if entry.context == .global { return global(entry.action, &state) }
    guard let screen = DeskScreen.allCases.first(where: { KeyContext.screen($0) == entry.context })
    else {
      state.notice = Notice(.find(.runsOnlyIn(entry.context)), tone: .info)
      return []
    }
    var effects: [Effect] = []
    if state.screen != screen {
      state.screen = screen
      effects += enter(screen, &state)
    }
    return effects + route(.action(entry.action), &state)
  }
}
