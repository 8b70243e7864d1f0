/// The title line of a screen's searchable list: its name, how many it shows, and the
/// search (with a caret while it is typed).
enum ListHeading {
  static func text(_ title: String, count: Int, search: String, state: AppState) -> String {
    let words = state.desk.text
    var heading = title + " (\(words.number(count)))"
    if !search.isEmpty || state.searchInput != nil {
      heading +=
        " · " + words("search: ", "بحث: ") + Bidi.isolate(state.searchInput?.text ?? search)
        + (state.searchInput == nil ? "" : "▏")
    }
    return " " + heading
  }
}
