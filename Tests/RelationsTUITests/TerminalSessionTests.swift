import Foundation
import JSONStore
import Testing

@testable import RelationsTUI

/// The desk in a real terminal: two `relations` in tmux on one copy of the bundled office,
/// real keystrokes, the screens read back, the channel file checked.
@Suite(.serialized) struct TerminalSessionTests {
  let server = "relations-e2e-\(getpid())"

  func tmux(_ arguments: String...) throws -> String {
    try run("/usr/bin/env", ["tmux", "-L", server] + arguments).out
  }

  func keys(_ session: String, _ keys: String...) throws {
    _ = try run("/usr/bin/env", ["tmux", "-L", server, "send-keys", "-t", session] + keys)
  }

  /// Text typed as it is, not read as key names.
  func text(_ session: String, _ text: String) throws {
    _ = try run("/usr/bin/env", ["tmux", "-L", server, "send-keys", "-t", session, "-l", text])
  }

  func screen(_ session: String) throws -> String {
    try tmux("capture-pane", "-p", "-t", session)
  }

  /// Starts a detached tmux session running a plain shell. The server outlives the call, so it
  /// is started with posix_spawn and waited for with waitpid: Foundation's Process can wait
  /// forever on a client whose daemon keeps its pipes.
  func start(
    _ session: String, width: Int, height: Int, term: String = "xterm-256color"
  ) -> Int32 {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let arguments = [
      "/usr/bin/env", "tmux", "-L", server, "new-session", "-d", "-s", session, "-x", "\(width)",
      "-y", "\(height)", "env TERM=\(term) LANG=C.UTF-8 bash --norc --noprofile",
    ]
    // Test threads block signals such as SIGWINCH; the server and the app must not inherit that.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    guard posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else {
      return -1
    }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return (status >> 8) & 0xFF
  }

  func waitFor(_ seconds: Double, _ condition: () throws -> Bool) rethrows -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try condition() { return true }
      usleep(50_000)
    }
    return try condition()
  }

  /// The bundled demo office of the repository, copied so the test never changes it.
  func copyOfTheBundledOffice(into scratch: Scratch) throws -> String {
    let bundled = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
    let office = scratch.path + "/office"
    try FileManager.default.copyItem(atPath: bundled, toPath: office)
    try? FileManager.default.removeItem(atPath: office + "/drafts")
    return office
  }

  @Test func aVisitRecordedAtOneDeskIsResolvedAtAnotherAndBothAreInTheVisitLog() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(
      start("front", width: 120, height: 40) == 0, "tmux must be installed (make test installs it)")
    defer { _ = try? tmux("kill-server") }
    #expect(start("officer", width: 100, height: 30) == 0)
    for session in ["front", "officer"] {
      try text(
        session,
        "\(relationsBinary) --data \(office) --lang en; stty -a > \(scratch.path)/stty-\(session).txt"
      )
      try keys(session, "Enter")
    }
    #expect(
      try waitFor(15) {
        try screen("front").contains("1 Inbox") && screen("officer").contains("1 Inbox")
      })

    // The front desk records a visit with real keystrokes.
    try keys("front", "n")
    #expect(try waitFor(5) { try screen("front").contains("New in-person visit") })
    try text("front", "0551234567")
    try keys("front", "Tab")
    try text("front", "Visitor Tmux")
    try keys("front", "Tab", "Tab")
    try text("front", "Asks about the tmux lesson")
    try keys("front", "C-s")
    var caseID = ""
    #expect(
      try waitFor(5) {
        let shown = try screen("front")
        guard let range = shown.range(of: #"Case number: V-\d{6}"#, options: .regularExpression)
        else {
          return false
        }
        caseID = String(shown[range].suffix(8))
        return true
      })
    #expect(caseID.hasPrefix("V-"))

    // The window shrinks mid-way: the desk stacks the detail under the list (a rule across
    // the whole width), says when it is too small, and comes back when it grows.
    try keys("front", "Enter")
    _ = try tmux("resize-window", "-t", "front", "-x", "90", "-y", "30")
    let rule = String(repeating: "─", count: 90)
    #expect(try waitFor(5) { try screen("front").split(separator: "\n").contains { $0 == rule } })
    _ = try tmux("resize-window", "-t", "front", "-x", "30", "-y", "10")
    #expect(try waitFor(5) { try screen("front").contains("too small") })
    _ = try tmux("resize-window", "-t", "front", "-x", "120", "-y", "40")
    #expect(
      try waitFor(5) { try screen("front").contains("1 Inbox") && screen("front").contains("│") })

    // The officer's desk sees the visit within a second or so, finds it and resolves it.
    try keys("officer", "/")
    try text("officer", "tmux lesson")
    try keys("officer", "Enter")
    #expect(try waitFor(5) { try screen("officer").contains(caseID) })
    try keys("officer", "x")
    #expect(try waitFor(5) { try screen("officer").contains("Resolution") })
    try text("officer", "Told him the lesson is on Friday")
    try keys("officer", "C-s")
    #expect(try waitFor(5) { try screen("officer").contains("\(caseID): resolved") })

    let visits = try String(contentsOfFile: office + "/channels/visit.jsonl", encoding: .utf8)
    let lines = visits.split(separator: "\n").filter { $0.contains("\"stream\":\"\(caseID)\"") }
    #expect(
      lines.contains { $0.contains("\"type\":\"case.opened\"") && $0.contains("tmux lesson") })
    #expect(lines.contains { $0.contains("\"type\":\"case.resolved\"") && $0.contains("Friday") })

    // Raw mode: Ctrl-C arrives as a key and quits; each shell gets a sane terminal back.
    for session in ["front", "officer"] {
      try keys(session, "C-c")
      let file = "\(scratch.path)/stty-\(session).txt"
      #expect(
        waitFor(5) {
          ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "").contains("icanon")
        })
      let stty = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
      #expect(stty.contains(" icanon") && !stty.contains("-icanon"), "\(session) restored")
      #expect(stty.contains(" echo ") && !stty.contains("-echo "), "\(session) echoes again")
    }
  }

  @Test func anArabicSubjectTypedAtTheDeskIsShownJoinedInVisualOrderAndStoredInLogicalOrder()
    throws
  {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("arabic", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("arabic", "\(relationsBinary) --data \(office) --lang en")
    try keys("arabic", "Enter")
    #expect(try waitFor(15) { try screen("arabic").contains("1 Inbox") })
    try keys("arabic", "n")
    #expect(try waitFor(5) { try screen("arabic").contains("New in-person visit") })
    try keys("arabic", "Tab", "Tab", "Tab")
    let subject = "استفسار عن درس الجمعة"
    try text("arabic", subject)
    // On screen: shaped presentation forms, last word first (visual order).
    let shown = Bidi.visual(subject).text
    #expect(shown.hasPrefix("\u{FE94}"))  // the closing ة of الجمعة, in its final form
    #expect(try waitFor(5) { try screen("arabic").contains(shown) })
    #expect(try !screen("arabic").contains(subject))
    try keys("arabic", "C-s")
    #expect(try waitFor(5) { try screen("arabic").contains("Case number: V-") })
    let visits = try String(contentsOfFile: office + "/channels/visit.jsonl", encoding: .utf8)
    #expect(visits.contains("\"subject\":\"\(subject)\""))
    try keys("arabic", "C-c")
  }

  @Test func hashGoesToACaseByIdAndColonListsCommandsThatEnterRuns() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("finding", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("finding", "\(relationsBinary) --data \(office) --lang en")
    try keys("finding", "Enter")
    #expect(try waitFor(15) { try screen("finding").contains("1 Inbox") })

    // From the contacts screen, # and an id typed loosely show the case, the inbox's view
    // kept (a case outside it is pinned at the top and said to be).
    try keys("finding", "4")
    try text("finding", "#")
    #expect(try waitFor(5) { try screen("finding").contains("Go to a case") })
    try text("finding", "p1")
    try keys("finding", "Enter")
    #expect(
      try waitFor(5) {
        let shown = try screen("finding")
        return shown.contains("View: All open (") && shown.contains("P-000001")
          && !shown.contains("Go to a case")
      })

    // : lists every command; typing filters it, Enter runs the one selected where it works.
    try text("finding", ":")
    #expect(try waitFor(5) { try screen("finding").contains("Commands · type to filter") })
    #expect(try screen("finding").contains("go to a case by its id"))
    try text("finding", "filter by view")
    try keys("finding", "Enter")
    #expect(try waitFor(5) { try screen("finding").contains("Filter the inbox") })
    try keys("finding", "Escape")
    #expect(try waitFor(5) { try !screen("finding").contains("Filter the inbox") })
    try keys("finding", "C-c")
  }

  @Test func theSurveysPeriodKeepsTodayAndComesBackToNowInARealTerminal() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("periods", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("periods", "\(relationsBinary) --data \(office) --lang en")
    try keys("periods", "Enter")
    #expect(try waitFor(15) { try screen("periods").contains("1 Inbox") })
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Asia/Riyadh") ?? .gmt
    let parts = calendar.dateComponents([.year, .month], from: Date())
    let names = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    let month = "month \(names[(parts.month ?? 1) - 1]) \(parts.year ?? 0)"
    try keys("periods", "2")
    #expect(try waitFor(10) { try screen("periods").contains(month) })
    try keys("periods", "t")
    #expect(try waitFor(5) { try screen("periods").contains("· quarter ") })
    try keys("periods", "t", "t", "t")  // the rest of a round of lengths
    #expect(try waitFor(5) { try screen("periods").contains(month) }, "back to this month")
    try keys("periods", "Left", "Left")
    #expect(try waitFor(5) { try !screen("periods").contains(month) })
    try keys("periods", ".")
    #expect(try waitFor(5) { try screen("periods").contains(month) }, ". comes back to now")
    try keys("periods", "Right")
    #expect(try waitFor(5) { try screen("periods").contains("This is the current period") })
    #expect(try screen("periods").contains(month))
    try keys("periods", "C-c")
  }

  @Test func fiveThousandDigitsPastedIntoPhoneLeaveTheDeskAnsweringTheNextKey() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("paste", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("paste", "\(relationsBinary) --data \(office) --lang en")
    try keys("paste", "Enter")
    #expect(try waitFor(15) { try screen("paste").contains("1 Inbox") })
    try keys("paste", "n")
    #expect(try waitFor(5) { try screen("paste").contains("New in-person visit") })
    // A paste reaches the program as keys, as fast as the terminal sends them.
    try text("paste", String(repeating: "0123456789", count: 500))
    try keys("paste", "Tab")
    try text("paste", "Pasted By Mistake")
    #expect(
      try waitFor(20) {
        let shown = try screen("paste")
        return shown.contains("Pasted By Mistake") && shown.contains("takes at most 32")
      }, "the desk answers the key after the paste")
    let shown = try screen("paste")
    #expect(shown.contains("01234567890123456789012345678901"))
    #expect(!shown.contains("012345678901234567890123456789012"))
    try keys("paste", "C-c")
  }

  @Test func aTerminalThatCannotPlaceTheCursorIsRefusedLikeNoTerminal() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("dumb", width: 100, height: 30) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    // A terminal type of its own that lacks cursor addressing (cup), compiled with tic.
    let source = scratch.path + "/nocup.src"
    try "nocup|a terminal without cursor addressing,\n\tam, cols#80, lines#24,\n\tbel=^G, cr=\\r,\n"
      .write(toFile: source, atomically: true, encoding: .utf8)
    let compiled =
      (try? run("/usr/bin/env", ["tic", "-o", scratch.path + "/terminfo", source]).status) == 0
    var cases = [("dumb", "TERM=dumb"), ("unknown", "TERM=unknown"), ("empty", "TERM=")]
    if compiled {
      cases.append(("nocup", "TERMINFO=\(scratch.path)/terminfo TERM=nocup"))
    } else {
      print("skipped: tic could not compile a terminal type without cup (ncurses-bin)")
    }
    // stdin and stdout stay the terminal; only what the program says goes to a file.
    for (name, environment) in cases {
      try text(
        "dumb",
        "\(environment) \(relationsBinary) --data \(office) --lang en 2>\(scratch.path)/\(name).err;"
          + " echo $? >\(scratch.path)/\(name).rc")
      try keys("dumb", "Enter")
      let rc = "\(scratch.path)/\(name).rc"
      // The shell makes the file before it writes the status into it, so the program has
      // ended only once the file holds a whole line.
      func statusLine() -> String { (try? String(contentsOfFile: rc, encoding: .utf8)) ?? "" }
      #expect(waitFor(15) { statusLine().hasSuffix("\n") }, "\(name): the program ended")
      let status = statusLine()
      let said = (try? String(contentsOfFile: "\(scratch.path)/\(name).err", encoding: .utf8)) ?? ""
      #expect(status.trimmingSpaces == "2", "\(name): exit 2")
      #expect(said.contains("cannot place the cursor"), "\(name): \(said)")
      #expect(said.contains("TERM=xterm-256color"), "\(name)")
      #expect(said.contains("relations export"), "\(name): names the commands without a terminal")
      #expect(said.split(separator: "\n").count == 1, "\(name): one line")
    }
  }

  @Test func anOfficeThisAccountCannotWriteOpensReadOnlyAndRefusesToSave() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    // Root writes whatever the modes say, so the desk runs as nobody on a copy it may read.
    let asNobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    // A copy of the binary beside the office: the build folder may sit where nobody cannot
    // reach it (a private temporary folder, a home directory).
    let binary = scratch.path + "/relations"
    try? FileManager.default.copyItem(atPath: relationsBinary, toPath: binary)
    _ = try run("/usr/bin/env", ["chmod", "-R", "a+rX,go-w", scratch.path])
    let canSwitch =
      geteuid() == 0
      && (try? run("/usr/bin/env", asNobody + ["test", "-x", binary]).status) == 0
      && (try? run("/usr/bin/env", asNobody + ["test", "-r", office + "/office.json"]).status)
        == 0
    guard canSwitch else {
      print(
        "skipped: the read-only desk test needs root and setpriv to run the desk as nobody "
          + "on a copy nobody may read but not write")
      return
    }
    let visits = office + "/channels/visit.jsonl"
    let before = try Data(contentsOf: URL(fileURLWithPath: visits))
    #expect(start("readonly", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text(
      "readonly",
      (asNobody + [binary, "--data", office, "--lang", "en"]).joined(separator: " "))
    try keys("readonly", "Enter")
    #expect(
      try waitFor(15) {
        try screen("readonly").contains(
          "The office is open read-only: this account may not write the data folder")
      })
    #expect(try screen("readonly").contains("Read-only · nobody"))
    try keys("readonly", "n")
    #expect(try waitFor(5) { try screen("readonly").contains("New in-person visit") })
    try keys("readonly", "Tab", "Tab", "Tab")
    try text("readonly", "Asks while the disk is locked")
    try keys("readonly", "C-s")
    #expect(try waitFor(5) { try screen("readonly").contains("so this cannot be saved") })
    #expect(try screen("readonly").contains("Asks while the disk is locked"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: visits)) == before)
    try keys("readonly", "C-c")
  }

  /// Starts the desk on a copy of the bundled office in a session with this TERM.
  func startDesk(_ session: String, term: String, scratch: Scratch) throws {
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start(session, width: 100, height: 30, term: term) == 0)
    try text(session, "\(relationsBinary) --data \(office) --lang en")
    try keys(session, "Enter")
    #expect(try waitFor(15) { try screen(session).contains("1 Inbox") })
  }

  @Test(arguments: ["xterm-256color", "tmux-256color"])
  func homeEndThePageKeysAndF1ToF10AreReadAsThemselvesUnderTmux(term: String) throws {
    let scratch = Scratch()
    defer { _ = try? tmux("kill-server") }
    try startDesk("keys", term: term, scratch: scratch)
    // On the library, Home and End do nothing but say where they work: read as digits they
    // would have shown the inbox (1) or the contacts (4).
    try keys("keys", "5")
    try keys("keys", "Home")
    #expect(try waitFor(5) { try screen("keys").contains("Home does nothing here") })
    try keys("keys", "End")
    #expect(try waitFor(5) { try screen("keys").contains("End does nothing here") })
    // On the surveys screen F2 to F9 do nothing at all, and the page keys say where they work.
    try keys("keys", "2")
    try keys("keys", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9")
    try keys("keys", "NPage")
    #expect(try waitFor(5) { try screen("keys").contains("PgDn does nothing here") })
    try keys("keys", "PPage")
    #expect(try waitFor(5) { try screen("keys").contains("PgUp does nothing here") })
    try keys("keys", "F1")
    #expect(try waitFor(5) { try screen("keys").contains("Surveys · keys") })
    try keys("keys", "Escape")
    #expect(try waitFor(5) { try !screen("keys").contains("Surveys · keys") })
    try keys("keys", "F10")
    #expect(try waitFor(5) { try !screen("keys").contains("1 Inbox") })
  }

  @Test func aClickOnATabShowsItsScreen() throws {
    let scratch = Scratch()
    defer { _ = try? tmux("kill-server") }
    try startDesk("mouse", term: "xterm-256color", scratch: scratch)
    // The contacts tab spans columns 32 to 43 (1-based) of the second row: an SGR mouse
    // press and release there, as a terminal sends them.
    func click() throws {
      for final in ["M", "m"] {
        let bytes = Array("\u{1B}[<0;36;2\(final)".utf8).map { String($0, radix: 16) }
        _ = try run(
          "/usr/bin/env", ["tmux", "-L", server, "send-keys", "-t", "mouse", "-H"] + bytes)
      }
    }
    // On a loaded machine a click can reach the desk before its first frame is taken in;
    // a user would click again, and so does the test, three times at most.
    var shown = false
    for _ in 0..<3 where !shown {
      try click()
      shown = try waitFor(5) { try screen("mouse").contains("Contacts (") }
    }
    #expect(shown)
  }
}
