import Testing

@testable import RelationsTUI

/// The rows a box of several lines shows: long lines wrap at the box's width, after a
/// space where there is one, and the caret's row stays in view.
@Suite struct LineWindowTests {
  static func rows(_ text: String, caret: Int? = nil, rows: Int = 5, columns: Int = 21)
    -> (rows: [String], caret: Int)
  {
    let characters = Array(text)
    let (lines, caretLine) = LineWindow.wrapped(
      characters, caret: caret ?? characters.count, rows: rows, columns: columns)
    return (lines.map { String(characters[$0]) }, caretLine)
  }

  @Test func aLongLineWrapsAfterTheLastSpaceThatFits() {
    let wrapped = Self.rows("We received your request and will call you soon.")
    #expect(wrapped.rows == ["We received your ", "request and will ", "call you soon."])
    #expect(wrapped.caret == 2)
  }

  @Test func aWordLongerThanTheBoxIsCutWhereTheBoxEnds() {
    let wrapped = Self.rows(String(repeating: "x", count: 45))
    #expect(wrapped.rows.map(\.count) == [20, 20, 5])
  }

  @Test func theCaretsRowStaysInViewWhenTheTextIsTallerThanTheBox() {
    let text = (1...8).map { "line \($0)" }.joined(separator: "\n")
    let wrapped = Self.rows(text, rows: 3)
    #expect(wrapped.rows == ["line 6", "line 7", "line 8"])
    #expect(wrapped.caret == 2)
  }

  @Test func aCaretAtAWrapGoesWithTheRowItStarts() {
    let text = "We received your request"
    let wrapped = Self.rows(text, caret: 17)
    #expect(wrapped.rows == ["We received your ", "request"])
    #expect(wrapped.caret == 1)
  }

  @Test func aLineLongerThanTheWrapLimitScrollsInsteadOfWrapping() {
    let text = String(repeating: "word ", count: LineWindow.wrapLimit)
    #expect(Self.rows(text).rows.count == 1)
  }
}
