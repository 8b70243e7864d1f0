import Foundation
import Testing

@testable import JSONStore

/// A log's copy in a backup: only new bytes copied, a copy the log no longer extends kept
/// aside, a torn write left out, and a copy made while another process appends.
@Suite struct LogCopyTests {
  let now = Timestamp(millisecondsSince1970: 1_764_057_600_000)

  func inode(_ path: String) -> UInt {
    var info = stat()
    return stat(path, &info) == 0 ? UInt(info.st_ino) : 0
  }

  @Test func aCopyGetsOnlyTheBytesTheLogGainedSinceTheLastUpdate() throws {
    let office = TemporaryDirectory()
    let backup = TemporaryDirectory()
    let log = try ChannelLog(directory: office.data, channel: "visit")
    try log.append([draft("A"), draft("A")], actor: "a")
    let source = office.data.channelPath("visit")
    let first = try LogCopy.update(channel: "visit", from: office.data, into: backup.data, now: now)
    let copy = backup.data.channelPath("visit")
    #expect(first.copiedBytes == fileBytes(source).count && first.records == 2)
    #expect(fileBytes(copy) == fileBytes(source))
    let before = fileBytes(source).count
    let copied = inode(copy)
    try log.append([draft("B")], actor: "a")
    try log.append([draft("C")], actor: "a")
    let second = try LogCopy.update(
      channel: "visit", from: office.data, into: backup.data, now: now)
    #expect(second.copiedBytes == fileBytes(source).count - before)
    #expect(second.totalBytes == fileBytes(source).count && second.records == 4)
    #expect(second.problems.isEmpty && second.replaced == nil)
    #expect(inode(copy) == copied, "the copy was extended, not written again")
    #expect(fileBytes(copy) == fileBytes(source))
    let third = try LogCopy.update(channel: "visit", from: office.data, into: backup.data, now: now)
    #expect(third.copiedBytes == 0)
  }

  @Test func aCopyTheLogNoLongerExtendsIsKeptInReplacedAndTheLogCopiedWhole() throws {
    let office = TemporaryDirectory()
    let backup = TemporaryDirectory()
    try ChannelLog(directory: office.data, channel: "visit").append([draft("A")], actor: "a")
    _ = try LogCopy.update(channel: "visit", from: office.data, into: backup.data, now: now)
    let old = fileBytes(backup.data.channelPath("visit"))
    // The office's log is replaced by another one holding more: not an extension.
    let source = office.data.channelPath("visit")
    try writeBytes([], to: source)
    let log = try ChannelLog(directory: office.data, channel: "visit")
    try log.append([draft("X")], actor: "a")
    try log.append([draft("Y")], actor: "a")
    let result = try LogCopy.update(
      channel: "visit", from: office.data, into: backup.data, now: now)
    let kept = try #require(result.replaced)
    #expect(kept.hasPrefix("replaced/visit.") && kept.hasSuffix(".jsonl"))
    #expect(fileBytes(backup.path + "/" + kept) == old)
    #expect(fileBytes(backup.data.channelPath("visit")) == fileBytes(source))
    #expect(result.copiedBytes == fileBytes(source).count && result.problems.isEmpty)
  }

