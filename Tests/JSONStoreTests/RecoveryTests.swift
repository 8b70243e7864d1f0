import Foundation
import Testing

@testable import JSONStore

@Suite struct RecoveryTests {
  /// A log of three records; returns its bytes and the offset where the last record starts.
  func threeRecords(_ temp: TemporaryDirectory) throws -> (bytes: [UInt8], lastStart: Int) {
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A", data: #"{"text":"أول"}"#)], actor: "a")
    try log.append([draft("B", data: #"{"text":"second"}"#)], actor: "a")
    let lastStart = log.endOffset
    try log.append([draft("C", data: #"{"text":"ثالث طويل نوعا ما"}"#)], actor: "a")
    return (fileBytes(temp.data.channelPath("visit")), lastStart)
  }

  func quarantined(_ temp: TemporaryDirectory) -> [[UInt8]] {
    let folder = temp.data.quarantine.path
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().map { fileBytes(folder + "/" + $0) }
  }

  @Test func aTornTailAtEveryByteOffsetKeepsEarlierRecordsAndQuarantinesExactlyTheFragment() throws
  {
    let template = TemporaryDirectory()
    let (bytes, lastStart) = try threeRecords(template)
    for cut in lastStart..<(bytes.count - 1) {
      let temp = TemporaryDirectory()
      try temp.data.prepare()
      let path = temp.data.channelPath("visit")
      try writeBytes(Array(bytes[0..<cut]), to: path)
      let log = try ChannelLog(directory: temp.data, channel: "visit")
      #expect(log.index.recordCount == 2, "cut at \(cut)")
      #expect(fileBytes(path) == Array(bytes[0..<lastStart]), "cut at \(cut)")
      let fragment = Array(bytes[lastStart..<cut])
      #expect(quarantined(temp) == (fragment.isEmpty ? [] : [fragment]), "cut at \(cut)")
      #expect(log.problems.isEmpty)
      // And the log goes on from there.
      try log.append([draft("D")], actor: "a")
      let (records, reader) = try readAll(temp.data, "visit")
      #expect(records.map(\.seq) == [1, 2, 3] && reader.problems.isEmpty, "cut at \(cut)")
    }
  }

  @Test func aReadOnlyOpenReportsATornTailButDoesNotCutIt() throws {
    let temp = TemporaryDirectory()
    let (bytes, _) = try threeRecords(temp)
    let path = temp.data.channelPath("visit")
    try writeBytes(Array(bytes.dropLast(5)), to: path)
    let reader = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly)
    #expect(try reader.pendingTailBytes() > 0)
    #expect(fileBytes(path) == Array(bytes.dropLast(5)))
  }

  @Test func anIncompleteBatchAtTheEndIsCutWhole() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    let keep = log.endOffset
    try log.append([draft("B"), draft("B"), draft("B")], actor: "a")
    let path = temp.data.channelPath("visit")
    let bytes = fileBytes(path)
    // Keep the first two records of the batch, complete lines, and lose the third.
    var lines = 0
    var cut = keep
    while lines < 2 {
      if bytes[cut] == 0x0A { lines += 1 }
      cut += 1
    }
    try writeBytes(Array(bytes[0..<cut]), to: path)
    let reopened = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(reopened.index.recordCount == 1)
    #expect(fileBytes(path) == Array(bytes[0..<keep]))
    #expect(quarantined(temp) == [Array(bytes[keep..<cut])])
  }

  @Test func aDamagedMiddleRecordIsReportedSkippedAndNeverRewritten() throws {
    let temp = TemporaryDirectory()
    let (bytes, _) = try threeRecords(temp)
    let path = temp.data.channelPath("visit")
    var damaged = bytes
    damaged[30] ^= 0x04  // inside the first record
    try writeBytes(damaged, to: path)
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(log.problems.map(\.line) == [1])
    #expect(log.problems.first?.kind == .damagedRecord)
    #expect(log.index.recordCount == 2)
    try log.append([draft("D")], actor: "a")
    let after = fileBytes(path)
    #expect(Array(after[0..<damaged.count]) == damaged)
    let (records, _) = try readAll(temp.data, "visit")
    #expect(records.map(\.seq) == [2, 3, 4])
  }

  @Test func aTailAnotherProcessSetsAsideIsSalvagedBeforeTheNextAppend() throws {
    let temp = TemporaryDirectory()
    var salvaged: [String] = []
    let desk = try ChannelLog(
      directory: temp.data, channel: "letter",
      salvage: { salvaged.append(String(decoding: $0, as: UTF8.self)) })
    try desk.append([draft("L-000001")], actor: "a")
    // A writer dies mid-write; another process (check --repair) sets its tail aside.
    let path = temp.data.channelPath("letter")
    try writeBytes(fileBytes(path) + Array(#"{"v":1,"stream":"L-000950""#.utf8), to: path)
    let repair = try ChannelLog(directory: temp.data, channel: "letter")
    #expect(repair.recoveries.count == 1)
    #expect(salvaged.isEmpty)
    try desk.append([draft("L-000002")], actor: "a")
    #expect(salvaged.contains { $0.contains("L-000950") })
  }
}
