import Foundation
import JSONStore
import Testing

/// The log findings of issue 10, each through the real `relations` binary on a demo office:
/// damage around whole records never hides or cuts them, hostile files are refused, and an
/// id once used is never handed out again.
@Suite struct DamagedLogCommandTests {
  /// A demo office in a scratch folder.
  static func office() throws -> (scratch: Scratch, data: String) {
    let scratch = Scratch()
    let data = scratch.path + "/office"
    let made = try run(relationsBinary, ["demo", data, "--cases", "60", "--seed", "11"])
    #expect(made.status == 0, "\(made.err)")
    return (scratch, data)
  }

  static func lines(_ path: String) -> [[UInt8]] {
    var pieces = fileBytes(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(
      Array.init)
    pieces.removeLast()
    return pieces
  }

  static func write(_ lines: [[UInt8]], to path: String, ending: [UInt8] = [0x0A]) throws {
    try Data(lines.flatMap { $0 + ending }).write(to: URL(fileURLWithPath: path))
  }

  /// `relations check`'s count of records, from its last line.
  static func recordCount(_ data: String) throws -> (records: Int, status: Int32, out: String) {
    let checked = try run(relationsBinary, ["check", "--data", data])
    let last = checked.out.split(separator: "\n").last.map(String.init) ?? ""
    let words = last.split(separator: " ")
    let records = words.firstIndex(of: "records:").flatMap { Int(words[$0 - 1]) } ?? -1
    return (records, checked.status, checked.out)
  }

  /// Ingests one line; returns what ingest said.
  static func ingest(_ data: String, _ line: String, in scratch: Scratch) throws -> String {
    let input = scratch.path + "/input-\(UUID().uuidString.prefix(6)).jsonl"
    try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: input))
    let result = try run(relationsBinary, ["ingest", "--data", data, input])
    return result.out.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func highestNumber(_ path: String, prefix: String) -> Int {
    let text = String(decoding: fileBytes(path), as: UTF8.self)
    var highest = 0
    for part in text.components(separatedBy: "\"stream\":\"\(prefix)-").dropFirst() {
      highest = max(highest, Int(part.prefix { $0.isNumber }) ?? 0)
    }
    return highest
  }

