import Testing

@testable import RelationsTUI

@Suite struct CellGridTests {
  @Test func aWideCharacterTakesTwoCellsAndIsClippedWhole() {
    var grid = CellGrid(width: 5, height: 1)
    grid.write("日本語", x: 0, y: 0)
    #expect(grid.line(0) == "日本…")
    #expect(grid[1, 0].isContinuation)
  }

  @Test func writingOverHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = CellGrid(width: 4, height: 1)
    grid.write("日本", x: 0, y: 0)
    grid.write("x", x: 1, y: 0, columns: 1)
    #expect(grid.line(0) == " x本")
    #expect(!grid[1, 0].isContinuation)
  }

  @Test func textNeverSpillsOutOfItsColumns() {
    var grid = CellGrid(width: 10, height: 1)
    grid.write("right", x: 5, y: 0)
    grid.write("a long text", x: 0, y: 0, columns: 5)
    #expect(grid.line(0) == "a lo…right")
  }

  @Test func cutArabicEndsWithTheEllipsisOnItsLeftInAnEnglishLine() {
    var grid = CellGrid(width: 8, height: 1, bidi: .app)
    grid.write("دليل سياسة العلاقات", x: 0, y: 0)
    #expect(grid.line(0).hasPrefix("…"))
  }

  @Test func cutEnglishEndsWithTheEllipsisOnItsRightInAMirroredGrid() {
    var grid = CellGrid(width: 20, height: 1, bidi: .app, mirrored: true)
    grid.write("الموضوع: " + TextLayout.fit("Question about", 8).trimmingTrailingSpaces, x: 0, y: 0)
    #expect(grid.line(0).contains("Questio… :"))
  }

  @Test func aStartAlignedCellReadsFromTheInterfacesStartWhateverItsScript() {
    var grid = CellGrid(width: 10, height: 2, bidi: .app, mirrored: true)
    grid.write("Ali", x: 0, y: 0, align: .start, direction: .content)
    grid.write("علي", x: 0, y: 1, align: .start, direction: .content)
    #expect(grid.line(0) == "       Ali")
    #expect(grid.line(1).hasSuffix("ﻲﻠﻋ") && grid.line(1).hasPrefix("       "))
  }

  @Test func controlCharactersBecomeVisiblePlaceholders() {
    var grid = CellGrid(width: 10, height: 1)
    grid.write("a\u{1B}[2Jb", x: 0, y: 0)
    #expect(grid.line(0).hasPrefix("a␛[2Jb"))
  }

  /// Every scalar the grid would hand to the terminal.
  func scalars(_ grid: CellGrid) -> [Unicode.Scalar] {
    grid.cells.flatMap { Array($0.character.unicodeScalars) }
  }

  @Test func tagCharactersNeverReachACellRaw() {
    var grid = CellGrid(width: 20, height: 1)
    grid.write("Hi\u{E0049}\u{E0047}\u{E007F} there, \u{E0001}\u{E0041}", x: 0, y: 0)
    #expect(!scalars(grid).contains { (0xE0000...0xE007F).contains($0.value) })
    #expect(grid.line(0).hasPrefix("Hi\u{FFFD}\u{FFFD}\u{FFFD} there, \u{FFFD}\u{FFFD}"))
  }

  @Test(arguments: [Bidi.Mode.app, .terminal, .off])
  func bidiControlsNeverReachACellInAnyBidiMode(mode: Bidi.Mode) {
    var grid = CellGrid(width: 20, height: 1, bidi: mode)
    grid.write("abc\u{202E}def\u{2066}g\u{2069}\u{200F}", x: 0, y: 0)
    #expect(!scalars(grid).contains { Bidi.isInvisible($0.value) })
    #expect(grid.line(0).hasPrefix("abcdefg"))
  }
}
