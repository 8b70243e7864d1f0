import Foundation
import Glibc
import JSONStore
import Testing

@testable import Office

/// A team on one server, with real OS accounts made for the test: a front desk and an officer
/// at a desk each in tmux, an outsider who is in the office's group but not on its staff, and
/// a bridge that ingests. Each is refused what their role may not do, through the desk and
/// through `relations case`, and every file keeps the office's group and modes.
extension TerminalSessionTests {
  /// Accounts and a group made with useradd/groupadd, removed when the value goes away.
  final class TeamAccounts {
    let group: String
    let front: String
    let officer: String
    let outsider: String
    let bridge: String
    private(set) var made: [String] = []

    init() throws {
      // A run killed half-way leaves its accounts: the next run picks other names.
      let tag = "\(getpid() % 10_000)\(Int.random(in: 100..<1000))"
      group = "relg\(tag)"
      front = "relf\(tag)"
      officer = "relo\(tag)"
      outsider = "relx\(tag)"
      bridge = "relb\(tag)"
      let added = try run("/usr/sbin/groupadd", [group])
      try #require(added.status == 0, "groupadd: \(added.err)")
      for account in [front, officer, outsider, bridge] {
        let user = try run(
          "/usr/sbin/useradd", ["-M", "-N", "-g", group, "-s", "/bin/sh", account])
        try #require(user.status == 0, "useradd \(account): \(user.err)")
        made.append(account)
      }
    }

    deinit {
      for account in made { _ = try? run("/usr/sbin/userdel", [account]) }
      _ = try? run("/usr/sbin/groupdel", [group])
    }

    /// The command line that runs `arguments` as `account`, with its own groups.
    func asAccount(_ account: String) -> [String] {
      ["/usr/bin/setpriv", "--reuid=\(account)", "--regid=\(group)", "--init-groups"]
    }
  }

