import Foundation
import Testing

@testable import Office

@Suite struct OSAccountTests {
  @Test func isTheAccountThePasswordDatabaseNamesForThisProcess() throws {
    let expected = try run("/usr/bin/id", ["-un"]).out.trimmingCharacters(
      in: .whitespacesAndNewlines)
    #expect(OSAccount.current == expected)
  }
}
