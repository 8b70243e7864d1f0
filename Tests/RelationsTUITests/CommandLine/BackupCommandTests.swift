import Foundation
import Testing

/// `relations backup DEST`, through the real binary on a demo office: made while another
/// process appends, incremental, verified, and checked like an office.
@Suite struct BackupCommandTests {
  static let channels = ["letter", "phone", "social", "visit", "volunteer", "website"]

  /// A demo office in a scratch folder, and where its backup goes (beside it); both are
  /// removed with the value.
  final class Fixture {
    let scratch = Scratch()
    var office: String { scratch.path + "/o" }
    var backup: String { scratch.path + "/backup" }
  }

  static func office() throws -> Fixture {
    let fixture = Fixture()
    let made = try run(
      relationsBinary, ["demo", fixture.office, "--cases", "120", "--seed", "4"])
    #expect(made.status == 0, "\(made.err)")
    return fixture
  }

  static func caseLine(_ channel: String, _ index: Int) -> String {
    #"{"type":"case","channel":"\#(channel)","kind":"inquiry","subject":"زيارة \#(index)","body":"\#(String(repeating: "نص ", count: 40))"}"#
  }

  /// The bytes each log's line says were copied: `channels/visit.jsonl: N bytes copied, …`.
  static func copied(_ output: String) -> [String: Int] {
    var found: [String: Int] = [:]
    for line in output.split(separator: "\n") where line.hasPrefix("channels/") {
      let parts = line.split(separator: " ")
      if parts.count > 2, parts[2] == "bytes", let bytes = Int(parts[1]) {
        found[String(parts[0].dropLast())] = bytes
      }
    }
    return found
  }

  static func size(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? -1
  }

  static func inode(_ path: String) -> Int {
    (try? FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int) ?? -1
  }

  @Test func aBackupMadeWhileAnotherProcessAppendsVerifiesAndChecksClean() throws {
    let fixture = try Self.office()
    let (office, backup) = (fixture.office, fixture.backup)
    let writer = try ChildProcess(relationsBinary, ["ingest", "--data", office, "-"])
    var sent = 0
    func appendOne() {
      writer.send(Self.caseLine(Self.channels[sent % 6], sent))
      sent += 1
      #expect(writer.readLine()?.hasPrefix("ok ") == true)
    }
    for _ in 0..<3 {
      let copying = Process()
      copying.executableURL = URL(fileURLWithPath: relationsBinary)
      copying.arguments = ["backup", backup, "--data", office]
      let output = Pipe()
      copying.standardOutput = output
      copying.standardError = output
      try copying.run()
      let before = sent
      // The writer appends, under the log's lock, for as long as the backup runs.
      while copying.isRunning { appendOne() }
      copying.waitUntilExit()
      let said = String(
        decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(copying.terminationStatus == 0, "\(said)")
      #expect(said.contains(", verified."), "\(said)")
      #expect(sent > before, "nothing was appended while the backup ran")
      appendOne()
    }
    let finished = writer.finish()
    #expect(finished.status == 0, "\(finished.err)")
    let last = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(last.status == 0, "\(last.out)")
    for channel in Self.channels {
      let path = "/channels/\(channel).jsonl"
      #expect(LogEdits.bytes(backup + path) == LogEdits.bytes(office + path), "\(channel)")
    }
    let check = try run(relationsBinary, ["check", "--data", backup])
    #expect(check.status == 0, "\(check.out)")
  }

  @Test func aSecondBackupCopiesOnlyTheNewBytes() throws {
    let fixture = try Self.office()
    let (office, backup) = (fixture.office, fixture.backup)
    let first = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(first.status == 0, "\(first.out)")
    var sizes: [String: Int] = [:]
    var inodes: [String: Int] = [:]
    for channel in Self.channels {
      let file = "channels/\(channel).jsonl"
      sizes[file] = Self.size(office + "/" + file)
      inodes[file] = Self.inode(backup + "/" + file)
      #expect(Self.copied(first.out)[file] == sizes[file], "\(file): \(first.out)")
    }
    let lines = (0..<10).map { Self.caseLine($0 % 2 == 0 ? "phone" : "website", $0) }
    let ingested = try run(
      relationsBinary, ["ingest", "--data", office, "-"],
      input: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(ingested.status == 0, "\(ingested.out)")

    let second = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(second.status == 0, "\(second.out)")
    let copied = Self.copied(second.out)
    var total = 0
    for channel in Self.channels {
      let file = "channels/\(channel).jsonl"
      let growth = Self.size(office + "/" + file) - (sizes[file] ?? 0)
      #expect(copied[file] == growth, "\(file): \(second.out)")
      #expect(Self.inode(backup + "/" + file) == inodes[file], "\(file) was written again")
      total += growth
    }
    #expect(total > 0 && copied["channels/visit.jsonl"] == 0)
    #expect(second.out.contains("Backup in \(backup): 6 logs, \(total) new bytes, verified."))
    #expect(second.out.contains("other files: 0 copied (0 bytes), "), "\(second.out)")
    #expect(try run(relationsBinary, ["check", "--data", backup]).status == 0)
  }

  @Test func aDamagedBackupIsCaughtByCheckAndByTheNextBackup() throws {
    let fixture = try Self.office()
    let (office, backup) = (fixture.office, fixture.backup)
    #expect(try run(relationsBinary, ["backup", backup, "--data", office]).status == 0)
    let copy = backup + "/channels/visit.jsonl"
    var bytes = LogEdits.bytes(copy)
    let lines = LogEdits.lines(copy)
    let third = lines[0].count + lines[1].count + 2
    bytes[third + 30] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: copy))
    let check = try run(relationsBinary, ["check", "--data", backup])
    #expect(check.status == 1)
    #expect(check.out.contains("channels/visit.jsonl:3: "), "\(check.out)")
    let again = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(again.status == 1)
    #expect(again.out.contains("\(backup)/channels/visit.jsonl:3: "), "\(again.out)")
  }

