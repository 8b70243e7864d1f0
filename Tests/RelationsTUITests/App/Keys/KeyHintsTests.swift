import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The hint line fits its width, keeps the commands on the case first, and ends with
/// "? more" (the help has the rest).
@Suite struct KeyHintsTests {
  @Test func at80ColumnsTheInboxHintsEndWithMoreAndIncludeTheCommandsOnTheCase() {
    let line = KeyHints.line(for: [.inbox, .global], UIText(language: .english), width: 78)
    #expect(TextLayout.width(of: line) <= 78)
    #expect(line.hasSuffix("? more"))
    for hint in ["c note", "R reply", "x resolve", "P permit", "a assign"] {
      #expect(line.contains(hint), "\(hint) missing from \(line)")
    }
  }

  @Test func theArabicHintLineFitsAndEndsWithMore() {
    let text = UIText(language: .arabic)
    let line = KeyHints.line(for: [.inbox, .global], text, width: 78)
    #expect(TextLayout.width(of: line) <= 78)
    #expect(line.hasSuffix(text(.guide(.moreKeys))))
  }

  @Test func aWideLineKeepsTheTablesOrder() {
    let line = KeyHints.line(for: [.inbox, .global], UIText(language: .english), width: 200)
    let search = line.range(of: "/ search")
    let resolve = line.range(of: "x resolve")
    #expect(search != nil && resolve != nil)
    if let search, let resolve { #expect(search.lowerBound < resolve.lowerBound) }
  }
}
