import Foundation
import Testing

@testable import JSONStore

@Suite struct QuarantineTests {
  /// A full disk while a torn tail is set aside: no empty or partial `.torn` file is left to
  /// mislead, and the tail is not cut (it is still only in the log). The disk is made "full"
  /// for real with a file-size limit on a child process (writes past it fail with EFBIG).
  @Test func aTailThatCannotBeSetAsideWholeLeavesNoFileAndIsNotCut() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("A")], actor: "a")
    let path = temp.data.channelPath("visit")
    let tail = Array(repeating: UInt8(ascii: "x"), count: 8192)
    let good = fileBytes(path)
    try writeBytes(good + tail, to: path)
    // The limit is in 1024-byte blocks: the log (under 4 KB) fits, the 8 KB copy does not.
    let shell = Process()
    shell.executableURL = URL(fileURLWithPath: "/bin/sh")
    shell.arguments = [
      "-c", "trap '' XFSZ; ulimit -f 4; exec \"$0\" open \"$1\" visit", workerPath, temp.path,
    ]
    let out = Pipe()
    shell.standardOutput = out
    try shell.run()
    shell.waitUntilExit()
    let said = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(said.hasPrefix("error "), "\(said)")
    let folder = temp.data.quarantine.path
    let left = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    #expect(left.isEmpty, "left in quarantine: \(left)")
    #expect(fileBytes(path) == good + tail)
    // With room again, the tail is set aside whole and cut.
    let reopened = try ChannelLog(directory: temp.data, channel: "visit")
    #expect(reopened.recoveries.count == 1)
    #expect(fileBytes(path) == good)
  }
}
