import Foundation
import Testing

@testable import JSONStore

@Suite struct CrashTests {
  /// Writers are SIGKILLed at random moments. After each kill the log is opened (recovering
  /// any torn tail) and every acknowledged record must be there exactly once. `STRESS=1`
  /// runs 10,000 kills instead of 200.
  @Test func killingWritersAtRandomNeverLosesAnAcknowledgedRecord() throws {
    let kills = ProcessInfo.processInfo.environment["STRESS"] == "1" ? 10_000 : 200
    let temp = TemporaryDirectory()
    _ = try ChannelLog(directory: temp.data, channel: "visit")
    var generator = SystemRandomNumberGenerator()
    var acknowledged: Set<String> = []
    var tornTails = 0
    for round in 0..<kills {
      let batch = Int.random(in: 1...8, using: &generator)
      let payload = Int.random(in: 20...6000, using: &generator)
      let worker = try Worker(["append", temp.path, "visit", "1000000", "\(batch)", "\(payload)"])
      usleep(UInt32.random(in: 8_000...60_000, using: &generator))
      worker.kill()
      for line in worker.finish() where line.hasPrefix("ack ") {
        acknowledged.insert(String(line.split(separator: " ")[1]))
      }
      let log = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly)
      if try log.pendingTailBytes() > 0 { tornTails += 1 }
      var ids: [String] = []
      let repaired = try ChannelLog(directory: temp.data, channel: "visit") { ids.append($0.id) }
      #expect(repaired.problems.isEmpty, "round \(round): \(repaired.problems)")
      #expect(try repaired.pendingTailBytes() == 0)
      #expect(Set(ids).count == ids.count, "round \(round): a record appears twice")
      let missing = acknowledged.subtracting(ids)
      #expect(missing.isEmpty, "round \(round): acknowledged but lost: \(missing.prefix(3))")
      if !missing.isEmpty { break }
    }
    #expect(acknowledged.count > kills)
    print(
      "crash test: \(kills) kills, \(acknowledged.count) acknowledged records, \(tornTails) torn tails recovered"
    )
  }
}
