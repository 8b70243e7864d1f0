/// A key or mouse event as the app understands it, whatever terminal it came from: the
/// backend turns ncurses codes into these, and tests send them directly.
enum KeyPress: Hashable, Sendable {
  case character(Character)
  /// Ctrl with a letter, e.g. `.control("s")` for Ctrl-S.
  case control(Character)
  case enter, tab, backTab, escape, backspace, delete
  case up, down, left, right, pageUp, pageDown, home, end
  case function(Int)
  /// A click on a screen cell.
  case click(x: Int, y: Int)
  case wheelUp, wheelDown

  /// How the key is written in help and hints.
  var label: String {
    switch self {
    case .character(let character): String(character)
    case .control(let letter): "Ctrl-\(letter.uppercased())"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .escape: "Esc"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .function(let number): "F\(number)"
    case .click: "click"
    case .wheelUp: "wheel up"
    case .wheelDown: "wheel down"
    }
  }
}
