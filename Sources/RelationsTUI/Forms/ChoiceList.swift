import Domain

/// The list a choice field opens under itself (Enter, or typing): every option with its
/// name, filtered by what is typed as search filters (Arabic-aware, `SearchKey`), one of
/// them highlighted. ↑ ↓ move, Enter picks, Esc closes the list and leaves the form open.
struct ChoiceList: Equatable, Sendable {
  /// How many options the list shows at once; PgUp and PgDn move by as many.
  static let rows = 7

  /// What is typed to filter the options.
  var query = TextBuffer()
  /// Which of the matching options is highlighted (an index into `matches`).
  var highlighted = 0

  /// The list opened on `field`, the option chosen now highlighted.
  init(on field: FormField) {
    highlighted = max(0, field.selected)
  }

  /// The options whose words (as the desk shows them) or stored value hold every word
  /// typed, as indices into `choices`; all of them while nothing is typed. Those that start
  /// with what is typed come first, so one letter picks what it begins.
  func matches(_ choices: [FormField.Choice], _ text: UIText) -> [Int] {
    let key = SearchKey(query.text)
    guard !key.folded.isEmpty else { return Array(choices.indices) }
    let found = choices.indices.map {
      ($0, SearchKey(text(choices[$0].label) + " " + choices[$0].value))
    }
    .filter { $0.1.matches(key) }
    let starting = found.filter { $0.1.folded.hasPrefix(key.folded) }.map(\.0)
    return starting + found.map(\.0).filter { !starting.contains($0) }
  }

  /// Moves the highlight by `offset` among `count` matches, stopping at either end.
  mutating func move(by offset: Int, among count: Int) {
    highlighted = max(0, min(count - 1, highlighted + offset))
  }
}
