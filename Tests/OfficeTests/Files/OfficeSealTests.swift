import Foundation
import JSONStore
import Testing

@testable import Office

@Suite struct OfficeSealTests {
  let hash = LineHash(of: Array("a line".utf8))

  @Test func aSealReadsBackFromWhatItPrints() throws {
    let seal = OfficeSeal(
      office: "جمعية الدعوة", time: "2026-11-26T08:00:00Z",
      entries: [
        .init(file: "channels/letter.jsonl", seq: 0, hash: nil),
        .init(file: "channels/visit.jsonl", seq: 1234, hash: hash),
      ])
    #expect(
      seal.text == """
        # relations seal جمعية الدعوة 2026-11-26T08:00:00Z
        channels/letter.jsonl 0 -
        channels/visit.jsonl 1234 \(hash.hex)

        """)
    #expect(try OfficeSeal.parse(seal.text, file: "s") == seal)
    let crlf = seal.text.replacingOccurrences(of: "\n", with: "\r\n")
    #expect(try OfficeSeal.parse(crlf, file: "s") == seal)
  }

  @Test func aSealOfARealOfficeNamesEachLogsLastRecord() throws {
    let scratch = Scratch()
    let directory = DataDirectory(path: scratch.path + "/o")
    try OfficeScaffold(directory: directory, demo: true).create()
    let log = try ChannelLog(directory: directory, channel: "visit")
    try log.append(
      [
        ChannelLog.Draft(
          stream: "V-000001", type: "case.noted", data: Array("{}".utf8), id: EventID.make(),
          timestamp: .now())
      ], actor: "a")
    let (seal, problems) = try OfficeSeal.make(
      directory: directory, now: Date(timeIntervalSince1970: 1_795_680_000))
    #expect(problems.isEmpty)
    #expect(seal.time == "2026-11-26T08:00:00Z")
    #expect(seal.entries.count == 6)
    let visit = try #require(seal.entries.first { $0.file == "channels/visit.jsonl" })
    let line = try #require(
      String(
        decoding: try RegularFile.read(directory.channelPath("visit"), shown: "v"), as: UTF8.self
      )
      .split(separator: "\n").first)
    #expect(visit.seq == 1 && visit.hash == LineHash(of: Array(line.utf8)))
    #expect(seal.entries.first { $0.file == "channels/phone.jsonl" }?.seq == 0)
  }

  @Test func eachWayALogFailsItsSealIsOneSentenceNamingTheFileAndSeq() {
    let entry = OfficeSeal.Entry(file: "channels/visit.jsonl", seq: 10, hash: hash)
    let other = LineHash(of: Array("another line".utf8))
    func problems(_ reading: OfficeSeal.Reading?) -> [String] {
      OfficeSeal.problems(of: entry, reading: reading)
    }
    #expect(problems(.init(lastSeq: 12, hashesAtSealedSeq: [hash], chainBreak: nil)).isEmpty)
    #expect(
      problems(nil) == [
        "channels/visit.jsonl: sealed at seq 10, but the log is missing from the office; restore it from a backup."
      ])
    #expect(
      problems(.init(lastSeq: 7, hashesAtSealedSeq: [], chainBreak: nil)) == [
        "channels/visit.jsonl: sealed at seq 10, but the log now ends at seq 7: sealed records were removed; restore the log from a backup."
      ])
    #expect(
      problems(.init(lastSeq: 12, hashesAtSealedSeq: [], chainBreak: nil)) == [
        "channels/visit.jsonl: sealed at seq 10, but no record with that seq is left in the log: it was removed; restore the log from a backup."
      ])
    #expect(
      problems(.init(lastSeq: 12, hashesAtSealedSeq: [other], chainBreak: nil)) == [
        "channels/visit.jsonl: the record with seq 10 is not the one sealed (it hashes to \(other.short)…, the seal says \(hash.short)…): it was changed after the seal; restore the log from a backup."
      ])
    #expect(
      problems(.init(lastSeq: 12, hashesAtSealedSeq: [hash], chainBreak: (11, 11))) == [
        "channels/visit.jsonl: the hash chain breaks at line 11 (record seq 11), after the sealed seq 10: the log was changed after it was written."
      ])
  }

  @Test func aSealCannotNameAFileOutsideTheLogs() {
    for name in [
      "../office.json", "channels/../office.json", "channels/.hidden.jsonl", "visit.jsonl",
    ] {
      #expect(throws: OfficeSeal.Failure.self) {
        try OfficeSeal.parse("\(name) 1 \(hash.hex)\n", file: "s")
      }
    }
  }
}
