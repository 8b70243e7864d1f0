/// The title line of a screen's searchable list: its name, how many it shows, and the
/// search (with a caret while it is typed).
enum ListHeading {
  static func text(
    _ title: ScreenPhrase, count: Int, search: String, searching: SearchField?, _ words: UIText
  ) -> String {
    var heading = words(.screen(title)) + " (\(words.number(count)))"
    if !search.isEmpty || searching != nil {
      heading +=
        " · " + words(.screen(.search(Bidi.isolate(searching?.text ?? search))))
        + (searching == nil ? "" : "▏")
    }
    return " " + heading
  }
}
