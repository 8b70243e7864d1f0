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

  @Test func controlCharactersBecomeVisiblePlaceholders() {
    var grid = CellGrid(width: 10, height: 1)
    grid.write("a\u{1B}[2Jb", x: 0, y: 0)
    #expect(grid.line(0).hasPrefix("a␛[2Jb"))
  }
}
