import Foundation
import Testing

@testable import JSONStore

@Suite struct ConcurrentAppendTests {
  @Test func fourProcessesAppendingAtOnceGiveEveryRecordOnceWithContiguousSeq() throws {
    let temp = TemporaryDirectory()
    _ = try ChannelLog(directory: temp.data, channel: "visit")
    let workers = try (0..<4).map { _ in
      try Worker(["append", temp.path, "visit", "2000", "1", "60"])
    }
    let outputs = workers.map { $0.finish() }
    for worker in workers { #expect(worker.process.terminationStatus == 0) }
    let acknowledged = outputs.flatMap { $0 }.filter { $0.hasPrefix("ack ") }.map {
      $0.split(separator: " ")[1]
    }
    #expect(acknowledged.count == 8000)

    let (records, log) = try readAll(temp.data, "visit")
    #expect(log.problems.isEmpty)
    #expect(try log.pendingTailBytes() == 0)
    #expect(records.count == 8000)
    let contiguous = records.map(\.seq) == Array(1...8000)
    #expect(contiguous, "seq must run 1…8000 without gaps")
    let ids = records.map(\.id)
    #expect(Set(ids).count == 8000)
    let acknowledgedAndStored = Set(acknowledged.map(String.init)) == Set(ids)
    #expect(acknowledgedAndStored, "every acknowledged id must be stored once")
    // No interleaved bytes: every line is exactly one whole record.
    let lines = fileBytes(temp.data.channelPath("visit")).split(separator: 0x0A)
    #expect(lines.count == 8000)
  }
}
