import Foundation
import Testing

@testable import JSONStore

@Suite struct ChannelLogTests {
  @Test func appendedRecordsAreReadBackInOrderWithContiguousSeq() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("V-000001")], actor: "huda", expected: .noStream)
    try log.append([draft("V-000001"), draft("V-000001")], actor: "huda", expected: .exactly(1))
    try log.append([draft("V-000002")], actor: "omar")
    let (records, reader) = try readAll(temp.data, "visit")
    #expect(records.map(\.seq) == [1, 2, 3, 4])
    #expect(records.map(\.stream) == ["V-000001", "V-000001", "V-000001", "V-000002"])
    #expect(records.map(\.actor) == ["huda", "huda", "huda", "omar"])
    #expect(reader.problems.isEmpty)
    #expect(reader.index.version(of: "V-000001") == 3)
  }

  @Test func theAppendingHandleSeesItsOwnRecordsThroughItsSink() throws {
    let temp = TemporaryDirectory()
    var seen: [Int64] = []
    let log = try ChannelLog(directory: temp.data, channel: "phone") { seen.append($0.seq) }
    try log.append([draft("P-000001"), draft("P-000002")], actor: "a")
    #expect(seen == [1, 2])
  }

  @Test func aBatchCarriesItsEndSoRecoveryCanKeepItWhole() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A"), draft("A"), draft("A")], actor: "a")
    try log.append([draft("B")], actor: "a")
    let (records, _) = try readAll(temp.data, "visit")
    #expect(records.map(\.batchEnd) == [3, 3, 3, nil])
  }

  @Test func aStaleExpectedVersionIsAConflictNamingWhoChangedIt() throws {
    let temp = TemporaryDirectory()
    let first = try ChannelLog(directory: temp.data, channel: "visit")
    let second = try ChannelLog(directory: temp.data, channel: "visit")
    try first.append([draft("V-000001", "case.opened")], actor: "huda", expected: .noStream)
    try second.poll()
    // Both saw version 1; huda's terminal appends first.
    try first.append([draft("V-000001", "case.noted")], actor: "huda", expected: .exactly(1))
    do {
      try second.append([draft("V-000001", "case.resolved")], actor: "omar", expected: .exactly(1))
      Issue.record("the second append should have been refused")
    } catch LogError.conflict(let conflict) {
      #expect(conflict.actual == 2)
      #expect(conflict.lastActor == "huda")
      #expect(conflict.lastType == "case.noted")
      #expect(LogError.conflict(conflict).description.contains("huda"))
    }
    let (records, _) = try readAll(temp.data, "visit")
    #expect(records.map(\.type) == ["case.opened", "case.noted"])
  }

  @Test func noStreamRefusesAStreamThatExists() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("V-000001")], actor: "a", expected: .noStream)
    #expect(throws: LogError.self) {
      try log.append([draft("V-000001")], actor: "a", expected: .noStream)
    }
  }

  @Test func transactSeesOtherProcessesRecordsBeforeAllocating() throws {
    let temp = TemporaryDirectory()
    let first = try ChannelLog(directory: temp.data, channel: "visit")
    let second = try ChannelLog(directory: temp.data, channel: "visit")
    func openNext(_ log: ChannelLog) throws -> String {
      try log.transact(actor: "a") { index in
        let id = "V-\(index.streams.count + 1)"
        return ([draft(id)], id)
      }.result
    }
    #expect(try openNext(first) == "V-1")
    #expect(try openNext(second) == "V-2")
    #expect(try openNext(first) == "V-3")
  }

  @Test func aRecordOverOneMebibyteIsRefusedAndNothingIsWritten() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    let big = #"{"t":""# + String(repeating: "x", count: Record.maximumBytes) + #""}"#
    #expect(throws: LogError.self) { try log.append([draft("A", data: big)], actor: "a") }
    #expect(fileBytes(temp.data.channelPath("visit")).isEmpty)
  }

  @Test func invalidJSONDataIsRefused() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(throws: LogError.self) { try log.append([draft("A", data: "{")], actor: "a") }
  }

  @Test func aFullDiskLeavesNothingHalfWrittenAndLaterAppendsWork() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    let before = fileBytes(temp.data.channelPath("visit"))
    log.io.write = { fd, bytes in
      // Half the batch reaches the file, then the disk is full.
      Glibc.write(fd, bytes.baseAddress, bytes.count / 2)
    }
    do {
      try log.append([draft("B"), draft("C")], actor: "a")
      Issue.record("a short write must be an error")
    } catch let error as LogError {
      #expect(error.description.contains("disk is full"))
    }
    #expect(fileBytes(temp.data.channelPath("visit")) == before)
    log.io = .posix
    try log.append([draft("D")], actor: "a")
    let (records, reader) = try readAll(temp.data, "visit")
    #expect(records.map(\.stream) == ["A", "D"])
    #expect(reader.problems.isEmpty)
  }

  @Test func aFailedSyncStopsFurtherAppendsThroughThatHandle() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    log.io.sync = { _ in
      errno = EIO
      return -1
    }
    #expect(throws: LogError.self) { try log.append([draft("A")], actor: "a") }
    log.io = .posix
    do {
      try log.append([draft("B")], actor: "a")
      Issue.record("appends after a failed sync must be refused")
    } catch LogError.needsReverify(let file, _) {
      #expect(file == "channels/visit.jsonl")
    }
  }

  @Test func aFileWithNewerFormatRecordsIsNeverWrittenOrCut() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    let path = temp.data.channelPath("visit")
    var newer = Record(
      seq: 2, id: "n", timestamp: .now(), actor: "a", stream: "A", type: "t", data: Array("{}".utf8)
    )
    newer.version = 2
    try writeBytes(fileBytes(path) + RecordCodec.encode(newer), to: path)
    let reopened = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(reopened.problems.map(\.kind) == [.newerVersion])
    #expect(throws: LogError.newerFormat(file: "channels/visit.jsonl", version: 2)) {
      try reopened.append([draft("B")], actor: "a")
    }
    #expect(fileBytes(path).count > 0 && reopened.recoveries.isEmpty)
  }

  @Test func filesAre0600AndFolders0700() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    func mode(_ path: String) throws -> Int? {
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }
    #expect(try mode(temp.data.channelPath("visit")) == 0o600)
    #expect(try mode(temp.data.channelsPath) == 0o700)
    #expect(temp.data.permissionProblems().isEmpty)
    chmod(temp.data.channelPath("visit"), 0o644)
    #expect(temp.data.permissionProblems().map(\.file) == ["channels/visit.jsonl"])
  }

  @Test func aReadOnlyHandleRefusesToAppend() throws {
    let temp = TemporaryDirectory()
    _ = try ChannelLog(directory: temp.data, channel: "visit")
    let reader = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly)
    #expect(throws: LogError.self) { try reader.append([draft("A")], actor: "a") }
  }

  @Test func aRecordOfALogConvertedToCRLFIsReadBackByItsOffset() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("V-000001", "case.opened"), draft("V-000001", "case.noted")], actor: "a")
    let path = temp.data.channelPath("visit")
    let crlf: [UInt8] = Array(
      fileBytes(path).split(separator: 0x0A).map { Array($0) + [0x0D, 0x0A] }.joined())
    try writeBytes(crlf, to: path)
    var offsets: [Int] = []
    let reader = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly) {
      offsets.append($0.offset)
    }
    #expect(offsets.count == 2)
    #expect(offsets.map { reader.record(at: $0)?.type } == ["case.opened", "case.noted"])
  }
}
