import Domain
import Office

/// Screen 5: the office's reference documents (bylaws, the relations policy guide, the
/// volunteer regulations) and the reply templates, to read with scrolling and search.
enum LibraryScreen: DeskFeature {
  struct State: Sendable {
    /// The document selected, and how far it is scrolled.
    var index = 0
    var top = 0
    var search = ""
    var searching: SearchField?
  }

  static func isTyping(_ state: State) -> Bool { state.searching != nil }

  /// The documents then the templates, narrowed by the library's search.
  static func shown(_ state: State, _ desk: Desk) -> [LibraryDocument] {
    let all =
      desk.library
      + desk.templates.map {
        LibraryDocument(id: $0.id, title: $0.title, body: $0.document, isTemplate: true)
      }
    guard !state.search.isEmpty else { return all }
    let words = SearchKey(state.search).folded.split(separator: " ")
    return all.filter { document in
      let folded = SearchKey(document.title + " " + document.body).folded
      return words.allSatisfy { folded.contains($0) }
    }
  }

  /// The wrapped line of `document` where `search` is first found, as the screen wraps it
  /// (looked for in the first thousands of lines only: a search is typed key by key).
  static func firstMatch(of search: String, in document: LibraryDocument?, _ context: ScreenContext)
    -> Int
  {
    guard let document, let word = SearchKey(search).folded.split(separator: " ").first else {
      return 0
    }
    let lines = TextLayout.wrap(document.body, bodyWidth(context.box), lines: 5_000)
    let line = lines.firstIndex { SearchKey($0).folded.contains(word) } ?? 0
    // A line of context above the match, so the reader sees where it sits.
    return max(0, line - 1)
  }

  /// How wide the document is drawn in a box: what the list of documents leaves.
  static func bodyWidth(_ box: DeskLayout.Box) -> Int {
    let listWidth = min(34, box.width / 3)
    return box.width - listWidth - 3
  }

  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  {
    if state.searching != nil {
      switch SearchField.step(&state.searching, input) {
      case .search(let text):
        // A search narrows the documents, marks the words in them, and scrolls the first
        // document to its first match.
        state.search = text
        state.index = 0
        state.top = firstMatch(of: text, in: shown(state, context.desk).first, context)
      case .move(let action): return update(&state, .action(action), &context)
      case .notice(let notice): return [.notice(notice)]
      case .nothing: break
      }
      return []
    }
    guard case .action(let action) = input else { return [] }
    let page = max(1, context.box.height - 2)
    switch action {
    case .down:
      state.index = min(state.index + 1, max(0, shown(state, context.desk).count - 1))
      state.top = 0
    case .up:
      state.index = max(0, state.index - 1)
      state.top = 0
    case .pageDown: state.top += page
    case .pageUp: state.top = max(0, state.top - page)
    case .search: state.searching = SearchField(state.search)
    case .back:
      state.search = ""
      state.index = 0
    default: break
    }
    return []
  }
}
