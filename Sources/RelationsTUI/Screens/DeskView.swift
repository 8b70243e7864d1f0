import Domain
import Foundation

/// The whole screen as a pure function of the app state: `render(state)` → `CellGrid`.
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
    switch state.screen {
    case .inbox:
      InboxList.draw(state, in: layout.list, into: &grid)
      drawDivider(layout, into: &grid)
      CaseDetail.draw(state, in: layout.detail, into: &grid)
    case .surveys:
      SurveysScreen.draw(state, layout: layout, into: &grid)
    case .permits:
      PermitsScreen.draw(state, layout: layout, into: &grid)
    case .library:
      LibraryScreen.draw(state, layout: layout, into: &grid)
    case .contacts:
      ContactsScreen.draw(state, layout: layout, into: &grid)
    }
    drawNotice(state, layout: layout, into: &grid)
    grid.write(hints(state), x: 0, y: layout.hintRow, columns: state.width, style: .dim)
    switch state.overlay {
    case .help?: HelpOverlay.draw(state.desk.text, into: &grid)
    case .form(let form)?: FormView.draw(form, desk: state.desk, into: &grid)
    case .savedVisit(let id)?: drawSavedVisit(id, state.desk.text, into: &grid)
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
      ? state.desk.user : "\(name) (\(state.desk.user))"
    let user =
      state.desk.readOnly == nil ? account : text("Read-only", "للقراءة فقط") + " · " + account
    let counts = state.counts
    let right =
      "\(dates.bothDays(state.now)) · "
      + text(
        "\(counts.open) open · \(counts.overdue) overdue ",
        "\(text.number(counts.open)) مفتوحة · \(text.number(counts.overdue)) متأخرة ")
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
      let label = " \(screen.rawValue) \(screen.title(state.desk.text)) "
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
    let text = state.desk.text
    var info =
      "  " + text("View", "العرض") + ": \(DeskUpdate.viewTitle(state.query.view, text)) "
      + "(\(text.number(state.visible.count)))"
    if let input = state.searchInput {
      info += "  " + text("Search", "بحث") + ": \(Bidi.isolate(input.text))▏"
    } else if !state.query.search.isEmpty {
      info += "  " + text("Search", "بحث") + ": \(Bidi.isolate(state.query.search))"
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

  /// The line that stays while nothing else is said: why the office is read-only.
  static func banner(_ state: AppState) -> String? {
    state.desk.readOnly?.banner(state.desk.text)
  }

  private static func drawNotice(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    guard let notice = state.notice else {
      let banner = banner(state)
      grid.write(
        banner.map { " " + $0 } ?? "", x: 0, y: layout.noticeRow, columns: state.width,
        style: banner == nil ? .normal : .error)
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
    let text = state.desk.text
    switch state.overlay {
    case .form?:
      return text(
        " Tab next field · Ctrl-S save · Esc cancel", " Tab الحقل التالي · Ctrl-S حفظ · Esc إلغاء")
    case .help?: return text(" any key closes the help", " أي مفتاح يغلق المساعدة")
    case .savedVisit?: return " " + savedVisitKeys(text)
    case nil: break
    }
    if state.screen == .contacts, state.searchInput == nil {
      return text(
        " j/k choose · / search (Arabic-aware) · e edit · m merge · 1 inbox · ? help",
        " j/k للاختيار · / بحث (يراعي العربية) · e تعديل · m دمج · 1 الوارد · ? مساعدة")
    }
    if state.screen == .library, state.searchInput == nil {
      return text(
        " j/k document · PgUp/PgDn scroll · / search · 1 inbox · ? help",
        " j/k الوثيقة · PgUp/PgDn تمرير · / بحث · 1 الوارد · ? مساعدة")
    }
    if state.screen == .permits {
      return text(
        " j/k choose · Enter opens the case (P there records the next step) · 1 inbox · ? help",
        " j/k للاختيار · Enter يفتح الحالة (وفيها P يسجل الخطوة التالية) · 1 الوارد · ? مساعدة")
    }
    if state.screen == .surveys {
      return text(
        " ←/→ period · t week/month/quarter/year · b breakdown · u survey · j/k Enter follow-up · 1 inbox · ? help",
        " ←/→ الفترة · t أسبوع/شهر/ربع/سنة · b التوزيع · u الاستبانة · j/k Enter المتابعة · 1 الوارد · ? مساعدة"
      )
    }
    if state.searchInput != nil {
      return text(
        " type to search · Enter keep · Esc clear", " اكتب للبحث · Enter إبقاء · Esc مسح")
    }
    let shown = KeyTable.bindings.compactMap { binding -> String? in
      guard let hint = binding.hint, let key = binding.keys.first else { return nil }
      return "\(key.label) \(text(hint))"
    }
    return " " + shown.joined(separator: "  ")
  }

  static func savedVisitKeys(_ text: UIText) -> String {
    text(
      "Enter done · r answered on the spot · n next visit",
      "Enter تم · r أُجيب في الحال · n مقابلة تالية")
  }

  private static func drawSavedVisit(_ id: CaseID, _ text: UIText, into grid: inout CellGrid) {
    let width = min(grid.width - 4, 60)
    let x = (grid.width - width) / 2
    let y = grid.height / 2 - 3
    FormView.frame(
      title: text("Visit saved", "حُفظت المقابلة"), x: x, y: y, width: width, height: 7, into: &grid)
    grid.write(
      text("Case number: ", "رقم الحالة: ") + id.description, x: x + 2, y: y + 2,
      columns: width - 4, style: .success, align: .center)
    grid.write(
      text("Read this number to the visitor.", "أبلغ الزائر بهذا الرقم."), x: x + 2, y: y + 3,
      columns: width - 4, align: .center)
    grid.write(
      savedVisitKeys(text), x: x + 2, y: y + 5, columns: width - 4, style: .dim, align: .center)
  }

  private static func drawTooSmall(_ state: AppState, into grid: inout CellGrid) {
    let text = state.desk.text
    let size = "\(state.width)×\(state.height)"
    let needed = "\(AppState.minimumWidth)×\(AppState.minimumHeight)"
    let lines = [
      text("Terminal too small", "الطرفية صغيرة جدًا"),
      text("\(size); Relations needs \(needed).", "\(size)؛ يحتاج البرنامج \(needed)."),
      text("Enlarge the window; q quits.", "كبّر النافذة؛ q للخروج."),
    ]
    let top = max(0, (state.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() where top + offset < state.height {
      grid.write(
        line, x: 0, y: top + offset, columns: state.width, style: offset == 0 ? .heading : .normal,
        align: .center)
    }
  }
}
