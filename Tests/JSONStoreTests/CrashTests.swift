import Foundation
import Testing

@testable import JSONStore

@Suite struct CrashTests {
  /// How many writers are killed in all: 200, or 10,000 with `STRESS=1`.
  static var kills: Int { ProcessInfo.processInfo.environment["STRESS"] == "1" ? 10_000 : 200 }

  /// Four writers append to one log at once, as an office's desks and bridges do, and are
  /// SIGKILLed at random moments after each has had a first record acknowledged, so every
  /// kill lands while writes are going on. After each round the log is opened (recovering
  /// any torn tail) and every acknowledged record must be there exactly once.
  @Test func killingFourWritersAtRandomNeverLosesAnAcknowledgedRecord() throws {
    let result = try Self.rounds(damaging: false)
    #expect(result.acknowledged > Self.kills)
    print(
      "crash test: \(Self.kills) kills, \(result.acknowledged) acknowledged records, "
        + "\(result.tornTails) torn tails recovered")
  }

  /// The same, with the log damaged between rounds as an editor or a bad disk would: lines
  /// inserted, a byte flipped in a record (that record is then known lost, and only it).
  @Test func killingWritersOfALogDamagedBetweenRoundsLosesOnlyTheDamagedRecords() throws {
    let result = try Self.rounds(damaging: true)
    #expect(result.acknowledged > Self.kills)
    #expect(result.damaged > 0)
    print(
      "crash test with damage: \(Self.kills) kills, \(result.acknowledged) acknowledged, "
        + "\(result.damaged) records damaged on purpose, \(result.tornTails) torn tails recovered")
  }

  struct Outcome {
    var acknowledged = 0
    var tornTails = 0
    var damaged = 0
  }

  static func rounds(damaging: Bool) throws -> Outcome {
    let writers = 4
    var temp = TemporaryDirectory()
    var generator = SystemRandomNumberGenerator()
    var acknowledged: Set<String> = []
    var damagedIDs: Set<String> = []
    var outcome = Outcome()
    for round in 0..<(kills / writers) {
      if round % 10 == 0 {
        // A fresh log every ten rounds: every writer reads the whole log when it opens it,
        // and a debug build reads slowly; ten rounds still pile rounds of damage and cuts.
        outcome.acknowledged += acknowledged.count
        outcome.damaged += damagedIDs.count
        acknowledged = []
        damagedIDs = []
        temp = TemporaryDirectory()
        _ = try ChannelLog(directory: temp.data, channel: "visit")
      }
      let workers = try (0..<writers).map { _ in
        try Worker([
          "append", temp.path, "visit", "1000000", "\(Int.random(in: 1...8, using: &generator))",
          "\(Int.random(in: 20...3000, using: &generator))",
        ])
      }
      for worker in workers {
        // Only a writer that has written is killed mid-write: wait for its first record.
        _ = worker.waitForLine(within: 20) { $0.hasPrefix("ack ") || $0.hasPrefix("error ") }
      }
      for worker in workers {
        usleep(UInt32.random(in: 0...20_000, using: &generator))
        worker.kill()
      }
      for worker in workers {
        for line in worker.finish() {
          if line.hasPrefix("ack ") {
            acknowledged.insert(String(line.split(separator: " ")[1]))
          } else if line.hasPrefix("error ") {
            Issue.record("round \(round): a writer failed: \(line)")
          }
        }
      }
      let log = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly)
      if try log.pendingTailBytes() > 0 { outcome.tornTails += 1 }
      var ids: [String] = []
      let repaired = try ChannelLog(directory: temp.data, channel: "visit") { ids.append($0.id) }
      if !damaging {
        #expect(repaired.problems.isEmpty, "round \(round): \(repaired.problems.prefix(3))")
      }
      #expect(
        repaired.problems.allSatisfy { $0.kind == .damagedRecord || $0.kind == .sequence },
        "round \(round): \(repaired.problems.prefix(3))")
      #expect(try repaired.pendingTailBytes() == 0)
      #expect(Set(ids).count == ids.count, "round \(round): a record appears twice")
      let missing = acknowledged.subtracting(damagedIDs).subtracting(ids)
      #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.prefix(3))")
      if !missing.isEmpty { break }
      if damaging {
        damagedIDs.formUnion(try damage(temp.data.channelPath("visit"), &generator))
      }
    }
    outcome.acknowledged += acknowledged.count
    outcome.damaged += damagedIDs.count
    return outcome
  }

  /// Inserts a garbage or blank line between two records, or flips a byte inside one;
  /// returns the id of a record it damaged.
  static func damage(_ path: String, _ generator: inout SystemRandomNumberGenerator) throws
    -> Set<String>
  {
    var lines = fileBytes(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(
      Array.init)
    guard lines.count > 2 else { return [] }
    lines.removeLast()  // the empty piece after the last newline
    var damaged: Set<String> = []
    let at = Int.random(in: 0..<lines.count, using: &generator)
    switch Int.random(in: 0..<3, using: &generator) {
    case 0:
      lines.insert(Array("{\"seq\":\"written by hand\"".utf8), at: at)
    case 1:
      lines.insert([], at: at)
    default:
      if let record = try? RecordCodec.decode(lines[at]) {
        damaged.insert(record.id)
        let byte = Int.random(in: 0..<lines[at].count, using: &generator)
        lines[at][byte] = lines[at][byte] == 0x41 ? 0x42 : 0x41
      }
    }
    try writeBytes(lines.flatMap { $0 + [0x0A] }, to: path)
    return damaged
  }
}
