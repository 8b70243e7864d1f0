import Foundation
import Testing

@testable import JSONStore

/// Every file of the office is opened without following a link and only when it is a
/// regular file (finding 4: a log that was a link to an outside file had that file
/// quarantined, truncated and appended to; finding 8: a FIFO hung `check` and `export`).
@Suite struct RegularFileTests {
  @Test func aLogThatIsALinkToAFileOutsideTheOfficeIsRefusedAndTheFileLeftAlone() throws {
    let temp = TemporaryDirectory()
    try temp.data.prepare()
    let outside = temp.path + "/outside.txt"
    try writeBytes(Array("precious, not a log\npartial".utf8), to: outside)
    chmod(outside, 0o644)
    symlink(outside, temp.data.channelPath("website"))
    for mode in [ChannelLog.Mode.readWrite, .readOnly] {
      #expect(
        throws: LogError.notARegularFile(file: "channels/website.jsonl", kind: "a symbolic link")
      ) {
        _ = try ChannelLog(directory: temp.data, channel: "website", mode: mode)
      }
    }
    #expect(fileBytes(outside) == Array("precious, not a log\npartial".utf8))
    var info = stat()
    #expect(stat(outside, &info) == 0 && info.st_mode & 0o777 == 0o644)
    #expect(!FileManager.default.fileExists(atPath: temp.data.quarantine.path))
  }

  @Test func aFIFOInPlaceOfALogIsRefusedAtOnceInsteadOfWaitingForAWriter() throws {
    let temp = TemporaryDirectory()
    try temp.data.prepare()
    #expect(mkfifo(temp.data.channelPath("phone"), 0o600) == 0)
    for mode in [ChannelLog.Mode.readWrite, .readOnly] {
      #expect(
        throws: LogError.notARegularFile(file: "channels/phone.jsonl", kind: "a FIFO (named pipe)")
      ) {
        _ = try ChannelLog(directory: temp.data, channel: "phone", mode: mode)
      }
    }
  }

  @Test func aFolderInPlaceOfALogIsNamed() throws {
    let temp = TemporaryDirectory()
    try temp.data.prepare()
    #expect(mkdir(temp.data.channelPath("letter"), 0o700) == 0)
    #expect(throws: LogError.notARegularFile(file: "channels/letter.jsonl", kind: "a folder")) {
      _ = try ChannelLog(directory: temp.data, channel: "letter", mode: .readOnly)
    }
    let message = LogError.notARegularFile(file: "channels/letter.jsonl", kind: "a folder")
      .description
    #expect(message.hasPrefix("channels/letter.jsonl is a folder, not a regular file"))
  }

  @Test func readingARegularFileGivesItsBytesAndALinkIsRefused() throws {
    let temp = TemporaryDirectory()
    let path = temp.path + "/office.json"
    try writeBytes(Array(#"{"name":"مكتب"}"#.utf8), to: path)
    #expect(try RegularFile.read(path, shown: "office.json") == Array(#"{"name":"مكتب"}"#.utf8))
    symlink(path, temp.path + "/link.json")
    #expect(throws: LogError.self) {
      _ = try RegularFile.read(temp.path + "/link.json", shown: "link.json")
    }
  }
}
