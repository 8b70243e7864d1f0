import Domain
import Foundation

/// The whole screen as a pure function of the app state: `render(state)` → `CellGrid`. The
/// root draws what is shared (status bar, tabs, notice, hints, what is on top) and hands
/// the shown screen the box between the tabs and the notice.
enum DeskView {
  static func render(_ state: AppState) -> CellGrid {
    var grid = CellGrid(
      width: state.width, height: state.height, mirrored: state.desk.text.isArabic)
    if state.isTooSmall {
      drawTooSmall(state, into: &grid)
      return grid
    }
    let layout = DeskLayout(width: state.width, height: state.height)
    drawStatusBar(state, layout: layout, into: &grid)
    drawTabs(state, layout: layout, into: &grid)
    let context = state.context
    switch state.screen {
    case .inbox: InboxScreen.render(state.inbox, context, into: &grid)
    case .surveys: SurveysScreen.render(state.surveys, context, into: &grid)
    case .permits: PermitsScreen.render(state.permits, context, into: &grid)
    case .contacts: ContactsScreen.render(state.contacts, context, into: &grid)
    case .library: LibraryScreen.render(state.library, context, into: &grid)
    case .outbox: OutboxScreen.render(state.outbox, context, into: &grid)
    }
    drawNotice(state, layout: layout, into: &grid)
    grid.write(hints(state), x: 0, y: layout.hintRow, columns: state.width, style: .dim)
    switch state.overlay {
    case .help(let help)?: HelpOverlay.draw(help, state.screen, state.desk.text, into: &grid)
    case .form(let form)?: FormView.draw(form, desk: state.desk, into: &grid)
    case .savedVisit(let id)?: SavedVisitBox.render(id, state.desk.text, into: &grid)
    case .palette(let palette)?: CommandPalette.draw(palette, state.desk.text, into: &grid)
    case nil: break
    }
    return grid
  }

  private static func drawStatusBar(
    _ state: AppState, layout: DeskLayout, into grid: inout CellGrid
  ) {
    let text = state.desk.text
    let dates = DateText(timeZoneIdentifier: state.desk.office.timeZone, text: text)
    let name = state.desk.staffName(state.desk.user)
    // The user comes first, so a long office name is what gives way on a narrow screen.
    let account =
      name == state.desk.user || state.width < 120
      ? Bidi.isolate(name) : "\(Bidi.isolate(name)) (\(state.desk.user))"
    // Who is at the keyboard and what they may do here: read-only first (nothing will be
    // saved), then the name and role, then a demo's mark (its banner says it too).
    var parts = [account]
    if state.desk.readOnly != nil { parts.insert(text(.readOnly), at: 0) }
    if let role = state.desk.acting?.role { parts.append(text(.role(role))) }
    if state.desk.office.demo { parts.append(text(.demoOffice)) }
    let user = parts.joined(separator: " · ")
    let counts = state.inbox.counts
    // Below 100 columns the Hijri day gives way, so the name and role stay whole.
    let right =
      "\(state.width < 100 ? dates.day(state.now) : dates.bothDays(state.now)) · "
      + text(.openAndOverdue(open: counts.open, overdue: counts.overdue))
    let rightWidth = min(TextLayout.width(of: right), state.width)
    grid.write(
      " \(user) · \(Bidi.isolate(state.desk.officeName))", x: 0, y: layout.statusRow,
      columns: state.width - rightWidth - 1, style: .bar)
    grid.write(" ", x: state.width - rightWidth - 1, y: layout.statusRow, columns: 1, style: .bar)
    grid.write(
      right, x: state.width - rightWidth, y: layout.statusRow, columns: rightWidth, style: .bar,
      align: .right)
  }

