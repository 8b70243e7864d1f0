import Domain

/// The library drawn into its box: the documents on one side, the selected one on the
/// other, wrapped and scrolled, the search's words marked.
extension LibraryScreen {
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid) {
    let text = context.text
    let box = context.box
    let top = box.y
    let bottom = box.bottom
    grid.clear(box)
    let documents = shown(state, context.desk)
    let listWidth = min(34, box.width / 3)
    grid.write(
      ListHeading.text(
        .library, count: documents.count, search: state.search,
        searching: state.searching, text), x: box.x, y: top,
      columns: listWidth, style: .heading)
    guard !documents.isEmpty else {
      grid.write(
        "  " + text(.screen(.nothingMatches)), x: box.x, y: top + 2, columns: box.width, style: .dim
      )
      return
    }
    let index = min(state.index, documents.count - 1)
    for (row, document) in documents.enumerated() where top + 1 + row < bottom {
      let mark = document.isTemplate ? text(.screen(.template)) + " " : ""
      grid.write(
        " " + mark + document.title, x: box.x, y: top + 1 + row, columns: listWidth - 1,
        style: row == index ? .selected : .normal)
    }
    for y in top..<bottom { grid.write("│", x: box.x + listWidth, y: y, columns: 1, style: .dim) }
    let document = documents[index]
    let x = box.x + listWidth + 2
    let width = bodyWidth(box)
    // Wrapped only down to the bottom of the box from the scroll position: a document of a
    // million characters costs what is shown, and fewer lines than asked say it ends.
    let lines = MarkdownText.lines(document.body, width: width, limit: state.top + bottom - top)
    let first = min(state.top, max(0, lines.count - (bottom - top)))
    for (row, line) in lines.dropFirst(first).prefix(bottom - top).enumerated() {
      grid.write(
        line.text, x: x, y: top + row, columns: width, style: line.style, direction: .content,
        highlight: state.search.isEmpty
          ? [] : SearchHighlight.matchedCharacters(of: state.search, in: line.text))
    }
  }
}
