import Testing

@testable import RelationsTUI

@Suite struct CaretMapTests {
  @Test func inArabicTheCaretStartsAtTheRightAndLeftMovesOnThroughTheText() {
    let map = CaretMap("سلام")  // drawn ﻡﻼﺳ: three cells, the lam-alef ligature in one
    #expect(map.rightToLeft)
    #expect(map.width == 3)
    // In a box of 10 the line takes cells 7…9: the first letter at 9, the end at 6.
    #expect(map.column(of: 0, boxWidth: 10) == 9)
    #expect(map.column(of: 4, boxWidth: 10) == 6)
    var caret = 0
    var visited = [caret]
    for _ in 0..<4 {
      caret = map.move(caret, by: -1)
      visited.append(caret)
    }
    #expect(visited == [0, 1, 2, 3, 4])
    #expect(map.move(4, by: -1) == 4)
  }

  @Test func latinTextMapsOneToOne() {
    let map = CaretMap("abc")
    #expect(!map.rightToLeft)
    #expect((0...3).map { map.column(of: $0, boxWidth: 10) } == [0, 1, 2, 3])
    #expect(map.move(1, by: 1) == 2 && map.move(1, by: -1) == 0)
  }

  @Test(arguments: ["سلام", "مرحبا 123", "درس Quran اليوم", "abc", "", "لا إله", "بِسْمِ الله"])
  func everyCaretPositionIsOneStopAndLeftThenRightComesBack(_ line: String) {
    let map = CaretMap(line)
    let count = line.count
    #expect(map.stops.sorted() == Array(0...count))
    for caret in 0...count {
      let left = map.move(caret, by: -1)
      if left != caret { #expect(map.move(left, by: 1) == caret, "\(line) at \(caret)") }
    }
  }

  @Test func aNumberInsideArabicKeepsItsDigitsLeftToRight() {
    let map = CaretMap("مرحبا 123")  // drawn "123 ﺎﺒﺣﺮﻣ"
    #expect(map.column(of: 6, boxWidth: 9) == 0)  // "1"
    #expect(map.column(of: 8, boxWidth: 9) == 2)  // "3"
    #expect(map.column(of: 0, boxWidth: 9) == 8)  // "م", rightmost
  }
}
