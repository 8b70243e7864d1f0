import Office
import Domain

/// Screen 5: the office's reference documents (bylaws, the relations policy guide, the
/// volunteer regulations) and the reply templates, to read with scrolling and search.
enum LibraryScreen {
  /// The documents then the templates, narrowed by the library's search.
  static func shown(_ state: AppState) -> [LibraryDocument] {
    let all =
      state.desk.library
      + state.desk.templates.map {
        LibraryDocument(id: $0.id, title: $0.id, body: $0.body, isTemplate: true)
      }
    guard !state.librarySearch.isEmpty else { return all }
    let words = SearchKey(state.librarySearch).folded.split(separator: " ")
    return all.filter { document in
      let folded = SearchKey(document.title + " " + document.body).folded
      return words.allSatisfy { folded.contains($0) }
    }
  }

  static func draw(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    let text = state.desk.text
    let top = layout.list.y
    let bottom = layout.noticeRow
    for y in top..<bottom { grid.write("", x: 0, y: y, columns: layout.width) }
    let documents = shown(state)
    let listWidth = min(34, layout.width / 3)
    grid.write(
      ListHeading.text(
        text("Library", "المكتبة"), count: documents.count, search: state.librarySearch,
        state: state), x: 0, y: top,
      columns: listWidth, style: .heading)
    guard !documents.isEmpty else {
      grid.write(
        text(
          "  Nothing matches; Esc clears the search.", "  لا شيء يطابق؛ Esc يمسح البحث."),
        x: 0, y: top + 2, columns: layout.width, style: .dim)
      return
    }
    let index = min(state.libraryIndex, documents.count - 1)
    for (row, document) in documents.enumerated() where top + 1 + row < bottom {
      let mark = document.isTemplate ? text("template ", "قالب ") : ""
      grid.write(
        " " + mark + document.title, x: 0, y: top + 1 + row, columns: listWidth - 1,
        style: row == index ? .selected : .normal)
    }
    for y in top..<bottom { grid.write("│", x: listWidth, y: y, columns: 1, style: .dim) }
    let document = documents[index]
    let x = listWidth + 2
    let width = layout.width - x - 1
    // Wrapped only down to the bottom of the box from the scroll position: a document of a
    // million characters costs what is shown, and fewer lines than asked say it ends.
    let lines = TextLayout.wrap(document.body, width, lines: state.libraryTop + bottom - top)
    let first = min(state.libraryTop, max(0, lines.count - (bottom - top)))
    for (row, line) in lines.dropFirst(first).prefix(bottom - top).enumerated() {
      grid.write(
        line, x: x, y: top + row, columns: width,
        style: line.hasPrefix("#") ? .heading : .normal, direction: .content,
        highlight: state.librarySearch.isEmpty
          ? [] : SearchHighlight.matchedCharacters(of: state.librarySearch, in: line))
    }
  }
}
