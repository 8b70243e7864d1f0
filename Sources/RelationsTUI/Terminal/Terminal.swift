import CNcurses
import Glibc

/// The ncurses session: raw mode (so Ctrl-C and Ctrl-S arrive as keys), no echo, wide
/// characters, mouse, colour when the terminal has it and NO_COLOR is unset. It writes a
/// `CellGrid`, only the cells that changed since the last one. The terminal is restored on
/// every way out: `stop`, a signal, or a crash.
final class Terminal {
  /// What reading the keyboard gave.
  enum Input: Equatable {
    case key(KeyPress)
    case resize
    case timeout
  }

  enum StartFailure: Error {
    case notATerminal
    case unknownTerminal(String?)
    /// A terminal type that cannot place the cursor (`dumb`, `unknown`, none, or no `cup`):
    /// a full screen would come out as a stream of garbage.
    case cannotPlaceCursor(String)
  }

  /// Terminal types that name no real terminal: refused before curses writes anything.
  static let unaddressable: Set<String> = ["", "dumb", "unknown"]

  private(set) var isActive = false
  private var previous: CellGrid?
  private var colours = false

  /// Whether stdin and stdout are both a terminal.
  static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

  func start() throws {
    guard Self.isInteractive else { throw StartFailure.notATerminal }
    setlocale(LC_ALL, "")
    let name = getenv("TERM").map { String(cString: $0) }
    guard !Self.unaddressable.contains(name ?? "") else {
      throw StartFailure.cannotPlaceCursor(name ?? "")
    }
    // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
    guard let screen = newterm(nil, rel_stdout(), rel_stdin()) else {
      throw StartFailure.unknownTerminal(name)
    }
    guard rel_can_address_cursor() != 0 else {
      endwin()
      delscreen(screen)
      throw StartFailure.cannotPlaceCursor(name ?? "")
    }
    isActive = true
    Self.installSignalHandlers()
    // Relations puts right-to-left text in visual order itself; a terminal that does bidi is
    // switched to explicit mode (BDSM, ECMA-48) so it does not reorder it a second time.
    if Bidi.mode == .app { rel_write_raw("\u{1B}[8l") }
    raw()
    noecho()
    nonl()
    keypad(rel_stdscr(), true)
    rel_define_keys()
    curs_set(0)
    // Esc must close a form at once, not after ncurses' default second of waiting for more.
    set_escdelay(25)
    rel_enable_mouse()
    let noColour = getenv("NO_COLOR").map { String(cString: $0).isEmpty == false } ?? false
    if rel_has_colors() != 0, !noColour {
      start_color()
      use_default_colors()
      colours = true
      for style in Style.allCases {
        let (foreground, background) = Self.palette(style)
        init_pair(Int16(style.rawValue) + 1, foreground, background)
      }
    }
  }

  func stop() {
    guard isActive else { return }
    isActive = false
    endwin()
    Self.restoreBidiMode()
  }

  /// Back to the terminal's implicit bidi mode (`CSI 8 h`); safe inside a signal handler.
  private static func restoreBidiMode() {
    guard Bidi.mode == .app else { return }
    let sequence: StaticString = "\u{1B}[8h"
    _ = write(STDOUT_FILENO, sequence.utf8Start, sequence.utf8CodeUnitCount)
  }

  var size: (width: Int, height: Int) {
    (Int(rel_getmaxx(rel_stdscr())), Int(rel_getmaxy(rel_stdscr())))
  }

