import Foundation
import Testing

@testable import JSONStore

/// The hash chain (docs/CONTRACTS.md, "The log"): what the writer puts in `prev`, and what a
/// reader that follows the chain finds when a file was changed after it was written.
@Suite struct HashChainTests {
  /// The file's complete lines, without their newlines.
  func lines(_ path: String) -> [[UInt8]] {
    var pieces = fileBytes(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(
      Array.init)
    pieces.removeLast()
    return pieces
  }

  func write(_ lines: [[UInt8]], to path: String, ending: [UInt8] = [0x0A]) throws {
    try writeBytes(lines.flatMap { $0 + ending }, to: path)
  }

  /// `line` changed by `change` and written again with a checksum that matches: an edit
  /// made by someone who knows the format.
  func edited(_ line: [UInt8], _ change: (inout Record) -> Void) throws -> [UInt8] {
    var record = try RecordCodec.decode(line)
    change(&record)
    return Array(RecordCodec.encode(record).dropLast())
  }

  func prev(_ line: [UInt8]) throws -> LineHash? {
    try RecordCodec.decode(line).prev
  }

  /// Five records: three single appends, then a batch of two.
  func fiveRecords(_ temp: TemporaryDirectory) throws -> String {
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    for stream in ["A", "B", "C"] { try log.append([draft(stream)], actor: "a") }
    try log.append([draft("D"), draft("D")], actor: "a")
    return temp.data.channelPath("visit")
  }

  @Test func everyAppendedRecordNamesTheRecordBeforeItAndTheFirstNamesNone() throws {
    let temp = TemporaryDirectory()
    let lines = lines(try fiveRecords(temp))
    #expect(lines.count == 5)
    #expect(try prev(lines[0]) == nil)
    for index in 1..<lines.count {
      #expect(try prev(lines[index]) == LineHash(of: lines[index - 1]), "line \(index + 1)")
    }
    let scan = LogScanner.scan(fileBytes(temp.data.channelPath("visit")), chain: true)
    #expect(scan.problems.isEmpty)
    #expect(scan.chainHead == HashChain.Link(seq: 5, hash: LineHash(of: lines[4])))
  }

  @Test func aRecordEditedWithARecomputedChecksumBreaksTheChainAtTheRecordAfterIt() throws {
    let temp = TemporaryDirectory()
    let path = try fiveRecords(temp)
    var lines = lines(path)
    lines[1] = try edited(lines[1]) { $0.data = Array(#"{"x":2}"#.utf8) }
    try write(lines, to: path)
    let scan = LogScanner.scan(fileBytes(path), file: "channels/visit.jsonl", chain: true)
    #expect(scan.records.count == 5, "every record is still read")
    #expect(
      scan.problems == [
        LogProblem(
          file: "channels/visit.jsonl", line: 3, kind: .chain,
          reason: "record seq 3 does not follow record seq 2 (its prev hash does not match): "
            + "one of them was changed after it was written")
      ])
    // The desk does not hash: the same file reads with no problem and no hashes.
    let desk = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly)
    #expect(desk.problems.isEmpty && desk.chainHead == nil)
  }

  @Test func onlyTheFirstBreakOfAFileIsReported() throws {
    let temp = TemporaryDirectory()
    let path = try fiveRecords(temp)
    var lines = lines(path)
    lines[1] = try edited(lines[1]) { $0.actor = "someone else" }
    lines[3] = try edited(lines[3]) { $0.actor = "someone else" }
    try write(lines, to: path)
    let log = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly, chain: true)
    #expect(log.problems.map(\.line) == [3])
    #expect(log.chainBreak?.seq == 3 && log.chainBreak?.line == 3)
  }

  @Test func aRecordStrippedOfItsPrevAfterTheChainBeganIsABreak() throws {
    let temp = TemporaryDirectory()
    let path = try fiveRecords(temp)
    var lines = lines(path)
    lines[2] = try edited(lines[2]) { $0.prev = nil }
    try write(lines, to: path)
    let scan = LogScanner.scan(fileBytes(path), chain: true)
    #expect(scan.problems.map(\.kind) == [.chain])
    #expect(scan.problems.first?.reason.hasPrefix("record seq 3 carries no prev hash") == true)
  }

  @Test func recordsRemovedFromTheStartOfAFileAreABreak() throws {
    let temp = TemporaryDirectory()
    let path = try fiveRecords(temp)
    try write(Array(lines(path).dropFirst(2)), to: path)
    let scan = LogScanner.scan(fileBytes(path), chain: true)
    #expect(scan.problems.contains { $0.kind == .chain && $0.line == 1 })
  }

