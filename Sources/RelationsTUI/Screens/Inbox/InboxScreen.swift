import Domain
import Foundation

/// Screen 1: the inbox list and the selected case's detail, side by side or stacked, and
/// the commands on that case.
enum InboxScreen: DeskFeature {
  struct State: Sendable {
    enum Pane: Sendable { case list, detail }

    var query = InboxQuery()
    /// The search being typed, while `/` is active.
    var searching: SearchField?
    /// The cases the list shows, in order (computed when the query or the cases change).
    var visible: [CaseID] = []
    /// The selected case; kept by id, so a refresh that reorders the list keeps it.
    var selectedID: CaseID?
    /// The case just acted on that no longer belongs in the view (put in waiting while the
    /// view is Overdue): kept in `visible`, selected and marked, until the selection moves.
    var pinned: CaseID?
    /// Whether the last change took the selected case out of the list it was in (and so
    /// pinned it): what the notice after a save says.
    var justLeft = false
    /// The query the list was last worked out for: a pin lasts only while it holds.
    var listedQuery: InboxQuery?
    var listTop = 0
    var detailTop = 0
    var pane = Pane.list
    /// The selected case read with its whole history, for the detail pane.
    var detail: Case?
    /// Open and overdue cases for the status bar, counted with the list.
    var counts: (open: Int, overdue: Int) = (0, 0)
    /// The views the member of staff at the desk saved (`DATA/views/USER.json`).
    var savedViews: [SavedView] = []
    /// The saved view shown, by name, while its filters are unchanged.
    var viewName: String?
    /// The view had no case for the search, so the list shows the matches among all cases.
    var widened = false

    var selectedIndex: Int? { selectedID.flatMap { id in visible.firstIndex(of: id) } }
  }

  static func selectedCase(_ state: State, _ desk: Desk) -> Case? {
    state.selectedID.flatMap { desk.item($0) }
  }

  /// The selected case with its whole history when it has been read (`Effect.loadCase`),
  /// else as the inbox holds it.
  static func shownCase(_ state: State, _ desk: Desk) -> Case? {
    if let detail = state.detail, detail.id == state.selectedID { return detail }
    return selectedCase(state, desk)
  }

  static func isTyping(_ state: State) -> Bool { state.searching != nil }

  /// Recomputes the list for the query and keeps the selection where it can.
  static func refresh(_ state: inout State, _ context: inout ScreenContext) {
    // Another view, filter or search lets a pinned case go: it was kept for the list the
    // officer acted in, and a case outside the new one must not be what the next key acts on.
    if let listed = state.listedQuery, listed != state.query { state.pinned = nil }
    state.listedQuery = state.query
    // Listing keeps a memo in the inbox (sorted orders, the last search), so it is the
    // context's inbox that lists: the root keeps that memo afterwards.
    let index = state.selectedIndex
    let desk = context.desk
    state.visible = context.desk.inbox.list(
      state.query, user: desk.user, now: context.now, contacts: desk.contacts)
    // A search the view has no match for looks through every case, and the tabs say so.
    state.widened = false
    if state.visible.isEmpty, !state.query.search.isEmpty, state.query != everyCase(state.query) {
      let wider = context.desk.inbox.list(
        everyCase(state.query), user: desk.user, now: context.now, contacts: desk.contacts)
      if !wider.isEmpty {
        state.visible = wider
        state.widened = true
      }
    }
    state.counts = context.desk.inbox.counts(now: context.now)
    if let pinned = state.pinned {
      if pinned == state.selectedID, !state.visible.contains(pinned),
        context.desk.inbox[pinned] != nil
      {
        // Where it was, so the row under the officer's eyes does not jump.
        state.visible.insert(pinned, at: min(index ?? 0, state.visible.count))
      } else if state.visible.contains(pinned) || pinned != state.selectedID {
        state.pinned = nil
      }
    }
    if let id = state.selectedID, state.visible.contains(id) { return }
    state.selectedID = state.visible.first
    state.listTop = 0
    state.detailTop = 0
  }

  /// The query with its search and order over every case: no view, no filter.
  static func everyCase(_ query: InboxQuery) -> InboxQuery {
    InboxQuery(view: .all, search: query.search, order: query.order)
  }