  private static func drawTabs(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    var x = 0
    for screen in DeskScreen.allCases {
      let label = tabLabel(screen, state)
      let width = TextLayout.width(of: label)
      grid.write(
        label, x: x, y: layout.tabsRow, columns: width,
        style: screen == state.screen ? .selected : .dim)
      x += width
    }
    guard state.screen == .inbox else {
      grid.write("", x: x, y: layout.tabsRow, columns: state.width - x)
      return
    }
    let (info, style) = InboxScreen.tabsInfo(state.inbox, state.context)
    grid.write(info, x: x, y: layout.tabsRow, columns: state.width - x, style: style)
  }

  /// A screen's tab. Below 100 columns the tabs lose the blank after their title, so six of
  /// them leave the inbox's view and count room on the row.
  static func tabLabel(_ screen: DeskScreen, _ state: AppState) -> String {
    " \(screen.rawValue) \(screen.title(state.desk.text))" + (state.width < 100 ? "" : " ")
  }

  /// The screen whose tab is under a click on the tabs row (the same labels `drawTabs`
  /// writes; a mirrored Arabic screen is read back from the right).
  static func tab(atColumn column: Int, _ state: AppState) -> DeskScreen? {
    let x = state.desk.text.isArabic ? state.width - 1 - column : column
    var left = 0
    for screen in DeskScreen.allCases {
      let width = TextLayout.width(of: tabLabel(screen, state))
      if x >= left && x < left + width { return screen }
      left += width
    }
    return nil
  }

  /// The line that stays while nothing else is said: why the office is read-only.
  static func banner(_ state: AppState) -> String? {
    if let readOnly = state.desk.readOnly { return readOnly.banner(state.desk.text) }
    return state.desk.office.demo ? state.desk.text(.demoBanner) : nil
  }

  private static func drawNotice(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    guard let notice = state.notice else {
      let banner = banner(state)
      grid.write(
        banner.map { " " + $0 } ?? "", x: 0, y: layout.noticeRow, columns: state.width,
        style: state.desk.readOnly != nil ? .error : .dim)
      return
    }
    let style: Style =
      switch notice.tone {
      case .info: .normal
      case .success: .success
      case .error: .error
      }
    // A refusal's "Esc or Enter to go on" is said once, in the hint line below.
    grid.write(
      " " + state.desk.text(notice.phrase), x: 0, y: layout.noticeRow,
      columns: state.width, style: style)
  }

  /// The key-hint line, from the key table: the keys of what is open on top, or of the
  /// search being typed, or the shown screen's keys then the global ones (so what a narrow
  /// terminal cuts is what the help repeats anyway).
  static func hints(_ state: AppState) -> String {
    let text = state.desk.text
    switch state.overlay {
    case .form(let form)?:
      // A form of one field has no next field; the go-to prompt saves nothing.
      var left: Set<DeskAction> = form.fields.count == 1 ? [.nextField] : []
      if form.purpose == .jumpToCase { left.insert(.save) }
      return " " + KeyHints.line(for: [.form], text, except: left)
    case .help?: return text(.guide(.helpKeys))
    case .savedVisit?: return " " + KeyHints.line(for: [.savedVisit], text, separator: " · ")
    case .palette?: return " " + KeyHints.line(for: [.palette], text)
    case nil: break
    }
    if state.notice?.holdsKeys == true { return " " + text(.guide(.escOrEnterToGoOn)) }
    if state.isTyping {
      return text(.typeToSearch) + KeyHints.line(for: [.search], text)
    }
    return " "
      + KeyHints.line(
        for: [.screen(state.screen), .global], text, width: state.width - 2)
  }

  private static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
    let text = state.desk.text
    let lines = [
      text(.terminalTooSmall),
      text(
        .terminalSize(
          width: state.width, height: state.height, neededWidth: AppState.minimumWidth,
          neededHeight: AppState.minimumHeight)),
      text(.enlargeTheWindow),
    ]
    let top = max(0, (state.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < state.height {
      grid.write(
        line, x: 0, y: top + offset, columns: state.width, style: offset == 0 ? .heading : .normal,
        align: .center)
    }
  }
}
