import Foundation
import JSONStore
import Testing

@Suite struct CommandLineTests {
  @Test func withoutATerminalTheAppSaysSoAndNamesTheCommandsThatWork() throws {
    let scratch = Scratch()
    _ = try run(relationsBinary, ["init", scratch.path + "/o"])
    let result = try run(relationsBinary, ["--data", scratch.path + "/o"])
    #expect(result.status == 2)
    #expect(result.err.contains("needs a terminal"))
    #expect(result.err.contains("relations check"))
  }

  @Test func initCreatesAnOfficeAndRefusesToOverwriteOne() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    #expect(try run(relationsBinary, ["init", office, "--demo"]).status == 0)
    for channel in ["visit", "phone", "social", "letter", "volunteer", "website"] {
      #expect(FileManager.default.fileExists(atPath: "\(office)/channels/\(channel).jsonl"))
    }
    let again = try run(relationsBinary, ["init", office])
    #expect(again.status == 2)
    #expect(again.err.contains("already holds an office"))
  }

  @Test func checkExitsZeroWhenCleanAndOneWithFileAndLineWhenNot() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let clean = try run(relationsBinary, ["check", "--data", office])
    #expect(clean.status == 0)
    #expect(clean.out.contains("clean"))
    let handle = try #require(FileHandle(forWritingAtPath: office + "/channels/phone.jsonl"))
    // A bad line followed by a good record is damage in the middle; what follows the last
    // good record is a torn tail.
    handle.write(Data("not json\n".utf8))
    let good = Record(
      seq: 2, id: "g", timestamp: .now(), actor: "a", stream: "P-000001", type: "t",
      data: Array("{}".utf8))
    handle.write(Data(RecordCodec.encode(good)))
    handle.write(Data("{\"torn".utf8))
    try handle.close()
    let damaged = try run(relationsBinary, ["check", "--data", office])
    #expect(damaged.status == 1)
    #expect(damaged.out.contains("channels/phone.jsonl:1: "))
    #expect(damaged.out.contains("channels/phone.jsonl:3: torn tail"))
  }

  @Test func aMissingOfficeIsAnEnvironmentErrorWithWhatToDo() throws {
    let result = try run(relationsBinary, ["check", "--data", "/nonexistent/office"])
    #expect(result.status == 2)
    #expect(result.err.contains("relations init"))
  }

  @Test func aBadOptionIsAUsageErrorWithExitTwo() throws {
    let result = try run(relationsBinary, ["--lang", "fr"])
    #expect(result.status == 2)
    #expect(result.err.contains("en or ar"))
  }
}

@Suite struct OfficeConfigurationCommandTests {
  @Test func aBadOfficeJSONStopsTheAppAndIsReportedByCheckNamingTheField() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    try Data(#"{"name":"x","hours":{"start":"8am","end":"16:00"}}"#.utf8).write(
      to: URL(fileURLWithPath: office + "/office.json"))
    let check = try run(relationsBinary, ["check", "--data", office])
    #expect(check.status == 1)
    #expect(check.out.contains(#"office.json: hours.start: expected a time like "08:00""#))
  }
}
