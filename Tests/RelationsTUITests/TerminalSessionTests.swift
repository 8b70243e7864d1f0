import Foundation
import JSONStore
import Testing

/// The full-screen app in a real terminal: tmux, real keys, the screen read back.
@Suite(.serialized) struct TerminalSessionTests {
  func tmux(_ arguments: String...) throws -> String {
    try run("/usr/bin/env", ["tmux"] + arguments).out
  }

  func spawnAndWait(_ arguments: [String]) -> Int32 {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd: Int32 in [0, 1, 2] {
      posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else { return -1 }
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

  @Test func theAppOpensShowsLiveCountsAndRestoresTheTerminalOnCtrlC() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office, "--demo"])
    let session = "relations-test-\(getpid())"
    let sttyFile = scratch.path + "/stty.txt"
    // The tmux server outlives this call, so it is started with posix_spawn and waited for
    // with waitpid: Foundation's Process can wait forever on a client whose daemon lives on.
    let status = spawnAndWait([
      "/usr/bin/env", "tmux", "-L", session, "new-session", "-d", "-s", session, "-x", "80", "-y",
      "24",
      "env TERM=xterm-256color LANG=C.UTF-8 bash --norc --noprofile",
    ])
    #expect(status == 0, "tmux must be installed (make test installs it)")
    defer { _ = try? tmux("-L", session, "kill-server") }
    _ = try tmux(
      "-L", session, "send-keys", "-t", session,
      "\(relationsBinary) --data \(office); stty -a > \(sttyFile)", "Enter")
    let screen = { try self.tmux("-L", session, "capture-pane", "-p", "-t", session) }
    #expect(try waitFor(10) { try screen().contains("visit.jsonl") })
    #expect(try screen().contains("Da'wa, Guidance"))

    // Another process appends; the open screen shows it within a second or so.
    let log = try ChannelLog(directory: DataDirectory(path: office), channel: "visit")
    try log.append(
      [
        ChannelLog.Draft(
          stream: "V-000001", type: "t", data: Array("{}".utf8), id: EventID.make(),
          timestamp: .now())
      ],
      actor: "omar")
    #expect(
      try waitFor(2) {
        try screen().split(separator: "\n").contains {
          $0.contains("visit.jsonl") && $0.contains(" 1 ")
        }
      })

    // Raw mode: Ctrl-C arrives as a key and quits; the shell gets a sane terminal back.
    _ = try tmux("-L", session, "send-keys", "-t", session, "C-c")
    #expect(
      waitFor(5) {
        FileManager.default.fileExists(atPath: sttyFile)
          && ((try? String(contentsOfFile: sttyFile, encoding: .utf8)) ?? "").contains("icanon")
      })
    let stty = (try? String(contentsOfFile: sttyFile, encoding: .utf8)) ?? ""
    #expect(stty.contains(" icanon") && !stty.contains("-icanon"))
    #expect(stty.contains(" echo ") && !stty.contains("-echo "))
  }
}
