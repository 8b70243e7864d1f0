import Domain

/// What a screen's (or an overlay's) update asks of the root, beyond its own state: the
/// root owns the notice line, the overlay, which screen is shown, and the effects.
enum ScreenRequest: Equatable, Sendable {
  case effect(Effect)
  case notice(Notice)
  case clearNotice
  /// Opens a form or prompt on top of the screen.
  case openForm(Form)
  /// Closes what is on top of the screen.
  case closeOverlay
  /// Shows a case in the inbox (every case), its detail focused.
  case showCase(CaseID)
  /// Goes to the inbox and starts typing a search there.
  case searchInbox
  /// Shows the inbox with these filters (its search and order kept), saving them as a view
  /// of the member of staff at the desk when a name is given.
  case filterInbox(InboxQuery, savedAs: String?)
  /// Shows the inbox with a view chosen by name.
  case chooseView(ViewPickerForm.Choice)
}
