import Foundation
import Testing

@testable import JSONStore

@Suite struct SequenceTests {
  func line(_ seq: Int64, _ stream: String = "S") -> [UInt8] {
    RecordCodec.encode(
      Record(
        seq: seq, id: "id\(seq)\(stream)", timestamp: .now(), actor: "a", stream: stream, type: "t",
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

  @Test func aRepeatedSeqIsReportedAndTheRepeatSkipped() throws {
    let (records, log, _) = try open([line(1), line(2, "A"), line(2, "B"), line(3)])
    #expect(records.map(\.stream) == ["S", "A", "S"])
    #expect(log.problems.count == 1)
    #expect(log.problems.first?.kind == .sequence)
    #expect(log.problems.first?.line == 3)
  }

  @Test func aDamagedLineKeepsItsPlaceInTheSequence() throws {
    // Line 2 holds seq 2 even though it cannot be read: seq 3 after it is no gap.
    let (records, log, _) = try open([line(1), Array("garbage\n".utf8), line(3)])
    #expect(records.map(\.seq) == [1, 3])
    #expect(log.problems.map(\.kind) == [.damagedRecord])
  }

  @Test func appendsContinueFromTheLastSeq() throws {
    let (_, _, temp) = try open([line(1), line(2)])
    let writer = try ChannelLog(directory: temp.data, channel: "visit")
    let seqs = try writer.append([draft("X"), draft("Y")], actor: "a")
    #expect(seqs == 3...4)
  }
}
