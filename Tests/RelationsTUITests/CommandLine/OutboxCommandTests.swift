import Foundation
import Testing

/// `relations outbox`: what a bridge reads, once or following the office as messages are
/// queued.
@Suite struct OutboxCommandTests {
  func office() throws -> (Scratch, String) {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office, "--demo"])
    return (scratch, office)
  }

  func ingest(_ lines: [String], into office: String, scratch: Scratch) throws -> [String] {
    let input = scratch.path + "/in-\(UUID().uuidString.prefix(6)).jsonl"
    try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: input))
    return try run(relationsBinary, ["ingest", "--data", office, input]).out
      .split(separator: "\n").map(String.init)
  }

  func openAndResolve(_ phone: String, in office: String, scratch: Scratch) throws -> String {
    let out = try ingest(
      [
        #"{"type":"case","channel":"phone","kind":"inquiry","subject":"When is the lesson?","contact":{"name":"Ali","phone":"\#(phone)"}}"#
      ], into: office, scratch: scratch)
    let id = String(try #require(out.first).dropFirst(3))
    let resolved = try run(relationsBinary, ["case", id, "resolve", "Told him", "--data", office])
    #expect(resolved.status == 0, "\(resolved.err)")
    return id
  }

  func object(_ line: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
  }

  @Test func eachPendingMessageIsOneJSONLineWithTheContractsFields() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let id = try openAndResolve("0501234567", in: office, scratch: scratch)
    let result = try run(relationsBinary, ["outbox", "--data", office])
    #expect(result.status == 0)
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(lines.count == 1)
    let message = try object(try #require(lines.first))
    #expect(message["id"] as? String == "\(id)-m1")
    #expect(message["case"] as? String == id)
    #expect(message["to"] as? String == "+966501234567")
    #expect(message["medium"] as? String == "sms")
    #expect(message["kind"] as? String == "survey-invitation")
    #expect(message["language"] as? String == "en")
    #expect((message["text"] as? String)?.contains("from 1 to 5") == true)
    #expect((message["createdAt"] as? String)?.hasSuffix("Z") == true)
  }

  @Test func aMessageLeavesTheOutboxWithItsReceipt() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let id = try openAndResolve("0501234567", in: office, scratch: scratch)
    let answers = try ingest(
      [#"{"type":"receipt","message":"\#(id)-m1","status":"sent","at":"2026-11-26T10:00:00Z"}"#],
      into: office, scratch: scratch)
    #expect(answers == ["ok \(id)-m1"])
    #expect(try run(relationsBinary, ["outbox", "--data", office]).out.isEmpty)
    #expect(try run(relationsBinary, ["check", "--data", office]).status == 0)
  }

  @Test func followingPrintsNewMessagesToAReadingProcessAsTheyAreQueued() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let first = try openAndResolve("0501234567", in: office, scratch: scratch)
    let follower = try ChildProcess(
      relationsBinary, ["outbox", "--data", office, "--follow", "--interval", "0.05"])
    defer { follower.process.terminate() }
    let already = try object(try #require(follower.readLine()))
    #expect(already["id"] as? String == "\(first)-m1")
    let second = try openAndResolve("0559876543", in: office, scratch: scratch)
    let next = try object(try #require(follower.readLine()))
    #expect(next["id"] as? String == "\(second)-m1")
    #expect(next["to"] as? String == "+966559876543")
    // Still running, and nothing is printed twice.
    #expect(follower.process.isRunning)
    #expect(follower.readLine(within: 0.5) == nil)
  }

  @Test func aNonsenseIntervalIsRefusedWithOneSentence() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let result = try run(relationsBinary, ["outbox", "--data", office, "--interval", "0"])
    #expect(result.status == 2)
    #expect(result.err.contains("--interval must be more than 0"))
  }
}
