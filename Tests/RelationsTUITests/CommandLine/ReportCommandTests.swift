import Foundation
import Testing

@Suite struct ReportCommandTests {
  @Test func aPeriodThatEndsBeforeItStartsIsAUsageError() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let result = try run(
      relationsBinary,
      ["report", "surveys", "--data", office, "--from", "2026-12-01", "--to", "2026-01-01"])
    #expect(result.status == 2)
    #expect(result.out.isEmpty)
    #expect(result.err.contains("--from 2026-12-01 is after --to 2026-01-01"), "\(result.err)")
    #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
  }
}
