import Foundation
import Testing

@Suite struct SurveyFileTests {
  @Test(arguments: [
    ("broken.json", "{"), ("notes.txt", "remember the Friday survey"),
    ("empty.json", ""), ("list.json", "[1, 2]"),
  ])
  func aStrayFileInSurveysIsSkippedWithAWarningAndIntakeGoesOn(name: String, text: String)
    throws
  {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    try Data(text.utf8).write(to: URL(fileURLWithPath: office + "/surveys/" + name))
    let ingest = try run(
      relationsBinary, ["ingest", "--data", office, "-"],
      input: Data(
        #"{"type":"survey","survey":"service","channel":"visit","answers":{"overall":4}}"#.utf8))
    #expect(ingest.status == 0, "\(ingest.err)")
    #expect(ingest.out.hasPrefix("ok R-"))
    let warnings = ingest.err.split(separator: "\n")
    if name.hasSuffix(".json") {
      #expect(warnings.count == 1, "\(ingest.err)")
      #expect(warnings.first?.contains("surveys/\(name)") == true, "\(ingest.err)")
      #expect(warnings.first?.contains("skipped") == true, "\(ingest.err)")
    } else {
      #expect(warnings.isEmpty, "\(ingest.err)")
    }
    let csv = scratch.path + "/answers.csv"
    try Data("overall\n5\n".utf8).write(to: URL(fileURLWithPath: csv))
    let imported = try run(
      relationsBinary, ["import", "survey", "--data", office, "--survey", "service", csv])
    #expect(imported.status == 0, "\(imported.err)")
    #expect(imported.out.hasPrefix("ok R-"))
  }
}