  @Test func aFrontDeskAnOfficerAnOutsiderAndABridgeShareOneOfficeAsTheirRolesAllow() throws {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/sbin/useradd") else {
      print("skipped: the team test needs root, useradd and groupadd to make real accounts")
      return
    }
    let team = try TeamAccounts()
    let scratch = Scratch()
    #expect(chmod(scratch.path, 0o755) == 0)
    // A copy of the binary the accounts can reach (the build folder may be private).
    let binary = scratch.path + "/relations"
    try FileManager.default.copyItem(atPath: relationsBinary, toPath: binary)
    let office = scratch.path + "/office"
    func relations(_ account: String?, _ arguments: [String]) throws -> (
      status: Int32, out: String, err: String
    ) {
      let prefix = account.map(team.asAccount) ?? []
      return try run(
        prefix.first ?? binary,
        Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [binary]) + arguments)
    }

    // root sets the office up and is its first manager.
    #expect(try relations(nil, ["init", office, "--group", team.group]).status == 0)
    for (account, role, name) in [
      (team.front, "frontdesk", "Huda Al-Otaibi"), (team.officer, "officer", "Omar Al-Qahtani"),
      (team.bridge, "bridge", "Website bridge"),
    ] {
      let added = try relations(
        nil, ["staff", "add", account, "--role", role, "--name", name, "--data", office])
      #expect(added.status == 0, "\(added.err)")
      #expect(added.out == "ok \(account)\n")
    }
    let listed = try relations(nil, ["staff", "list", "--data", office])
    #expect(listed.out.contains("\(team.officer)  officer    Omar Al-Qahtani"), "\(listed.out)")

    // The bridge ingests; it may do nothing else.
    let input = scratch.path + "/in.jsonl"
    try Data((IngestCommandTests.examples[0] + "\n").utf8).write(to: URL(fileURLWithPath: input))
    #expect(chmod(input, 0o644) == 0)
    let ingested = try relations(team.bridge, ["ingest", "--data", office, input])
    #expect(ingested.status == 0, "\(ingested.out) \(ingested.err)")
    #expect(ingested.out == "ok W-000001\n")
    let bridgeNote = try relations(
      team.bridge, ["case", "W-000001", "note", "x", "--data", office])
    #expect(bridgeNote.status == 1)
    #expect(bridgeNote.err.contains("The bridge role may not do this"), "\(bridgeNote.err)")

    // The front desk notes but may not assign; the officer may.
    let note = try relations(
      team.front, ["case", "W-000001", "note", "Called him back", "--data", office])
    #expect(note.status == 0, "\(note.err)")
    let frontAssign = try relations(
      team.front, ["case", "W-000001", "assign", team.officer, "--data", office])
    #expect(frontAssign.status == 1)
    #expect(
      frontAssign.err == "The frontdesk role may not do this; an officer or a manager may.\n",
      "\(frontAssign.err)")
    let assigned = try relations(
      team.officer, ["case", "W-000001", "assign", team.officer, "--data", office])
    #expect(assigned.status == 0, "\(assigned.err)")
    let frontStaff = try relations(team.front, ["staff", "list", "--data", office])
    #expect(frontStaff.status == 2)
    #expect(frontStaff.err.contains("only a manager may list the staff"), "\(frontStaff.err)")
    let frontIngest = try relations(team.front, ["ingest", "--data", office, input])
    #expect(frontIngest.status == 2)

    // The outsider is in the group, so the files are open to them, but not on the staff.
    let outsider = try relations(
      team.outsider, ["case", "W-000001", "note", "Not mine to write", "--data", office])
    #expect(outsider.status == 2)
    #expect(
      outsider.err
        == "The account \(team.outsider) is not on this office's staff; a manager (root) can add it: relations staff add \(team.outsider) --role frontdesk --name \"Full name\".\n",
      "\(outsider.err)")

    // Every record is theirs: who ingested, noted and assigned.
    var actors: [String] = []
    _ = try ChannelLog(
      directory: DataDirectory(path: office), channel: "website", mode: .readOnly,
      sink: { actors.append($0.actor) })
    #expect(actors == [team.bridge, team.front, team.officer])
    var staffEvents: [(String, String)] = []
    _ = try ChannelLog(
      directory: DataDirectory(path: office), channel: "office", mode: .readOnly,
      sink: { staffEvents.append(($0.actor, $0.type)) })
    #expect(staffEvents.map(\.0) == ["root", "root", "root"])
    #expect(staffEvents.map(\.1) == ["staff.added", "staff.added", "staff.added"])

    // A desk each: the status bar names the person and the role; the front desk is refused.
    #expect(start("front", width: 120, height: 30) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    _ = try tmux("new-window", "-d", "-t", "front", "-n", "officer")
    _ = try tmux("new-window", "-d", "-t", "front", "-n", "outsider")
    _ = try tmux("new-window", "-d", "-t", "front", "-n", "bridge")
    func desk(_ target: String, _ account: String) throws {
      try text(
        target,
        (team.asAccount(account) + [
          "env", "TERM=xterm-256color", "LANG=C.UTF-8", binary, "--data",
          office, "--lang", "en", "2>\(scratch.path)/\(account).err",
        ]).joined(separator: " "))
      try keys(target, "Enter")
    }
    try desk("front", team.front)
    try desk("front:officer", team.officer)
    try desk("front:bridge", team.bridge)
    #expect(
      try waitFor(15) {
        try screen("front").contains("Huda Al-Otaibi (\(team.front)) · front desk")
      },
      "\((try? screen("front")) ?? "")")
    #expect(
      try waitFor(15) {
        try screen("front:officer").contains(
          "Omar Al-Qahtani (\(team.officer)) · relations officer")
      }, "\((try? screen("front:officer")) ?? "")")
    // A bridge may change nothing at the desk: it opens read-only and says why.
    #expect(
      try waitFor(15) {
        try screen("front:bridge").contains("the bridge role may read the desk but change nothing")
      }, "\((try? screen("front:bridge")) ?? "")")
    try keys("front:bridge", "C-c")
    try keys("front", "a")
    #expect(
      try waitFor(5) {
        try screen("front").contains("The front desk role may not do this; a relations officer or")
      }, "\((try? screen("front")) ?? "")")
    // The front desk types a visit, so its draft file is made; then saves it.
    try keys("front", "Escape", "n")
    #expect(try waitFor(5) { try screen("front").contains("New in-person visit") })
    try keys("front", "Tab", "Tab", "Tab")
    try text("front", "Asks about the Urdu lessons")
    try keys("front", "C-s")
    #expect(
      try waitFor(5) { try screen("front").contains("Case number") },
      "\((try? screen("front")) ?? "")")
    // The officer's desk sees the front desk's visit come in.
    #expect(
      try waitFor(10) { try screen("front:officer").contains("V-000001 inquiry    Asks about") },
      "\((try? screen("front:officer")) ?? "")")

    // The outsider's desk never opens: one sentence, exit 2.
    try text(
      "front:outsider",
      (team.asAccount(team.outsider) + [
        "env", "TERM=xterm-256color", binary, "--data", office,
        "2>\(scratch.path)/outsider.err;", "echo", "$?", ">\(scratch.path)/outsider.rc",
      ]).joined(
        separator: " "))
    try keys("front:outsider", "Enter")
    func outsiderStatus() -> String {
      (try? String(contentsOfFile: scratch.path + "/outsider.rc", encoding: .utf8)) ?? ""
    }
    #expect(waitFor(15) { outsiderStatus().hasSuffix("\n") })
    #expect(outsiderStatus() == "2\n")
    let said = try String(contentsOfFile: scratch.path + "/outsider.err", encoding: .utf8)
    #expect(said.contains("is not on this office's staff"), "\(said)")
    try keys("front", "C-c")
    try keys("front:officer", "C-c")

    // Whoever wrote last, every file and folder keeps the office's group and modes.
    let gid = try #require(getgrnam(team.group)).pointee.gr_gid
    let walker = FileManager.default.enumerator(atPath: office)
    while let relative = walker?.nextObject() as? String {
      var info = stat()
      #expect(lstat(office + "/" + relative, &info) == 0)
      let folder = info.st_mode & S_IFMT == S_IFDIR
      let personal = relative.hasPrefix("drafts") || relative.hasPrefix("views")
      let wanted: mode_t =
        folder ? (personal ? 0o1770 : 0o2770) : (personal ? 0o600 : 0o660)
      #expect(
        info.st_mode & 0o7777 == wanted, "\(relative): \(String(info.st_mode & 0o7777, radix: 8))")
      #expect(info.st_gid == gid, "\(relative)")
    }
    let checked = try relations(team.officer, ["check", "--data", office])
    #expect(checked.status == 0, "\(checked.out) \(checked.err)")
  }
}