  /// Writes the cells that differ from the last grid drawn, then refreshes.
  func draw(_ grid: CellGrid) {
    let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
    if full { erase() }
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        if cell.isContinuation { continue }
        if !full, let previous, previous[x, y] == cell { continue }
        put(cell, x: x, y: y)
      }
    }
    previous = grid
    refresh()
  }

  /// Forget what is on screen, so the next draw writes every cell (after a resize).
  func invalidate() { previous = nil }

  private func put(_ cell: CellGrid.Cell, x: Int, y: Int) {
    var wide = cell.character.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
    wide.append(0)
    let (attributes, pair) = attributes(for: cell.style)
    _ = wide.withUnsafeBufferPointer {
      rel_put_cell(Int32(y), Int32(x), $0.baseAddress, attributes, pair)
    }
  }

  private func attributes(for style: Style) -> (attr_t, Int16) {
    let pair = colours ? Int16(style.rawValue) + 1 : 0
    switch style {
    case .normal: return (rel_attr_normal(), pair)
    case .bar: return (colours ? rel_attr_bold() : rel_attr_reverse(), pair)
    case .selected, .caret: return (rel_attr_reverse(), pair)
    case .overdue, .error: return (rel_attr_bold(), pair)
    case .dueSoon: return (colours ? rel_attr_normal() : rel_attr_bold(), pair)
    case .dim: return (colours ? rel_attr_normal() : rel_attr_dim(), pair)
    case .heading: return (rel_attr_bold(), pair)
    case .success: return (rel_attr_normal(), pair)
    case .field: return (rel_attr_underline(), pair)
    case .match: return (colours ? rel_attr_bold() : rel_attr_underline(), pair)
    }
  }

  /// Colours per style; -1 is the terminal's own default.
  private static func palette(_ style: Style) -> (Int16, Int16) {
    switch style {
    case .bar: (Int16(COLOR_WHITE), Int16(COLOR_BLUE))
    case .overdue, .error: (Int16(COLOR_RED), -1)
    case .dueSoon: (Int16(COLOR_YELLOW), -1)
    case .match: (Int16(COLOR_BLACK), Int16(COLOR_YELLOW))
    case .success: (Int16(COLOR_GREEN), -1)
    case .heading: (Int16(COLOR_CYAN), -1)
    case .dim: (rel_colors() >= 16 ? 8 : -1, -1)
    default: (-1, -1)
    }
  }

  /// The next key, or `.timeout` after `milliseconds` (so the caller can poll the logs).
  func nextInput(milliseconds: Int32) -> Input {
    wtimeout(rel_stdscr(), milliseconds)
    var value: wint_t = 0
    let result = wget_wch(rel_stdscr(), &value)
    if result == KEY_CODE_YES { return Self.functionKey(Int32(value)) }
    guard result == OK else { return .timeout }
    let code = UInt32(value)
    switch code {
    case 0x1B: return escapeSequence()
    case 0x09: return .key(.tab)
    case 0x0D, 0x0A: return .key(.enter)
    case 0x7F, 0x08: return .key(.backspace)
    case 0x01...0x1A:
      return .key(.control(Character(Unicode.Scalar(code + 0x60) ?? "?")))
    case 0x00..<0x20: return .timeout
    default:
      guard let scalar = Unicode.Scalar(code) else { return .timeout }
      return .key(.character(Character(scalar)))
    }
  }

  /// Esc, or a key's escape sequence that ncurses did not know: read here whole, so its
  /// characters (the `1` of `ESC [ 1 ~`) never arrive as keys of their own. An unknown
  /// sequence is dropped; Esc followed by nothing (or by a plain key) is Esc.
  private func escapeSequence() -> Input {
    wtimeout(rel_stdscr(), 0)
    var value: wint_t = 0
    guard wget_wch(rel_stdscr(), &value) == OK else { return .key(.escape) }
    let introducer = UInt32(value)
    guard introducer == 0x5B || introducer == 0x4F else {  // '[' or 'O'
      _ = unget_wch(wchar_t(bitPattern: introducer))
      return .key(.escape)
    }
    var body = ""
    for _ in 0..<16 {
      guard wget_wch(rel_stdscr(), &value) == OK, let scalar = Unicode.Scalar(UInt32(value))
      else { break }
      body.unicodeScalars.append(scalar)
      // A final byte ends the sequence: a letter or `~` (after `O`, any one character).
      if introducer == 0x4F || (0x40...0x7E).contains(scalar.value) { break }
    }
    return Self.sequenceKey(introducer == 0x4F ? "O" + body : "[" + body).map(Input.key)
      ?? .timeout
  }

  /// The keys of the sequences after Esc that terminals send for them (xterm, tmux, rxvt).
  static func sequenceKey(_ sequence: String) -> KeyPress? {
    switch sequence {
    case "[A", "OA": .up
    case "[B", "OB": .down
    case "[C", "OC": .right
    case "[D", "OD": .left
    case "[H", "OH", "[1~", "[7~": .home
    case "[F", "OF", "[4~", "[8~": .end
    case "[5~": .pageUp
    case "[6~": .pageDown
    case "[3~": .delete
    case "[Z": .backTab
    case "OP", "[11~": .function(1)
    case "OQ", "[12~": .function(2)
    case "OR", "[13~": .function(3)
    case "OS", "[14~": .function(4)
    case "[15~": .function(5)
    case "[17~": .function(6)
    case "[18~": .function(7)
    case "[19~": .function(8)
    case "[20~": .function(9)
    case "[21~": .function(10)
    default: nil
    }
  }

  private static func functionKey(_ code: Int32) -> Input {
    switch code {
    case rel_key_resize(): return .resize
    case KEY_UP: return .key(.up)
    case KEY_DOWN: return .key(.down)
    case KEY_LEFT: return .key(.left)
    case KEY_RIGHT: return .key(.right)
    case KEY_NPAGE: return .key(.pageDown)
    case KEY_PPAGE: return .key(.pageUp)
    case KEY_HOME: return .key(.home)
    case KEY_END: return .key(.end)
    case KEY_BACKSPACE: return .key(.backspace)
    case KEY_DC: return .key(.delete)
    case KEY_ENTER: return .key(.enter)
    case rel_key_btab(): return .key(.backTab)
    case rel_key_mouse():
      var x: Int32 = 0
      var y: Int32 = 0
      switch rel_read_mouse(&x, &y) {
      case 1: return .key(.click(x: Int(x), y: Int(y)))
      case 2: return .key(.wheelUp)
      case 3: return .key(.wheelDown)
      default: return .timeout
      }
    default:
      for number in 1...12 where code == rel_key_f(Int32(number)) { return .key(.function(number)) }
      return .timeout
    }
  }

  private static func installSignalHandlers() {
    // A parent may have blocked signals (a service manager, a thread pool): without
    // SIGWINCH there is no resize, without the others no restore on the way out.
    var wanted = sigset_t()
    sigemptyset(&wanted)
    for signalNumber in [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
      sigaddset(&wanted, signalNumber)
    }
    pthread_sigmask(SIG_UNBLOCK, &wanted, nil)
    for signalNumber in [
      SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE,
    ] {
      signal(signalNumber) { received in
        endwin()
        Terminal.restoreBidiMode()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
