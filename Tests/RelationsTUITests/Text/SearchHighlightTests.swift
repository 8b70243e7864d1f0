import Testing

@testable import RelationsTUI

@Suite struct SearchHighlightTests {
  @Test func aFoldedMatchIsMappedBackToTheCharactersAsWritten() {
    // The query has hamza and no harakat; the text has harakat on its first letter.
    let text = "أَحمد يسأل"
    let matched = SearchHighlight.matchedCharacters(of: "احمد", in: text)
    #expect(matched == [0, 1, 2, 3])
    #expect(SearchHighlight.matchedCharacters(of: "FRIDAY", in: "the friday lesson") == Set(4..<10))
    #expect(SearchHighlight.matchedCharacters(of: "", in: "x").isEmpty)
  }

  @Test func theMatchIsMarkedOnTheCellsWhereRightToLeftTextShowsIt() {
    // "درس الجمعة" is drawn right-aligned as "ﺔﻌﻤﺠﻟﺍ ﺱﺭﺩ": الجمعة takes the left six cells.
    var grid = CellGrid(width: 10, height: 1)
    let text = "درس الجمعة"
    grid.write(
      text, x: 0, y: 0, direction: .content,
      highlight: SearchHighlight.matchedCharacters(of: "الجمعه", in: text))
    let marked = (0..<10).filter { grid[$0, 0].style == .match }
    #expect(marked == Array(0..<6))
    #expect(grid.line(0).hasPrefix("\u{FE94}"))
  }

  @Test func inLeftToRightTextTheMatchIsMarkedWhereItIs() {
    var grid = CellGrid(width: 12, height: 1)
    grid.write("the lesson", x: 0, y: 0, direction: .content, highlight: Set(4..<10))
    #expect((0..<12).filter { grid[$0, 0].style == .match } == Array(4..<10))
  }
}
