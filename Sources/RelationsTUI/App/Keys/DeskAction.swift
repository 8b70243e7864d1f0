/// What a key asks the desk to do (CONTRACTS.md, "Keys"). A key becomes an action only
/// through `KeyTable`, in a context; typing into a field or a search is not an action.
enum DeskAction: Hashable, Sendable {
  // Anywhere on the desk.
  case help, quit, newVisit
  case screen(DeskScreen)
  // Lists and panes.
  case search, cycleView
  case down, up, pageDown, pageUp, top, bottom
  case open, nextPane, previousPane, back
  // The selected case.
  case assign, priority, status, note, reply, resolve, reopen, permit, survey
  /// Take the low score's follow-up, or finish it.
  case followUp
  /// Kind, program, department and tags; a duplicate merged into another case; a link.
  case triage, merge, link
  // The surveys screen.
  case previousPeriod, nextPeriod, periodLength, breakdown, nextSurvey
  /// Back to the period that holds today.
  case currentPeriod
  // The contacts screen.
  case editContact, mergeContact
  /// Record that the person was thanked or informed.
  case keepInTouch
  // A search being typed.
  case keepSearch, clearSearch
  // Forms and prompts.
  case nextField, previousField, advance, choose, save, cancel
  // The saved-visit box.
  case done, answeredOnTheSpot, nextVisit
  // Finding things: the inbox's filter bar and views, a case by id, the command palette.
  case filter, views, jumpToCase, palette, runCommand
  /// Attach a file to the selected case.
  case attach
  /// "New case" on any channel (`N`); `newVisit` stays the visit's fast path.
  case newCase
}
