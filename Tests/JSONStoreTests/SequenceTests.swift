import Foundation
import Testing

@testable import JSONStore

@Suite struct SequenceTests {
  func line(_ seq: Int64, _ stream: String = "S") -> [UInt8] {
    RecordCodec.encode(
      Record(
        // One fixed time: two calls for one seq must give the same bytes, an exact copy.
        seq: seq, id: "id\(seq)\(stream)",
        timestamp: Timestamp(millisecondsSince1970: 1_795_000_000_000),
        actor: "a", stream: stream, type: "t",
        data: Array("{}".utf8)))
  }

  func open(_ lines: [[UInt8]]) throws -> (
    records: [Record], log: ChannelLog, temp: TemporaryDirectory
  ) {
    let temp = TemporaryDirectory()
    try temp.data.prepare()
    try writeBytes(lines.flatMap { $0 }, to: temp.data.channelPath("visit"))
    let (records, log) = try readAll(temp.data, "visit")
    return (records, log, temp)
  }

  @Test func aGapInSeqIsReportedAndTheRecordStillRead() throws {
    let (records, log, _) = try open([line(1), line(2), line(4)])
    #expect(records.map(\.seq) == [1, 2, 4])
    #expect(
      log.problems.map(\.description) == ["channels/visit.jsonl:3: seq gap: expected 3, found 4"])
  }

  @Test func aDifferentRecordWithASeqSeenBeforeIsReadAndReported() throws {
    let (records, log, _) = try open([line(1), line(2, "A"), line(2, "B"), line(3)])
    #expect(records.map(\.stream) == ["S", "A", "B", "S"])
    #expect(log.problems.count == 1)
    #expect(log.problems.first?.kind == .sequence)
    #expect(log.problems.first?.line == 3)
  }

  @Test func anExactCopyOfARecordIsReadOnceAndTheCopyReported() throws {
    let (records, log, _) = try open([line(1), line(2), line(3), line(2)])
    #expect(records.map(\.seq) == [1, 2, 3])
    #expect(log.problems.map(\.line) == [4])
    #expect(log.problems.first?.reason.contains("repeats the record with seq 2") == true)
  }

  @Test func aSecondCopyOfTheSecondHolderOfASeqIsSkippedToo() throws {
    let (records, log, _) = try open([line(1), line(2, "A"), line(2, "B"), line(2, "B")])
    #expect(records.map(\.stream) == ["S", "A", "B"])
    #expect(log.problems.count == 2)
  }

  @Test func twoRecordsWhoseChecksumsDifferOnlyInTheLowestBitAreBothRead() throws {
    // Checksums cd5abd32 and cd5abd33: the ledger once dropped that bit and hid the second.
    let lines = [
      #"{"v":1,"seq":1,"id":"e","ts":"2025-01-01T00:00:00.000Z","actor":"a","stream":"S","type":"t","data":{"t":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"crc":"cd5abd32"}"#,
      #"{"v":1,"seq":2,"id":"e","ts":"2025-01-01T00:00:00.000Z","actor":"a","stream":"S","type":"t","data":{"t":"x"},"crc":"03e6751b"}"#,
      #"{"v":1,"seq":1,"id":"e","ts":"2025-01-01T00:00:00.000Z","actor":"a","stream":"S","type":"t","data":{"t":"baegiqaaagiabcegaqbcagiaaaeaaaaaegaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"crc":"cd5abd33"}"#,
    ].map { Array($0.utf8) + [0x0A] }
    let (records, _, _) = try open(lines)
    #expect(records.count == 3)
  }

  @Test func aDamagedLineHoldsNoSeqSoTheGapItLeavesIsNotReportedAgain() throws {
    let (records, log, _) = try open([line(1), Array("garbage\n".utf8), line(3)])
    #expect(records.map(\.seq) == [1, 3])
    #expect(log.problems.map(\.kind) == [.damagedRecord])
  }

  @Test func linesThatAreNotRecordsDoNotMoveTheSeqTheGoodOnesAreJudgedBy() throws {
    // Finding 3: 318 inserted lines once made every later record a "repeat" and hid it.
    let garbage = (0..<318).map { Array("inserted \($0)\n".utf8) }
    let (records, log, _) = try open([line(1), line(2)] + garbage + [line(3), line(4)])
    #expect(records.map(\.seq) == [1, 2, 3, 4])
    #expect(log.problems.count == 318)
    #expect(log.problems.allSatisfy { $0.kind == .damagedRecord })
  }

  @Test func aSeqAtTheEdgeOfSixtyFourBitsIsDamageNotACrash() throws {
    // Finding 9: seq 2^63-1 with a valid checksum crashed every command.
    let huge = RecordCodec.encode(
      Record(
        seq: Int64.max, id: "huge", timestamp: .now(), actor: "a", stream: "S", type: "t",
        data: Array("{}".utf8)))
    let (records, log, temp) = try open([line(1), huge])
    #expect(records.map(\.seq) == [1])
    #expect(log.problems.map(\.line) == [2])
    let writer = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(try writer.append([draft("X")], actor: "a") == 2...2)
  }

  @Test func appendsContinueFromTheLastSeq() throws {
    let (_, _, temp) = try open([line(1), line(2)])
    let writer = try ChannelLog(directory: temp.data, channel: "visit")
    let seqs = try writer.append([draft("X"), draft("Y")], actor: "a")
    #expect(seqs == 3...4)
  }
}