  @Test func aRecordForgedInTheBackupIsCaughtByCheck() throws {
    let fixture = try Self.office()
    let (office, backup) = (fixture.office, fixture.backup)
    #expect(try run(relationsBinary, ["backup", backup, "--data", office]).status == 0)
    try LogEdits.forge(backup + "/channels/phone.jsonl", line: 2)
    let check = try run(relationsBinary, ["check", "--data", backup])
    #expect(check.status == 1)
    #expect(
      check.out.contains("channels/phone.jsonl:3: record seq 3 does not follow"), "\(check.out)")
  }

  @Test func aLogCutInTheOfficeKeepsTheOldCopyAndSaysSo() throws {
    let fixture = try Self.office()
    let (office, backup) = (fixture.office, fixture.backup)
    #expect(try run(relationsBinary, ["backup", backup, "--data", office]).status == 0)
    let path = office + "/channels/letter.jsonl"
    let old = LogEdits.bytes(backup + "/channels/letter.jsonl")
    try LogEdits.write(Array(LogEdits.lines(path).prefix(4)), to: path)
    let again = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(again.status == 1)
    #expect(
      again.out.contains(
        "channels/letter.jsonl: the office's log no longer begins with the backup's copy"),
      "\(again.out)")
    let kept = try FileManager.default.contentsOfDirectory(atPath: backup + "/replaced")
    #expect(kept.count == 1 && kept[0].hasPrefix("letter."))
    #expect(LogEdits.bytes(backup + "/replaced/" + kept[0]) == old)
    #expect(LogEdits.bytes(backup + "/channels/letter.jsonl") == LogEdits.bytes(path))
  }

  @Test func theBackupHoldsTheOfficesFilesPrivatelyButNoDraftsOrViews() throws {
    let fixture = try Self.office()
    let (office, backup) = (fixture.office, fixture.backup)
    let manager = FileManager.default
    for folder in ["drafts", "views", "attachments/2026"] {
      try manager.createDirectory(atPath: office + "/" + folder, withIntermediateDirectories: true)
    }
    for file in ["drafts/huda.json", "views/huda.json", "attachments/2026/scan.pdf"] {
      try Data("{}".utf8).write(to: URL(fileURLWithPath: office + "/" + file))
    }
    try Data("torn".utf8).write(to: URL(fileURLWithPath: office + "/quarantine/visit.1.0.torn"))
    let made = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(made.status == 0, "\(made.out)")
    for kept in [
      "office.json", "surveys/service.json", "attachments/2026/scan.pdf",
      "quarantine/visit.1.0.torn", "backup.json",
    ] {
      #expect(manager.fileExists(atPath: backup + "/" + kept), "\(kept)")
    }
    #expect(!manager.fileExists(atPath: backup + "/drafts"))
    #expect(!manager.fileExists(atPath: backup + "/views"))
    let folder = try manager.attributesOfItem(atPath: backup)[.posixPermissions] as? Int
    #expect(folder == 0o700)
    for file in ["office.json", "channels/visit.jsonl", "attachments/2026/scan.pdf"] {
      let mode =
        try manager.attributesOfItem(atPath: backup + "/" + file)[.posixPermissions] as? Int
      #expect(mode == 0o600, "\(file)")
    }
    // A changed file is copied again; the others are not.
    try Data("{\"changed\":true}".utf8).write(
      to: URL(fileURLWithPath: office + "/attachments/2026/scan.pdf"))
    let again = try run(relationsBinary, ["backup", backup, "--data", office])
    #expect(again.out.contains("other files: 1 copied (16 bytes), "), "\(again.out)")
    #expect(
      LogEdits.bytes(backup + "/attachments/2026/scan.pdf") == Array("{\"changed\":true}".utf8))
  }

  @Test func aBackupIsRefusedIntoTheOfficeOrAFolderThatIsNotABackup() throws {
    let fixture = try Self.office()
    let (scratch, office) = (fixture.scratch, fixture.office)
    let inside = try run(relationsBinary, ["backup", office + "/copy", "--data", office])
    #expect(inside.status == 2)
    #expect(inside.err.contains("is inside the office"), "\(inside.err)")
    let other = scratch.path + "/other"
    try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: URL(fileURLWithPath: other + "/notes.txt"))
    let notEmpty = try run(relationsBinary, ["backup", other, "--data", office])
    #expect(notEmpty.status == 2)
    #expect(notEmpty.err.contains("is not empty"), "\(notEmpty.err)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: other) == ["notes.txt"])
    let anotherOffice = scratch.path + "/second"
    #expect(try run(relationsBinary, ["init", anotherOffice]).status == 0)
    let live = try run(relationsBinary, ["backup", anotherOffice, "--data", office])
    #expect(live.status == 2)
    #expect(live.err.contains("holds an office that is not a backup"), "\(live.err)")
  }
}