  @Test func theChainLinksGoodRecordsOverAnExactCopyAndTheWriterOverDamage() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    try log.append([draft("B")], actor: "a")
    let path = temp.data.channelPath("visit")
    let before = lines(path)
    try write(before + [before[1]], to: path)
    // A new handle, so the next record's prev is worked out from the file as it is now.
    try ChannelLog(directory: temp.data, channel: "visit").append([draft("C")], actor: "a")
    #expect(try prev(lines(path)[3]) == LineHash(of: before[1]))
    let copied = LogScanner.scan(fileBytes(path), chain: true)
    #expect(copied.problems.map(\.kind) == [.sequence], "only the copy is reported")
    // Damage before the next record: the writer still names the last good record.
    try write(lines(path) + [Array("not a record".utf8)], to: path)
    try ChannelLog(directory: temp.data, channel: "visit").append([draft("D")], actor: "a")
    let after = lines(path)
    #expect(try prev(after[5]) == LineHash(of: after[3]))
    #expect(!LogScanner.scan(fileBytes(path), chain: true).problems.contains { $0.kind == .chain })
  }

  @Test func aFlippedByteIsReportedOnceAsDamageNotAgainAsABreak() throws {
    let temp = TemporaryDirectory()
    let path = try fiveRecords(temp)
    var bytes = fileBytes(path)
    bytes[lines(path)[0].count + 20] ^= 0x01
    try writeBytes(bytes, to: path)
    let scan = LogScanner.scan(bytes, chain: true)
    #expect(scan.problems.map(\.kind) == [.damagedRecord] && scan.problems.first?.line == 2)
    // The record after the damage is not judged, but the one after it is.
    var lines = lines(path)
    lines[3] = try edited(lines[3]) { $0.actor = "someone else" }
    try write(lines, to: path)
    #expect(
      LogScanner.scan(fileBytes(path), chain: true).problems.map(\.line) == [2, 5])
  }

  @Test func aLogWrittenBeforeTheChainReadsAsBeforeAndTheChainBeginsAtItsFirstNewRecord() throws {
    let temp = TemporaryDirectory()
    try temp.data.prepare()
    let path = temp.data.channelPath("visit")
    let old = (1...3).map { seq in
      Array(
        RecordCodec.encode(
          Record(
            seq: Int64(seq), id: "old\(seq)", timestamp: Timestamp(millisecondsSince1970: 0),
            actor: "a", stream: "V-00000\(seq)", type: "case.noted", data: Array("{}".utf8))
        ).dropLast())
    }
    try write(old, to: path)
    let (records, reader) = try readAll(temp.data, "visit")
    #expect(records.map(\.id) == ["old1", "old2", "old3"] && reader.problems.isEmpty)
    try ChannelLog(directory: temp.data, channel: "visit").append([draft("N")], actor: "a")
    let now = lines(path)
    #expect(try prev(now[3]) == LineHash(of: old[2]))
    #expect(LogScanner.scan(fileBytes(path), chain: true).problems.isEmpty)
  }

  @Test func anotherProcesssLastRecordIsNamedByTheNextAppend() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    let worker = try Worker(["append", temp.path, "visit", "3", "2"])
    _ = worker.finish()
    try log.append([draft("B")], actor: "a")
    let lines = lines(temp.data.channelPath("visit"))
    #expect(lines.count == 5)
    #expect(try prev(lines[4]) == LineHash(of: lines[3]))
    #expect(
      LogScanner.scan(fileBytes(temp.data.channelPath("visit")), chain: true).problems.isEmpty)
  }

  @Test func aLogConvertedToCRLFHashesItsLinesWithoutTheCarriageReturn() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    try log.append([draft("B")], actor: "a")
    let path = temp.data.channelPath("visit")
    let before = lines(path)
    try write(before, to: path, ending: [0x0D, 0x0A])
    try ChannelLog(directory: temp.data, channel: "visit").append([draft("C")], actor: "a")
    let after = lines(path)
    #expect(try prev(Array(after[2])) == LineHash(of: before[1]))
    #expect(LogScanner.scan(fileBytes(path), chain: true).problems.isEmpty)
  }

  @Test func aRecordOfATornBatchThatWasCutIsNotNamedByTheNextAppend() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    try log.append([draft("B"), draft("B"), draft("B")], actor: "a")
    let path = temp.data.channelPath("visit")
    let whole = lines(path)
    try write(Array(whole.prefix(3)), to: path)
    try ChannelLog(directory: temp.data, channel: "visit").append([draft("C")], actor: "a")
    let after = lines(path)
    #expect(after.count == 2)
    #expect(try prev(after[1]) == LineHash(of: whole[0]))
    #expect(LogScanner.scan(fileBytes(path), chain: true).problems.isEmpty)
  }

  @Test func followingAChainNamesEachKindOfBreak() {
    let a = LineHash(of: Array("a".utf8))
    let b = LineHash(of: Array("b".utf8))
    var chain = HashChain()
    #expect(chain.follow(seq: 1, hash: a, prev: nil) == nil)
    #expect(chain.follow(seq: 2, hash: b, prev: nil) == nil, "no chain yet: an old record")
    #expect(chain.follow(seq: 3, hash: a, prev: b) == nil)
    #expect(chain.begun)
    #expect(
      chain.follow(seq: 4, hash: b, prev: b)?.contains("does not follow record seq 3") == true)
    #expect(chain.follow(seq: 5, hash: a, prev: nil)?.contains("carries no prev hash") == true)
    chain.resume(seq: 6, hash: b, prev: a)
    #expect(chain.head == HashChain.Link(seq: 6, hash: b))
    #expect(chain.follow(seq: 7, hash: a, prev: b) == nil)
    var fresh = HashChain()
    #expect(fresh.follow(seq: 9, hash: a, prev: b)?.contains("none is left before it") == true)
  }
}