  @Test func aWriteCutShortAtTheEndOfTheLogIsLeftOutOfTheCopy() throws {
    let office = TemporaryDirectory()
    let backup = TemporaryDirectory()
    let log = try ChannelLog(directory: office.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    let sound = log.endOffset
    try log.append([draft("B"), draft("B"), draft("B")], actor: "a")
    let source = office.data.channelPath("visit")
    let whole = fileBytes(source)
    // Two whole lines of the batch and half of its end: what a power cut may leave.
    let lineEnds = whole.indices.filter { whole[$0] == 0x0A }
    try writeBytes(Array(whole[0..<(lineEnds[2] + 20)]), to: source)
    let result = try LogCopy.update(
      channel: "visit", from: office.data, into: backup.data, now: now)
    #expect(result.leftOut == lineEnds[2] + 1 - sound)
    #expect(fileBytes(backup.data.channelPath("visit")) == Array(whole[0..<sound]))
    #expect(result.problems.isEmpty && result.records == 1)
    // Once a writer sets the tail aside and appends, the copy is still a prefix.
    try ChannelLog(directory: office.data, channel: "visit").append([draft("C")], actor: "a")
    let next = try LogCopy.update(channel: "visit", from: office.data, into: backup.data, now: now)
    #expect(next.replaced == nil && next.problems.isEmpty && next.records == 2)
    #expect(fileBytes(backup.data.channelPath("visit")) == fileBytes(source))
  }

  @Test func aDamagedCopyIsReportedByItsVerification() throws {
    let office = TemporaryDirectory()
    let backup = TemporaryDirectory()
    let log = try ChannelLog(directory: office.data, channel: "visit")
    for stream in ["A", "B", "C"] { try log.append([draft(stream)], actor: "a") }
    _ = try LogCopy.update(channel: "visit", from: office.data, into: backup.data, now: now)
    let copy = backup.data.channelPath("visit")
    var bytes = fileBytes(copy)
    bytes[bytes.count / 2] ^= 0x01
    try writeBytes(bytes, to: copy)
    try log.append([draft("D")], actor: "a")
    let result = try LogCopy.update(
      channel: "visit", from: office.data, into: backup.data, now: now)
    #expect(result.problems.contains { $0.kind == .damagedRecord })
  }

  @Test func copiesMadeWhileAnotherProcessAppendsEndAtARecordBoundaryAndVerify() throws {
    let office = TemporaryDirectory()
    let backup = TemporaryDirectory()
    try ChannelLog(directory: office.data, channel: "visit").append([draft("A")], actor: "a")
    // Batches of 40 records of about 8 KB: each write takes long enough to be caught halfway
    // by a reader that did not wait for the lock.
    let worker = try Worker(["append", office.path, "visit", "2000", "40", "8000"])
    var passes = 0
    while worker.process.isRunning || passes < 3 {
      let result = try LogCopy.update(
        channel: "visit", from: office.data, into: backup.data, now: now)
      #expect(result.problems.isEmpty, "\(result.problems)")
      #expect(result.leftOut == 0, "a batch was copied half written")
      #expect(result.replaced == nil)
      passes += 1
    }
    let acknowledged = worker.finish().filter { $0.hasPrefix("ack ") }.count
    #expect(acknowledged == 2000)
    let last = try LogCopy.update(channel: "visit", from: office.data, into: backup.data, now: now)
    #expect(last.records == 2001 && last.problems.isEmpty)
    #expect(
      fileBytes(backup.data.channelPath("visit")) == fileBytes(office.data.channelPath("visit")))
    #expect(passes > 3)
  }

  @Test func theBoundaryLearntUnderTheLockIsAlwaysTheEndOfAWholeBatch() throws {
    let office = TemporaryDirectory()
    try ChannelLog(directory: office.data, channel: "visit").append([draft("A")], actor: "a")
    let path = office.data.channelPath("visit")
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    let worker = try Worker(["append", office.path, "visit", "3000", "100", "4000"])
    var boundaries: Set<Int> = []
    while worker.process.isRunning {
      boundaries.insert(try LogCopy.recordBoundary(fd, shown: "visit"))
    }
    _ = worker.finish()
    // Where each batch ends in the finished file: after a record that ends its batch.
    let scan = LogScanner.scan(fileBytes(path))
    var batchEnds: Set<Int> = [0]
    for (index, record) in scan.records.enumerated()
    where record.batchEnd ?? record.seq == record.seq {
      batchEnds.insert(index + 1 < scan.offsets.count ? scan.offsets[index + 1] : scan.soundEnd)
    }
    #expect(batchEnds.count == 32, "the empty file, the first record, then 30 batches")
    #expect(boundaries.count > 3, "the appends were seen while they were made")
    #expect(boundaries.subtracting(batchEnds).isEmpty, "a boundary fell inside a batch")
  }
}
