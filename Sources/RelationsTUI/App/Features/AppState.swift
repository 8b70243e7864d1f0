import Domain
import Foundation

/// The desk's screens (CONTRACTS.md), by the number key that opens each.
enum DeskScreen: Int, CaseIterable, Sendable {
  case inbox = 1
  case surveys, permits, contacts, library, outbox

  func title(_ text: UIText) -> String {
    text(.screenTitle(self))
  }
}

/// A line for the user at the bottom of the screen, as a phrase: worded when drawn.
struct Notice: Equatable, Sendable {
  enum Tone: Sendable { case info, success, error }
  var phrase: Phrase
  var tone: Tone
  /// A refusal: the keys typed next were meant for a prompt that never opened, so they do
  /// nothing until Esc or Enter dismisses it (and that key does nothing else either).
  var holdsKeys: Bool

  init(_ phrase: Phrase, tone: Tone, holdsKeys: Bool = false) {
    self.phrase = phrase
    self.tone = tone
    self.holdsKeys = holdsKeys
  }

  /// A command refused on the case: said, and holding the keys until dismissed.
  static func refusal(_ phrase: Phrase) -> Notice {
    Notice(phrase, tone: .error, holdsKeys: true)
  }
}

/// Everything the desk shows, as one value: what is shared (the office's read model, the
/// size, the time, the notice, what is open on top) and each screen's own state. `update`
/// changes it, `render` draws it.
struct AppState: Sendable {
  /// What sits on top of the screen and takes the keys.
  enum Overlay: Equatable, Sendable {
    case help(HelpOverlay.State)
    case form(Form)
    /// A visit was saved: its id is read to the visitor; `r` resolves it on the spot.
    case savedVisit(CaseID)
    /// The command palette (`:`).
    case palette(CommandPalette)
  }

  var desk: Desk
  var width: Int
  var height: Int
  var now: Date
  var screen = DeskScreen.inbox
  var overlay: Overlay?
  var notice: Notice?
  var quitting = false

  var inbox = InboxScreen.State()
  var surveys = SurveysScreen.State()
  var permits = PermitsScreen.State()
  var contacts = ContactsScreen.State()
  var library = LibraryScreen.State()
  var outbox = OutboxScreen.State()

  init(desk: Desk, width: Int, height: Int, now: Date) {
    self.desk = desk
    self.width = width
    self.height = height
    self.now = now
    var context = self.context
    InboxScreen.refresh(&inbox, &context)
    self.desk.inbox = context.desk.inbox
  }

  static let minimumWidth = 80
  static let minimumHeight = 24

  var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  var layout: DeskLayout { DeskLayout(width: width, height: height) }

  /// What every screen is given: the desk, the time, and the box it draws in.
  var context: ScreenContext { ScreenContext(desk: desk, now: now, box: layout.content) }

  var form: Form? {
    if case .form(let form) = overlay { return form }
    return nil
  }

  /// The selected case in the inbox, as the inbox holds it.
  var selectedCase: Case? { InboxScreen.selectedCase(inbox, desk) }

  /// Whether the shown screen is taking keys as the text of a search.
  var isTyping: Bool {
    switch screen {
    case .inbox: InboxScreen.isTyping(inbox)
    case .surveys: SurveysScreen.isTyping(surveys)
    case .permits: PermitsScreen.isTyping(permits)
    case .contacts: ContactsScreen.isTyping(contacts)
    case .library: LibraryScreen.isTyping(library)
    case .outbox: OutboxScreen.isTyping(outbox)
    }
  }
}
