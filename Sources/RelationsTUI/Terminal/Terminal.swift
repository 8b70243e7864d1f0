import CNcurses

#if canImport(Glibc)
  import Glibc
#endif

/// The ncurses session: raw mode (so Ctrl-C and Ctrl-S arrive as keys), no echo, wide
/// characters. The terminal is restored on every way out: `stop`, a signal, or a crash.
final class Terminal {
  enum Key: Equatable {
    case character(Character)
    case control(UInt32)
    case function(Int32)
    case resize
    case timeout
  }

  enum StartFailure: Error {
    case notATerminal
    case unknownTerminal(String?)
  }

  private(set) var isActive = false

  /// Whether stdin and stdout are both a terminal.
  static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

  func start() throws {
    guard Self.isInteractive else { throw StartFailure.notATerminal }
    setlocale(LC_ALL, "")
    // newterm, unlike initscr, returns nil for an unknown TERM instead of exiting.
    guard newterm(nil, rel_stdout(), rel_stdin()) != nil else {
      throw StartFailure.unknownTerminal(getenv("TERM").map { String(cString: $0) })
    }
    isActive = true
    Self.installSignalHandlers()
    raw()
    noecho()
    nonl()
    keypad(rel_stdscr(), true)
    curs_set(0)
    wtimeout(rel_stdscr(), 500)
  }

  func stop() {
    guard isActive else { return }
    isActive = false
    endwin()
  }

  var size: (width: Int, height: Int) {
    (Int(rel_getmaxx(rel_stdscr())), Int(rel_getmaxy(rel_stdscr())))
  }

  /// Draws whole lines (already fitted to the width); ncurses sends only what changed.
  func draw(_ lines: [String], highlightFirstLine: Bool = true) {
    for (row, line) in lines.enumerated() {
      var wide = line.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
      wide.append(0)
      if row == 0 && highlightFirstLine { _ = rel_attr_on(rel_a_reverse()) }
      _ = wide.withUnsafeBufferPointer { rel_put_wstr(Int32(row), 0, $0.baseAddress) }
      if row == 0 && highlightFirstLine { _ = rel_attr_off(rel_a_reverse()) }
    }
    refresh()
  }

  /// The next key, or `.timeout` after half a second (so the caller can poll the logs).
  func nextKey() -> Key {
    var value: wint_t = 0
    let result = wget_wch(rel_stdscr(), &value)
    if result == KEY_CODE_YES {
      if Int32(value) == rel_key_resize() { return .resize }
      return .function(Int32(value))
    }
    guard result == OK else { return .timeout }
    let code = UInt32(value)
    if code < 0x20 || code == 0x7F { return .control(code) }
    guard let scalar = Unicode.Scalar(code) else { return .timeout }
    return .character(Character(scalar))
  }

  private static func installSignalHandlers() {
    for signalNumber in [
      SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE,
    ] {
      signal(signalNumber) { received in
        endwin()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }
}
