import Domain

/// Finding things: the inbox's filter bar and saved views, a search widened to every case,
/// the jump to a case by id (`#`) and the command palette (`:`).
enum FindPhrase: Equatable, Sendable {
  /// A dimension of the filter bar, by its field's label.
  enum Dimension: Equatable, Sendable, CaseIterable {
    case view, channel, kind, status, assignee, program, party
  }

  // MARK: The filter bar and views

  /// The filter bar's title (`f`).
  case filterTitle
  case dimension(Dimension)
  /// A dimension's choice that filters nothing.
  case any
  /// The filter bar's last field: a name saves the filters as a view.
  case saveAs
  /// The list of views by name (`V`).
  case viewsTitle
  /// A view saved by a member of staff, as the list of views names it.
  case savedView(String)
  /// A view's name with how many cases it shows now.
  indirect case withCount(Phrase, count: Int)
  /// The tabs row: a saved view's name and how many cases it shows.
  case savedViewShowing(String, count: Int)
  /// The tabs row: the filters in force, as their values' words.
  case filters([String])
  /// The tabs row and the list: the view has no case for the search, every case some.
  case widened(InboxQuery.View, count: Int)
  /// The notice after the filter bar: how many cases the filters leave.
  case filtered(cases: Int)
  /// The notice after saving the filters as a view.
  case viewSaved(String, cases: Int)
  /// A view's name longer than the field allows.
  case viewNameTooLong(limit: Int)
  /// The views file could not be written: why, and that the filters still apply.
  case viewsNotSaved(path: String, reason: String)

  // MARK: Jump to a case

  case jumpTitle
  case caseID
  case typeACaseID
  /// What was typed is no case id.
  case notACaseID(String)
  /// A case id the office has no case for.
  case noSuchCase(CaseID)

  // MARK: The command palette

  /// The palette's title: type to filter, Enter runs.
  case paletteTitle
  /// The palette's filter finds nothing.
  case noCommandMatches(String)
  /// Where a command works, after its words.
  case worksIn(KeyContext)
  /// Enter on a command that only works inside something else (a form, a search).
  case runsOnlyIn(KeyContext)
}
