/// What a cell means, not how it looks: the backend maps each style to colours, or to bold,
/// reverse and dim on a monochrome terminal or under NO_COLOR.
enum Style: UInt8, CaseIterable, Sendable {
  case normal
  /// The status bar and other title lines.
  case bar
  /// The selected row of a list, and the focused field of a form.
  case selected
  case overdue
  case dueSoon
  /// Secondary text: times, actors, hints.
  case dim
  case heading
  case error
  case success
  /// An input box of a form.
  case field
  /// The caret inside a focused field.
  case caret
  /// What a search matched, inside the list.
  case match
}