  static func quarantined(_ data: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: data + "/quarantine")) ?? []
  }

  @Test func aFlippedByteInTheLastLineCutsNothingAndTheNextCaseNumberFollowsTheLast() throws {
    let (scratch, data) = try Self.office()
    let path = data + "/channels/letter.jsonl"
    var lines = Self.lines(path)
    let highest = Self.highestNumber(path, prefix: "L")
    lines[lines.count - 1][30] ^= 0x01
    try Self.write(lines, to: path)
    let damaged = fileBytes(path)
    let before = try Self.recordCount(data)
    #expect(before.status == 1)
    #expect(before.out.contains("channels/letter.jsonl:\(lines.count): "))

    let said = try Self.ingest(
      data, #"{"type":"case","channel":"letter","kind":"inquiry","subject":"رسالة"}"#, in: scratch)
    #expect(said == "ok L-" + String(format: "%06d", highest + 1))
    #expect(Self.quarantined(data).isEmpty)
    #expect(fileBytes(path).starts(with: damaged), "what was in the log was changed")
    #expect(try Self.recordCount(data).records == before.records + 1)
  }

  @Test func aBlankLineBeforeTheLastRecordHidesAndCutsNothing() throws {
    let (scratch, data) = try Self.office()
    let path = data + "/channels/visit.jsonl"
    let before = try Self.recordCount(data)
    var lines = Self.lines(path)
    lines.insert([], at: lines.count - 1)
    try Self.write(lines, to: path)
    let damaged = fileBytes(path)
    let said = try Self.ingest(
      data, #"{"type":"case","channel":"visit","kind":"inquiry","subject":"زيارة"}"#, in: scratch)
    #expect(said.hasPrefix("ok V-"))
    let after = try Self.recordCount(data)
    #expect(after.records == before.records + 1)
    #expect(after.out.contains("channels/visit.jsonl:\(lines.count - 1): "))
    #expect(fileBytes(path).starts(with: damaged), "what was in the log was changed")
    #expect(Self.quarantined(data).isEmpty)
  }

  @Test func aLogConvertedToCRLFReadsAsBeforeAndTakesAppends() throws {
    let (scratch, data) = try Self.office()
    let path = data + "/channels/phone.jsonl"
    let before = try Self.recordCount(data)
    try Self.write(Self.lines(path), to: path, ending: [0x0D, 0x0A])
    let converted = try Self.recordCount(data)
    #expect(converted.records == before.records)
    #expect(converted.status == 0, "\(converted.out)")
    let said = try Self.ingest(
      data, #"{"type":"case","channel":"phone","kind":"complaint","subject":"اتصال"}"#,
      in: scratch)
    #expect(said.hasPrefix("ok P-"))
    #expect(try Self.recordCount(data).records == before.records + 1)
  }

  @Test func linesInsertedInTheMiddleHideNothingAfterThem() throws {
    let (scratch, data) = try Self.office()
    let path = data + "/channels/social.jsonl"
    let before = try Self.recordCount(data)
    var lines = Self.lines(path)
    let inserted = (0..<318).map { index in index % 2 == 0 ? [] : Array("garbage \(index)".utf8) }
    lines.insert(contentsOf: inserted, at: lines.count / 2)
    try Self.write(lines, to: path)
    let damaged = fileBytes(path)
    let checked = try Self.recordCount(data)
    #expect(checked.records == before.records)
    #expect(checked.out.contains("318 problems"))
    let said = try Self.ingest(
      data, #"{"type":"case","channel":"social","kind":"suggestion","subject":"اقتراح"}"#,
      in: scratch)
    #expect(said.hasPrefix("ok S-"))
    #expect(try Self.recordCount(data).records == before.records + 1)
    #expect(fileBytes(path).starts(with: damaged), "what was in the log was changed")
    #expect(Self.quarantined(data).isEmpty)
  }

  @Test func aLogThatIsALinkToAFileOutsideTheOfficeIsRefusedByEveryCommand() throws {
    let (scratch, data) = try Self.office()
    let outside = scratch.path + "/outside.txt"
    try Data("not a log\nand a partial line".utf8).write(to: URL(fileURLWithPath: outside))
    chmod(outside, 0o644)
    let path = data + "/channels/website.jsonl"
    try FileManager.default.removeItem(atPath: path)
    symlink(outside, path)
    let input = scratch.path + "/case.jsonl"
    try Data(#"{"type":"case","channel":"website","kind":"inquiry","subject":"x"}"#.utf8 + [0x0A])
      .write(to: URL(fileURLWithPath: input))
    for arguments in [
      ["check", "--data", data], ["check", "--data", data, "--repair"],
      ["ingest", "--data", data, input], ["export", "--data", data, "--format", "jsonl"],
      ["report", "surveys", "--data", data],
    ] {
      let result = try run(relationsBinary, arguments)
      #expect(result.status == 2, "\(arguments): \(result.out) \(result.err)")
      #expect(
        result.err.contains("channels/website.jsonl is a symbolic link, not a regular file"),
        "\(arguments): \(result.err)")
    }
    #expect(
      fileBytes(outside) == Array("not a log\nand a partial line".utf8),
      "the outside file was changed")
    var info = stat()
    #expect(stat(outside, &info) == 0 && info.st_mode & 0o777 == 0o644)
    #expect(Self.quarantined(data).isEmpty)
  }

  @Test func aFIFOInPlaceOfALogIsRefusedAtOnceByCheckAndExport() throws {
    let (scratch, data) = try Self.office()
    defer { withExtendedLifetime(scratch) {} }
    let path = data + "/channels/social.jsonl"
    try FileManager.default.removeItem(atPath: path)
    #expect(mkfifo(path, 0o600) == 0)
    for arguments in [["check", "--data", data], ["export", "--data", data, "--format", "csv"]] {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: relationsBinary)
      process.arguments = arguments
      let err = Pipe()
      process.standardError = err
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      // A hang is the failure: give it ten seconds, then stop it.
      let deadline = Date().addingTimeInterval(10)
      while process.isRunning, Date() < deadline { usleep(20_000) }
      if process.isRunning {
        kill(process.processIdentifier, SIGKILL)
        Issue.record("\(arguments) still waits on the FIFO after 10 s")
      }
      process.waitUntilExit()
      let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(process.terminationStatus == 2, "\(arguments): \(message)")
      #expect(message.contains("channels/social.jsonl is a FIFO"), "\(arguments): \(message)")
    }
  }

  @Test func aRecordWithTheLargestSeqIsReportedNotACrash() throws {
    let (scratch, data) = try Self.office()
    let path = data + "/channels/phone.jsonl"
    let huge = RecordCodec.encode(
      Record(
        seq: Int64.max, id: "huge", timestamp: Timestamp(millisecondsSince1970: 0), actor: "x",
        stream: "P-000001", type: "case.noted", data: Array(#"{"text":"x"}"#.utf8)))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: huge)
    try handle.close()
    let checked = try run(relationsBinary, ["check", "--data", data])
    #expect(checked.status == 1, "\(checked.err)")
    #expect(checked.out.contains("field \"seq\""))
    let said = try Self.ingest(
      data, #"{"type":"case","channel":"phone","kind":"inquiry","subject":"x"}"#, in: scratch)
    #expect(said.hasPrefix("ok P-"), "\(said)")
    let exported = try run(relationsBinary, ["export", "--data", data, "--format", "jsonl"])
    #expect(exported.status == 0, "\(exported.err)")
  }

  @Test func idsInATornTailSetAsideOrADamagedLineAreNeverHandedOutAgain() throws {
    let (scratch, data) = try Self.office()
    let path = data + "/channels/letter.jsonl"
    // A damaged complete line that opened L-000900, and a torn write that opened L-000950
    // for a bridge's message "bridge-77".
    let damaged =
      Array(
        #"{"v":1,"seq":9999,"stream":"L-000900","type":"case.opened","data":{"externalId":"ext-900"},"crc":"00000000"}"#
          .utf8) + [0x0A]
    let torn = Array(
      #"{"v":1,"seq":10000,"stream":"L-000950","type":"case.opened","data":{"externalId":"bridge-77","channel":"letter""#
        .utf8)
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seekToEnd()
    try handle.write(contentsOf: damaged + torn)
    try handle.close()
    // check --repair sets the torn write aside; no case is opened in that process.
    let repaired = try run(relationsBinary, ["check", "--data", data, "--repair"])
    #expect(repaired.out.contains("repaired: channels/letter.jsonl"), "\(repaired.out)")
    #expect(Self.quarantined(data).count == 1)
    let listed = try run(relationsBinary, ["check", "--data", data])
    let name = Self.quarantined(data).first ?? "?"
    #expect(
      listed.out.contains("quarantine/\(name): \(torn.count) bytes set aside"), "\(listed.out)")
    let first = try Self.ingest(
      data, #"{"type":"case","channel":"letter","kind":"inquiry","subject":"x"}"#, in: scratch)
    #expect(first == "ok L-000951")
    let again = try Self.ingest(
      data,
      #"{"type":"case","channel":"letter","kind":"inquiry","subject":"x","externalId":"bridge-77"}"#,
      in: scratch)
    #expect(again == "duplicate bridge-77")
    let damagedAgain = try Self.ingest(
      data,
      #"{"type":"case","channel":"letter","kind":"inquiry","subject":"x","externalId":"ext-900"}"#,
      in: scratch)
    #expect(damagedAgain == "duplicate ext-900")
  }
}

private func fileBytes(_ path: String) -> [UInt8] {
  (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
}

extension DamagedLogCommandTests {
  @Test func anOfficeJSONOrSurveyThatIsALinkIsRefusedByNameAndNotFollowed() throws {
    let (scratch, data) = try Self.office()
    let outside = scratch.path + "/elsewhere.json"
    try FileManager.default.moveItem(atPath: data + "/office.json", toPath: outside)
    symlink(outside, data + "/office.json")
    let report = try run(relationsBinary, ["report", "surveys", "--data", data])
    #expect(report.status == 2)
    #expect(
      report.err.contains("office.json: is a symbolic link, not a regular file"), "\(report.err)")
    try FileManager.default.removeItem(atPath: data + "/office.json")
    try FileManager.default.moveItem(atPath: outside, toPath: data + "/office.json")
    // A survey definition that is a link is passed over with a warning; the rest go on.
    let survey = data + "/surveys/service.json"
    try FileManager.default.moveItem(atPath: survey, toPath: scratch.path + "/service.json")
    symlink(scratch.path + "/service.json", survey)
    let input = scratch.path + "/case.jsonl"
    try Data(#"{"type":"case","channel":"visit","kind":"inquiry","subject":"x"}"#.utf8 + [0x0A])
      .write(to: URL(fileURLWithPath: input))
    let ingested = try run(relationsBinary, ["ingest", "--data", data, input])
    #expect(ingested.out.hasPrefix("ok V-"), "\(ingested.out) \(ingested.err)")
    #expect(
      ingested.err.contains("surveys/service.json is skipped (is a symbolic link"),
      "\(ingested.err)")
  }
}
