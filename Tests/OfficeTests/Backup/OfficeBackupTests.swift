import Foundation
import Glibc
import JSONStore
import Testing

@testable import Office

@Suite struct OfficeBackupTests {
  func office(in scratch: Scratch) throws -> DataDirectory {
    let directory = DataDirectory(path: scratch.path + "/o")
    try OfficeScaffold(directory: directory, demo: false).create()
    return directory
  }

  @Test func anotherBackupIntoTheSameFolderIsRefusedWhileOneRuns() throws {
    let scratch = Scratch()
    let source = try office(in: scratch)
    let destination = scratch.path + "/backup"
    _ = try OfficeBackup(source: source, destination: destination).run()
    // Another process's backup holds the folder's lock.
    let held = open(destination, O_RDONLY | O_DIRECTORY)
    defer { close(held) }
    let child = Process()
    child.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
    child.arguments = [destination, "sleep", "3"]
    try child.run()
    defer {
      child.terminate()
      child.waitUntilExit()
    }
    usleep(300_000)
    #expect(flock(held, LOCK_EX | LOCK_NB) != 0, "the child holds the lock")
    #expect {
      _ = try OfficeBackup(source: source, destination: destination).run()
    } throws: { error in
      (error as? OfficeBackup.Failure)?.description.hasPrefix("Another backup into ") == true
    }
  }

  @Test func theBackupMarksItsFolderWithTheOfficeAndWhenItVerified() throws {
    let scratch = Scratch()
    let source = try office(in: scratch)
    let destination = scratch.path + "/backup"
    let report = try OfficeBackup(source: source, destination: destination).run(
      now: Timestamp(millisecondsSince1970: 1_795_680_000_000))
    #expect(report.problems.isEmpty && report.logs.count == 6)
    let marker = String(
      decoding: try RegularFile.read(destination + "/backup.json", shown: "m"), as: UTF8.self)
    let real = try #require(realpath(source.path, nil))
    defer { free(real) }
    #expect(
      marker
        == #"{"source":"\#(String(cString: real))","completedAt":"2026-11-26T08:00:00.000Z","verified":true}"#
        + "\n")
  }

  @Test func aLogThatCannotBeCopiedIsAProblemAndTheOthersAreStillCopied() throws {
    let scratch = Scratch()
    let source = try office(in: scratch)
    try FileManager.default.createSymbolicLink(
      atPath: source.channelPath("elsewhere"), withDestinationPath: source.path + "/office.json")
    let destination = scratch.path + "/backup"
    let report = try OfficeBackup(source: source, destination: destination).run()
    #expect(
      report.problems == [
        "channels/elsewhere.jsonl was not backed up: channels/elsewhere.jsonl is a symbolic link, "
          + "not a regular file; Relations opens only the office's own files. Put the real file "
          + "in its place (or move it aside) and try again."
      ])
    #expect(report.logs.map(\.file).count == 6)
    #expect(FileManager.default.fileExists(atPath: destination + "/channels/website.jsonl"))
    var info = stat()
    #expect(lstat(destination + "/channels/elsewhere.jsonl", &info) != 0)
  }
}
