/// A search being typed on a screen (`/`): the text with its caret, and what each key did
/// to it. The screen keeps the search itself and applies the outcome to its own list.
struct SearchField: Equatable, Sendable {
  var input: TextBuffer

  init(_ text: String) { input = TextBuffer(text) }

  var text: String { input.text }

  enum Outcome: Equatable, Sendable {
    /// The text changed: search again with it.
    case changed(String)
    /// Enter or Tab: the search stays, the keys go back to the screen.
    case kept
    /// Esc: the search is cleared and the keys go back to the screen.
    case cleared
    /// An arrow or page key: the search stays and the key moves in the list.
    case leave(DeskAction)
    /// A character past the search's length: not added, and said so.
    case tooLong
    /// A key that does nothing here (the caret moved, or nothing at all).
    case unchanged
  }

  mutating func handle(_ input: ScreenInput) -> Outcome {
    switch input {
    case .action(.keepSearch): return .kept
    case .action(.clearSearch): return .cleared
    case .action: return .unchanged
    case .key(let key): return type(key)
    }
  }

  private mutating func type(_ key: KeyPress) -> Outcome {
    let before = input.text
    switch key {
    case .down: return .leave(.down)
    case .up: return .leave(.up)
    case .pageDown: return .leave(.pageDown)
    case .pageUp: return .leave(.pageUp)
    case .character(let character):
      guard input.characters.count < FieldLimit.line else { return .tooLong }
      input.insert(character)
    case .backspace: input.backspace()
    case .delete: input.deleteForward()
    case .left: input.moveLeft()
    case .right: input.moveRight()
    case .home: input.moveHome()
    case .end: input.moveEnd()
    default: return .unchanged
    }
    return input.text == before ? .unchanged : .changed(input.text)
  }

  /// What a key typed into a screen's search asks of the screen.
  enum Step: Equatable, Sendable {
    /// Search again for this text (empty when the search was cleared).
    case search(String)
    /// The search is left; the key moves in the list.
    case move(DeskAction)
    case notice(Notice)
    case nothing
  }

  /// Hands the input to the search being typed, and ends the typing when the key does
  /// (Enter, Tab, Esc, an arrow): the one way every searchable screen types a search.
  static func step(_ searching: inout SearchField?, _ input: ScreenInput) -> Step {
    guard var field = searching else { return .nothing }
    let outcome = field.handle(input)
    searching = field
    switch outcome {
    case .changed(let text): return .search(text)
    case .kept:
      searching = nil
      return .nothing
    case .cleared:
      searching = nil
      return .search("")
    case .leave(let action):
      searching = nil
      return .move(action)
    case .tooLong: return .notice(tooLong)
    case .unchanged: return .nothing
    }
  }

  /// What the notice says when a search is typed past its length.
  static let tooLong = Notice(.screen(.searchTooLong(limit: FieldLimit.line)), tone: .error)
}
