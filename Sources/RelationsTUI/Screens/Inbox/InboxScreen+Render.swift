import Domain

/// The inbox drawn into its box: the list, a rule, the detail.
extension InboxScreen {
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid) {
    let panes = panes(context)
    InboxList.draw(state, context, in: panes.list, into: &grid)
    if panes.sideBySide {
      for y in panes.list.y..<panes.list.y + panes.list.height {
        grid.write("│", x: panes.list.x + panes.list.width, y: y, columns: 1, style: .dim)
      }
    } else {
      grid.write(
        String(repeating: "─", count: context.box.width), x: context.box.x,
        y: panes.detail.y - 1, style: .dim)
    }
    CaseDetail.draw(state, context, in: panes.detail, into: &grid)
  }

  /// What the tabs row says after the tabs: the view, how many cases, and the search.
  static func tabsInfo(_ state: State, _ context: ScreenContext) -> (String, Style) {
    let text = context.text
    var info =
      "  "
      + (state.widened
        ? text(.find(.widened(state.query.view, count: state.visible.count)))
        : state.viewName.map {
          text(.find(.savedViewShowing(Bidi.isolate($0), count: state.visible.count)))
        }
          ?? text(.inbox(.viewShowing(state.query.view, count: state.visible.count))))
    let filters = filterWords(state.query, context)
    if !filters.isEmpty { info += "  " + text(.find(.filters(filters))) }
    if let searching = state.searching {
      info += "  " + text(.inbox(.search(Bidi.isolate(searching.text)))) + "▏"
    } else if !state.query.search.isEmpty {
      info += "  " + text(.inbox(.search(Bidi.isolate(state.query.search))))
    }
    return (info, state.searching == nil ? .normal : .heading)
  }

  /// The filters in force, each as its value's words, for the tabs row.
  static func filterWords(_ query: InboxQuery, _ context: ScreenContext) -> [String] {
    let text = context.text
    let desk = context.desk
    var words: [String] = []
    if let channel = query.channel { words.append(text(.vocabulary(.channel(channel)))) }
    if let kind = query.kind { words.append(text(.vocabulary(.kind(kind)))) }
    if let status = query.status { words.append(text(.vocabulary(.status(status)))) }
    if let assignee = query.assignee { words.append(Bidi.isolate(desk.staffName(assignee))) }
    if let program = query.program {
      let name = desk.office.programs.first { $0.id == program }.map { text($0.name) }
      words.append(Bidi.isolate(name ?? program))
    }
    if let party = query.party { words.append(text(.screen(.role(party)))) }
    return words
  }
}