  /// Shows the inbox with these filters, the search and order kept; `name` is the saved
  /// view they come from, if any.
  static func filter(
    _ filters: InboxQuery, named name: String?, _ state: inout State,
    _ context: inout ScreenContext
  ) {
    var query = filters
    query.search = state.query.search
    query.order = state.query.order
    state.query = query
    state.viewName = name
    state.pane = .list
    refresh(&state, &context)
    keepSelectionInView(&state, &context)
  }

  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext) {
    // The case being worked on stays selected and shown even when the change takes it out
    // of the view; `refresh` lets it go at once when it is still in the view.
    let inListBefore =
      state.selectedID.map { state.visible.contains($0) && $0 != state.pinned } ?? false
    state.pinned = state.selectedID
    refresh(&state, &context)
    state.justLeft = inListBefore && state.pinned != nil && state.pinned == state.selectedID
    keepSelectionInView(&state, &context)
  }

  /// Shows a case in the view and filters the user chose: `#`, the permits and surveys
  /// screens lead here, and so does a visit just saved. A case outside them is pinned at the
  /// top of the list (as an acted-on case is) rather than resetting the user's view; the
  /// answer says whether it was in the view.
  @discardableResult
  static func show(_ id: CaseID, _ state: inout State, _ context: inout ScreenContext) -> Bool {
    state.pinned = nil
    refresh(&state, &context)
    var inView = true
    if !state.visible.contains(id), context.desk.inbox[id] != nil {
      state.visible.removeAll { $0 == id }
      state.visible.insert(id, at: 0)
      state.pinned = id
      inView = false
    }
    state.selectedID = id
    state.detailTop = 0
    keepSelectionInView(&state, &context)
    return inView
  }

  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  {
    if state.searching != nil {
      switch SearchField.step(&state.searching, input) {
      case .search(let text):
        state.query.search = text
        refresh(&state, &context)
      case .move(let action): return update(&state, .action(action), &context)
      case .notice(let notice): return [.notice(notice)]
      case .nothing: break
      }
      return []
    }
    switch input {
    case .action(let action): return perform(action, &state, &context)
    case .key(.click(let x, let y)):
      click(x: x, y: y, &state, &context)
    case .key(.wheelDown): scroll(by: 3, &state, &context)
    case .key(.wheelUp): scroll(by: -3, &state, &context)
    case .key: break
    }
    return []
  }

  private static func perform(
    _ action: DeskAction, _ state: inout State, _ context: inout ScreenContext
  ) -> [ScreenRequest] {
    let rows = panes(context).listRows
    switch action {
    case .search:
      state.searching = SearchField(state.query.search)
    case .cycleView:
      let views = InboxQuery.View.allCases
      state.query.view = views[((views.firstIndex(of: state.query.view) ?? 0) + 1) % views.count]
      state.viewName = nil
      state.pinned = nil
      refresh(&state, &context)
      return [
        .notice(
          Notice(.inbox(.viewChanged(state.query.view, cases: state.visible.count)), tone: .info))
      ]
    case .down: scroll(by: 1, &state, &context)
    case .up: scroll(by: -1, &state, &context)
    case .pageDown: scroll(by: rows, &state, &context)
    case .pageUp: scroll(by: -rows, &state, &context)
    case .top: select(0, &state, &context)
    case .bottom: select(state.visible.count - 1, &state, &context)
    case .open:
      if state.selectedID != nil { state.pane = .detail }
    case .nextPane, .previousPane:
      state.pane = state.pane == .list ? .detail : .list
    case .back:
      if state.pane == .detail {
        state.pane = .list
      } else if !state.query.search.isEmpty {
        state.query.search = ""
        refresh(&state, &context)
      }
    case .filter:
      return [
        .openForm(InboxFilterForm.make(state.query, desk: context.desk))
      ]
    case .views:
      let current: ViewPickerForm.Choice =
        state.viewName.map { .saved($0) } ?? .builtIn(state.query.view)
      // Each view named with what it shows now, so the choice is made knowing.
      let desk = context.desk
      var counts: [String: Int] = [:]
      let views =
        InboxQuery.View.allCases.map { (ViewPickerForm.Choice.builtIn($0), InboxQuery(view: $0)) }
        + state.savedViews.map { (ViewPickerForm.Choice.saved($0.name), $0.query) }
      for (choice, query) in views {
        counts[choice.value] =
          context.desk.inbox.list(query, user: desk.user, now: context.now, contacts: desk.contacts)
          .count
      }
      return [
        .openForm(ViewPickerForm.make(saved: state.savedViews, current: current, counts: counts))
      ]
    case .assign, .priority, .status, .note, .reply, .resolve, .reopen, .permit, .followUp,
      .triage, .merge, .link:
      return CasePrompt.open(action, on: selectedCase(state, context.desk), context)
    case .survey:
      return SurveyPrompt.open(from: .inbox(selectedCase(state, context.desk)), context)
    case .attach:
      return AttachPrompt.open(on: selectedCase(state, context.desk), context)
    default: break
    }
    return []
  }

  // MARK: Moving

  /// The list and the detail in the screen's box.
  static func panes(_ context: ScreenContext) -> DeskLayout.Panes {
    DeskLayout.Panes(context.box)
  }

  static func scroll(by delta: Int, _ state: inout State, _ context: inout ScreenContext) {
    if state.pane == .detail {
      state.detailTop = max(0, state.detailTop + delta)
      return
    }
    select((state.selectedIndex ?? 0) + delta, &state, &context)
  }

  static func select(_ index: Int, _ state: inout State, _ context: inout ScreenContext) {
    guard !state.visible.isEmpty else { return }
    let clamped = min(max(0, index), state.visible.count - 1)
    let id = state.visible[clamped]
    if id != state.selectedID { state.detailTop = 0 }
    state.selectedID = id
    if let pinned = state.pinned, pinned != id {
      // The selection moved off the case that left the view: it goes now.
      state.pinned = nil
      state.visible.removeAll { $0 == pinned }
    }
    keepSelectionInView(&state, &context)
  }

  static func keepSelectionInView(_ state: inout State, _ context: inout ScreenContext) {
    let rows = panes(context).listRows
    guard let index = state.selectedIndex else {
      state.listTop = 0
      return
    }
    if index < state.listTop { state.listTop = index }
    if index >= state.listTop + rows { state.listTop = index - rows + 1 }
    state.listTop = max(0, min(state.listTop, max(0, state.visible.count - rows)))
  }

  private static func click(
    x screenX: Int, y: Int, _ state: inout State, _ context: inout ScreenContext
  ) {
    let panes = panes(context)
    // The layout is the left-to-right one; a mirrored (Arabic) screen is read back through it.
    let width = context.box.x + context.box.width
    let x = context.text.isArabic ? width - 1 - screenX : screenX
    if panes.list.contains(x: x, y: y) {
      state.pane = .list
      let row = y - panes.list.y - 1
      if row >= 0 { select(state.listTop + row, &state, &context) }
    } else if panes.detail.contains(x: x, y: y), state.selectedID != nil {
      state.pane = .detail
    }
  }
}
