import Foundation
import Glibc
import Testing

/// The whole outbox loop through the reference bridge, `scripts/relations-bridge`, run for
/// real against the built `relations`: messages queued as cases move on, handed to the
/// office's send command (or printed as letters), their receipts ingested, and a survey
/// invitation answered by one digit.
@Suite struct BridgeLoopTests {
  /// The bridge in this checkout.
  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/relations-bridge").path

  /// Whether `python3` is on PATH, as the bridge's `#!/usr/bin/env python3` asks.
  static let hasPython: Bool = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/python3")
    }
  }()

  /// An office that invites to its survey and shows groups of one, with a phone case from
  /// +966501234567 (P-000001), one from a number the send command cannot reach (P-000002)
  /// and a permit request by letter (L-000001).
  final class Office {
    let scratch = Scratch()
    var path: String { scratch.path + "/office" }
    var sent: String { scratch.path + "/sent.jsonl" }
    var letters: String { scratch.path + "/letters" }
    /// Appends each message's JSON line to `sent`, and fails for numbers ending in 999 as
    /// a gateway does, saying why on stderr.
    var send: String {
      #"case "$RELATIONS_TO" in *999) echo "number unreachable" >&2; exit 1;; esac; cat >> "#
        + "'\(sent)'"
    }

    init() throws {
      let made = try run(relationsBinary, ["init", path])
      try #require(made.status == 0, "\(made.err)")
      let settings = path + "/office.json"
      let text = try String(contentsOfFile: settings, encoding: .utf8)
      try text.replacingOccurrences(
        of: #""minGroupSize": 5,"#, with: #""minGroupSize": 1, "surveyInvitations": true,"#
      ).write(toFile: settings, atomically: true, encoding: .utf8)
      let ingested = try ingest(
        #"{"type":"case","channel":"phone","kind":"inquiry","subject":"Quran circle times","contact":{"name":"Ahmad","phone":"0501234567"}}"#,
        #"{"type":"case","channel":"phone","kind":"inquiry","subject":"Iftar","contact":{"name":"Bilal","phone":"0500000999"}}"#,
        #"{"type":"case","channel":"letter","kind":"permit","subject":"Lecture permit","contact":{"name":"محمد أحمد"}}"#
      )
      try #require(ingested == ["ok P-000001", "ok P-000002", "ok L-000001"])
    }

    /// `relations ARGUMENTS --data OFFICE`, with `input` on stdin.
    func relations(_ arguments: [String], input: String = "") throws -> (
      status: Int32, out: String, err: String
    ) {
      try run(relationsBinary, arguments + ["--data", path], input: Data(input.utf8))
    }

    /// `relations ingest`'s answers to `lines`.
    func ingest(_ lines: String...) throws -> [String] {
      try relations(["ingest"], input: lines.joined(separator: "\n")).out.split(separator: "\n")
        .map(String.init)
    }

    /// `relations case ID ACTION…`, which must succeed.
    func act(_ id: String, _ action: String...) throws {
      let result = try relations(["case", id] + action)
      #expect(result.status == 0, "\(action): \(result.err)")
    }

    /// The bridge with `--once`: what is pending, then it exits.
    func bridgeOnce(_ extra: [String] = [], sending command: String? = nil) throws -> (
      status: Int32, out: String, err: String
    ) {
      try run(
        BridgeLoopTests.script,
        ["--data", path, "--relations", relationsBinary, "--send", command ?? send, "--once"]
          + extra)
    }

    /// The receipts on the cases, by message id.
    func receipts() throws -> [String: [String: Any]] {
      let events = try relations(["export", "--format", "jsonl", "--what", "events"])
      var found: [String: [String: Any]] = [:]
      for line in events.out.split(separator: "\n") where line.contains("outbox.receipt") {
        let data = try #require(try BridgeLoopTests.object(String(line))["data"] as? [String: Any])
        found[data["message"] as? String ?? ""] = data
      }
      return found
    }

    /// The outbox's messages, one object a line.
    func outbox() throws -> [[String: Any]] {
      let listed = try relations(["outbox"])
      #expect(listed.status == 0, "\(listed.err)")
      return try listed.out.split(separator: "\n").map { try object(String($0)) }
    }

    /// The lines the send command was handed.
    func sentLines() -> [String] {
      BridgeLoopTests.read(sent).split(separator: "\n").map(String.init)
    }
  }

  static func object(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test(.enabled(if: hasPython, "python3 is not installed: the reference bridge cannot run"))
  func aReplyGoesOutThroughTheBridgeAndTheInvitationsDigitComesBackAsASelfReportedAnswer()
    throws
  {
    let office = try Office()
    try office.act("P-000001", "reply", "Circles are after Isha.", "--send", "sms")
    try office.act("P-000002", "reply", "Iftar is at the mosque.", "--send", "sms")
    #expect(try office.outbox().map { $0["id"] as? String } == ["P-000001-m1", "P-000002-m1"])

    let bridged = try office.bridgeOnce()
    #expect(bridged.status == 0, "\(bridged.err)")
    // The reachable number's message reached the command, whole, on stdin; the other failed.
    let sent = office.sentLines()
    #expect(sent.count == 1, "\(sent)")
    let message = try Self.object(try #require(sent.first))
    #expect(message["id"] as? String == "P-000001-m1" && message["case"] as? String == "P-000001")
    #expect(message["to"] as? String == "+966501234567" && message["medium"] as? String == "sms")
    #expect(message["kind"] as? String == "reply")
    #expect(message["text"] as? String == "Circles are after Isha.")
    // Both left the outbox with their receipt; the failure is on its case with its reason.
    #expect(try office.outbox().isEmpty)
    let receipts = try office.receipts()
    #expect(receipts["P-000001-m1"]?["status"] as? String == "sent", "\(receipts)")
    #expect(receipts["P-000002-m1"]?["status"] as? String == "failed")
    #expect(receipts["P-000002-m1"]?["reason"] as? String == "number unreachable")

    // Resolved, the case asks for a digit, and the bridge sends that too.
    try office.act("P-000001", "resolve", "Told the times.")
    #expect(try office.bridgeOnce().status == 0)
    let invitation = try Self.object(try #require(office.sentLines().last))
    #expect(invitation["id"] as? String == "P-000001-m2")
    #expect(invitation["kind"] as? String == "survey-invitation")
    #expect((invitation["text"] as? String)?.contains("from 1 to 5") == true)
    #expect(try office.outbox().isEmpty)

    // The answer comes in as a message on no case, in Arabic-Indic digits.
    let answered = try office.ingest(
      #"{"type":"message","channel":"phone","body":"٤","contact":{"phone":"+966501234567"}}"#)
    #expect(answered.first?.hasPrefix("ok R-") == true, "\(answered)")
    let report = try office.relations(["report", "surveys", "--format", "json", "--by", "mode"])
    let figures = try Self.object(report.out)
    #expect(figures["responses"] as? Int == 1, "\(report.out)")
    #expect((figures["overall"] as? [String: Any])?["mean"] as? Double == 4)
    let groups = try #require(figures["groups"] as? [[String: Any]])
    #expect(groups.map { $0["key"] as? String } == ["self-reported"])
    let responses = try office.relations(["export", "--format", "jsonl", "--what", "surveys"])
    let response = try Self.object(responses.out.trimmingCharacters(in: .newlines))
    #expect(response["case"] as? String == "P-000001" && response["assisted"] as? Bool == false)
    #expect(response["overall"] as? Int == 4)

    // The 0–10 question follows, and goes out the same way.
    #expect(try office.bridgeOnce().status == 0)
    let next = try Self.object(try #require(office.sentLines().last))
    #expect(next["id"] as? String == "P-000001-m3" && next["question"] as? String == "recommend")
    #expect(try office.outbox().isEmpty)
  }

  @Test(.enabled(if: hasPython, "python3 is not installed: the reference bridge cannot run"))
  func theSendCommandsLastLineSaysDeliveredAndACommandThatCannotRunFails() throws {
    let office = try Office()
    try office.act("P-000001", "resolve", "Told the times.")
    let delivered = try office.bridgeOnce(sending: "cat > /dev/null; echo queued; echo delivered")
    #expect(delivered.status == 0, "\(delivered.err)")
    try office.act("P-000002", "resolve", "Told the times.")
    let missing = try office.bridgeOnce(sending: office.scratch.path + "/no-such-gateway")
    #expect(missing.status == 0, "\(missing.err)")
    let receipts = try office.receipts()
    #expect(receipts["P-000001-m1"]?["status"] as? String == "delivered", "\(receipts)")
    #expect(receipts["P-000002-m1"]?["status"] as? String == "failed")
    // The shell's own words, the last line of the command's stderr.
    let reason = receipts["P-000002-m1"]?["reason"] as? String
    #expect(reason?.contains("no-such-gateway") == true && reason?.contains("not found") == true)
    #expect(try office.outbox().isEmpty)
  }

  @Test(.enabled(if: hasPython, "python3 is not installed: the reference bridge cannot run"))
  func aLetterIsPrintedAsTextForTheLettersChannel() throws {
    let office = try Office()
    try office.act("L-000001", "permit", "submitted", "--reference", "A-17")
    try office.act("L-000001", "permit", "decided", "approved", "--reference", "D-9")
    let queued = try office.outbox()
    #expect(queued.map { $0["medium"] as? String } == ["letter"], "\(queued)")

    let bridged = try office.bridgeOnce(["--print-letters", office.letters])
    #expect(bridged.status == 0, "\(bridged.err)")
    let letter = Self.read(office.letters + "/L-000001-m1.txt")
    let lines = letter.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "مكتب جديد", "the office's name heads it: \(letter)")
    #expect(letter.contains("L-000001") && letter.contains("محمد أحمد") && letter.contains("D-9"))
    #expect(lines.allSatisfy { $0.count <= 72 }, "\(letter)")
    // Printed, not handed to the send command; and reported, so out of the outbox.
    #expect(office.sentLines().isEmpty)
    #expect(try office.outbox().isEmpty)
  }

  @Test(.enabled(if: hasPython, "python3 is not installed: the reference bridge cannot run"))
  func followingTheBridgeSendsEachNewMessageOnceAndStopsCleanlyOnSIGTERM() throws {
    let office = try Office()
    let bridge = Process()
    bridge.executableURL = URL(fileURLWithPath: Self.script)
    bridge.arguments = [
      "--data", office.path, "--relations", relationsBinary, "--send", office.send,
    ]
    let log = office.scratch.path + "/bridge.log"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let logFile = try #require(FileHandle(forWritingAtPath: log))
    bridge.standardOutput = logFile
    bridge.standardError = logFile
    try bridge.run()
    defer { if bridge.isRunning { kill(bridge.processIdentifier, SIGKILL) } }

    try office.act("P-000001", "reply", "Circles are after Isha.", "--send", "sms")
    #expect(
      waitUntil(seconds: 30) { office.sentLines().contains { $0.contains("P-000001-m1") } },
      "the bridge never sent P-000001-m1: \(Self.read(log))")
    // A case opened while the bridge runs: its reply goes out, and its receipt is taken by
    // the ingest the bridge started before the case existed (so the outbox empties).
    #expect(
      try office.ingest(
        #"{"type":"case","channel":"phone","kind":"inquiry","subject":"Books","contact":{"phone":"0559876543"}}"#
      ) == ["ok P-000003"])
    try office.act("P-000003", "reply", "The list is on its way.", "--send", "sms")
    #expect(
      waitUntil(seconds: 30) { office.sentLines().contains { $0.contains("P-000003-m1") } },
      "the bridge never sent P-000003-m1: \(Self.read(log))")
    #expect(waitUntil(seconds: 30) { (try? office.outbox().isEmpty) == true })

    bridge.terminate()
    try #require(waitUntil(seconds: 30) { !bridge.isRunning }, "the bridge ignored SIGTERM")
    #expect(bridge.terminationReason == .exit, "\(Self.read(log))")
    #expect(bridge.terminationStatus == 0, "\(Self.read(log))")
    #expect(office.sentLines().count == 2, "each message once: \(office.sentLines())")
  }

  @Test(.enabled(if: hasPython, "python3 is not installed: the reference bridge cannot run"))
  func aSecondBridgeOnTheSameOfficeIsRefusedWhileTheFirstRuns() throws {
    let office = try Office()
    let first = Process()
    first.executableURL = URL(fileURLWithPath: Self.script)
    first.arguments = [
      "--data", office.path, "--relations", relationsBinary, "--send", office.send,
    ]
    first.standardOutput = FileHandle.nullDevice
    first.standardError = FileHandle.nullDevice
    try first.run()
    defer { if first.isRunning { kill(first.processIdentifier, SIGKILL) } }
    // Once it has sent something it holds the office's lock.
    try office.act("P-000001", "reply", "Circles are after Isha.", "--send", "sms")
    try #require(
      waitUntil(seconds: 30) { office.sentLines().contains { $0.contains("P-000001-m1") } })
    let second = try office.bridgeOnce()
    #expect(second.status == 2)
    #expect(second.err.contains("another bridge is already running"), "\(second.err)")
    #expect(office.sentLines().count == 1)
    first.terminate()
    #expect(waitUntil(seconds: 30) { !first.isRunning })
  }

  @Test(.enabled(if: hasPython, "python3 is not installed: the reference bridge cannot run"))
  func aSendCommandThatTakesTooLongIsStoppedWholeAndReportedFailed() throws {
    let office = try Office()
    try office.act("P-000001", "resolve", "Told the times.")
    let late = office.scratch.path + "/late"
    // The shell waits on a child, as a script waits on curl: the child must go too.
    let slow = try office.bridgeOnce(
      ["--timeout", "1"], sending: "sh -c 'sleep 3; echo sent >> \(late)'; true")
    #expect(slow.status == 0, "\(slow.err)")
    let receipts = try office.receipts()
    #expect(receipts["P-000001-m1"]?["status"] as? String == "failed")
    #expect((receipts["P-000001-m1"]?["reason"] as? String)?.contains("more than 1") == true)
    usleep(3_500_000)
    #expect(!FileManager.default.fileExists(atPath: late), "the killed send still sent")
  }

  static func read(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }

  /// Polls `condition` every tenth of a second until it holds or `seconds` pass.
  func waitUntil(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if condition() { return true }
      usleep(100_000)
    }
    return condition()
  }
}
