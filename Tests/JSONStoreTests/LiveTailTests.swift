import Foundation
import Testing

@testable import JSONStore

@Suite struct LiveTailTests {
  @Test func anotherProcessSeesAnAppendWithinOneSecond() throws {
    let temp = TemporaryDirectory()
    let log = try ChannelLog(directory: temp.data, channel: "visit")
    try log.append([draft("V-000001")], actor: "a")
    let tail = try Worker(["tail", temp.path, "visit", "4"])
    #expect(tail.waitForLine(within: 3) { $0 == "ready" } != nil)
    let fresh = draft("V-000002")
    let appendedAt = Date()
    try log.append([fresh], actor: "a")
    let seen = tail.waitForLine(within: 1.5) { $0 == "seen \(fresh.id)" }
    let delay = Date().timeIntervalSince(appendedAt)
    tail.kill()
    _ = tail.finish()
    #expect(seen != nil)
    #expect(delay < 1.0)
  }

  @Test func aPartialLineIsNotVisibleUntilItsNewlineArrives() throws {
    let temp = TemporaryDirectory()
    _ = try ChannelLog(directory: temp.data, channel: "visit")
    let reader = try ChannelLog(directory: temp.data, channel: "visit", mode: .readOnly)
    let line = RecordCodec.encode(
      Record(
        seq: 1, id: "x", timestamp: .now(), actor: "a", stream: "S", type: "t",
        data: Array("{}".utf8)))
    let handle = try #require(FileHandle(forWritingAtPath: temp.data.channelPath("visit")))
    handle.write(Data(line.dropLast(10)))
    #expect(try reader.poll() == 0)
    handle.write(Data(line.suffix(10)))
    try handle.close()
    #expect(try reader.poll() == 1)
  }
}
