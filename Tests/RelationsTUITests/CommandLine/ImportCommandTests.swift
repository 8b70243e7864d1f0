import Foundation
import Testing

@Suite struct ImportCommandTests {
  @Test(arguments: ["", "  \n\t\n", "\u{FEFF}"])
  func anEmptyCSVIsNamedAsEmptyInOneSentence(text: String) throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let csv = scratch.path + "/answers.csv"
    try Data(text.utf8).write(to: URL(fileURLWithPath: csv))
    let result = try run(
      relationsBinary, ["import", "survey", "--data", office, "--survey", "service", csv])
    #expect(result.status == 2)
    #expect(result.out.isEmpty)
    #expect(result.err.hasPrefix("\(csv) is empty: "), "\(result.err)")
    #expect(!result.err.contains("cannotReadHeaderRow"))
    #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
  }
}
