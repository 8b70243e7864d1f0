import Foundation
import Testing

@Suite struct CheckCommandTests {
  @Test(arguments: [
    (#"{"name": 5"#, "office.json: not valid JSON"),
    (#"{"name":"x","hours":{"start":"8am","end":"16:00"}}"#, "office.json: hours.start: "),
  ])
  func anInvalidOfficeJSONIsAProblemLineAndIsCounted(text: String, line: String) throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    try Data(text.utf8).write(to: URL(fileURLWithPath: office + "/office.json"))
    let check = try run(relationsBinary, ["check", "--data", office])
    #expect(check.status == 1)
    let lines = check.out.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix(line) }, "\(check.out)")
    #expect(lines.last == "6 channel logs, 0 records: 1 problem.", "\(check.out)")
  }
}
