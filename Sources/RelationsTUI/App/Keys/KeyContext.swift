/// Where a key binding applies. The desk looks a key up in the contexts that are active, the
/// innermost first (a form, then the search being typed, then the screen, then `global`), so
/// one key can mean different things on different screens but never two in one context.
enum KeyContext: Hashable, Sendable, CaseIterable {
  /// Every screen, when nothing is open on top and no search is being typed.
  case global
  case inbox, surveys, permits, contacts, library, outbox
  /// A search being typed on the inbox, contacts or library screen.
  case search
  /// Any form or prompt.
  case form
  /// The box that reads a saved visit's number to the visitor.
  case savedVisit
  /// The command palette (`:`), while it is open.
  case palette
  /// The help, while it is open: it scrolls and searches.
  case help

  /// The context of a screen's own keys.
  static func screen(_ screen: DeskScreen) -> KeyContext {
    switch screen {
    case .inbox: .inbox
    case .surveys: .surveys
    case .permits: .permits
    case .contacts: .contacts
    case .library: .library
    case .outbox: .outbox
    }
  }
}
