import Domain
import Foundation

/// The whole screen as a pure function of the app state: `render(state)` → `CellGrid`.
enum DeskView {
  static func render(_ state: AppState) -> CellGrid {
    var grid = CellGrid(width: state.width, height: state.height)
    if state.isTooSmall {
      drawTooSmall(state, into: &grid)
      return grid
    }
    let layout = DeskLayout(width: state.width, height: state.height)
    drawStatusBar(state, layout: layout, into: &grid)
    drawTabs(state, layout: layout, into: &grid)
    switch state.screen {
    case .inbox:
      InboxList.draw(state, in: layout.list, into: &grid)
      drawDivider(layout, into: &grid)
      CaseDetail.draw(state, in: layout.detail, into: &grid)
    case .surveys, .permits, .contacts, .library:
      drawComingScreen(state.screen, layout: layout, into: &grid)
    }
    drawNotice(state, layout: layout, into: &grid)
    grid.write(hints(state), x: 0, y: layout.hintRow, columns: state.width, style: .dim)
    switch state.overlay {
    case .help?: HelpOverlay.draw(into: &grid)
    case .form(let form)?: FormView.draw(form, desk: state.desk, into: &grid)
    case .savedVisit(let id)?: drawSavedVisit(id, into: &grid)
    case nil: break
    }
    return grid
  }

  private static func drawStatusBar(
    _ state: AppState, layout: DeskLayout, into grid: inout CellGrid
  ) {
    let dates = DateText(timeZoneIdentifier: state.desk.office.timeZone)
    let name = state.desk.staffName(state.desk.user)
    // The user comes first, so a long office name is what gives way on a narrow screen.
    let user =
      name == state.desk.user || state.width < 120
      ? state.desk.user : "\(name) (\(state.desk.user))"
    let counts = state.counts
    let right =
      "\(dates.day(state.now)) · \(dates.hijriDay(state.now)) · "
      + "\(counts.open) open · \(counts.overdue) overdue "
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
      let label = " \(screen.rawValue) \(screen.title) "
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
    var info = "  View: \(DeskUpdate.viewTitle(state.query.view)) (\(state.visible.count))"
    if let input = state.searchInput {
      info += "  Search: \(input.text)▏"
    } else if !state.query.search.isEmpty {
      info += "  Search: \(state.query.search)"
    }
    grid.write(
      info, x: x, y: layout.tabsRow, columns: state.width - x,
      style: state.searchInput == nil ? .normal : .heading)
  }

  private static func drawDivider(_ layout: DeskLayout, into grid: inout CellGrid) {
    if layout.sideBySide {
      for y in layout.list.y..<layout.list.y + layout.list.height {
        grid.write("│", x: layout.list.width, y: y, columns: 1, style: .dim)
      }
    } else {
      grid.write(
        String(repeating: "─", count: layout.width), x: 0, y: layout.detail.y - 1, style: .dim)
    }
  }

  private static func drawNotice(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    guard let notice = state.notice else {
      grid.write("", x: 0, y: layout.noticeRow, columns: state.width)
      return
    }
    let style: Style =
      switch notice.tone {
      case .info: .normal
      case .success: .success
      case .error: .error
      }
    grid.write(" " + notice.text, x: 0, y: layout.noticeRow, columns: state.width, style: style)
  }

  /// The key-hint line, from the key table (or the keys of what is open on top).
  static func hints(_ state: AppState) -> String {
    switch state.overlay {
    case .form?: return " Tab next field · Ctrl-S save · Esc cancel"
    case .help?: return " any key closes the help"
    case .savedVisit?: return " Enter done · r answered on the spot · n next visit"
    case nil: break
    }
    if state.searchInput != nil { return " type to search · Enter keep · Esc clear" }
    let shown = KeyTable.bindings.compactMap { binding -> String? in
      guard let hint = binding.hint, let key = binding.keys.first else { return nil }
      return "\(key.label) \(hint)"
    }
    return " " + shown.joined(separator: "  ")
  }

  private static func drawSavedVisit(_ id: CaseID, into grid: inout CellGrid) {
    let width = min(grid.width - 4, 60)
    let x = (grid.width - width) / 2
    let y = grid.height / 2 - 3
    FormView.frame(title: "Visit saved", x: x, y: y, width: width, height: 7, into: &grid)
    grid.write(
      "Case number: \(id)", x: x + 2, y: y + 2, columns: width - 4, style: .success, align: .center)
    grid.write(
      "Read this number to the visitor.", x: x + 2, y: y + 3, columns: width - 4, align: .center)
    grid.write(
      "Enter done · r answered on the spot · n next visit", x: x + 2, y: y + 5, columns: width - 4,
      style: .dim, align: .center)
  }

  private static func drawComingScreen(
    _ screen: DeskScreen, layout: DeskLayout, into grid: inout CellGrid
  ) {
    let lines =
      switch screen {
      case .surveys:
        [
          "Survey scores are not on screen yet.",
          "Until they are: relations report surveys --format text",
        ]
      case .permits:
        [
          "The permits pipeline is not on screen yet.",
          "Permit requests are in the inbox (kind prmt); P records their steps.",
        ]
      case .contacts:
        [
          "The contacts screen is not built yet.",
          "A case's detail shows its contact and their other cases.",
        ]
      default:
        [
          "The library screen is not built yet.",
          "The documents are in the office's library folder.",
        ]
      }
    let top = layout.list.y
    for y in top..<layout.noticeRow { grid.write("", x: 0, y: y, columns: layout.width) }
    for (offset, line) in lines.enumerated() {
      grid.write(
        "  " + line, x: 0, y: top + 1 + offset, columns: layout.width,
        style: offset == 0 ? .heading : .dim)
    }
  }

  private static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
    let lines = [
      "Terminal too small",
      "\(state.width)×\(state.height); Relations needs \(AppState.minimumWidth)×\(AppState.minimumHeight).",
      "Enlarge the window; q quits.",
    ]
    let top = max(0, (state.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < state.height {
      grid.write(
        line, x: 0, y: top + offset, columns: state.width, style: offset == 0 ? .heading : .normal,
        align: .center)
    }
  }
}
