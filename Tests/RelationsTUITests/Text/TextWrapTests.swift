import Testing

@testable import RelationsTUI

/// Breaking stored text into lines: between words, inside a word only when it is wider than
/// a line, and only as many lines as are asked for, whatever the text's length.
@Suite struct TextWrapTests {
  @Test func wordsGoOnTheLineWhileTheyFitAndTheNextOneStartsANewLine() {
    #expect(TextLayout.wrap("one two three four", 9) == ["one two", "three", "four"])
    #expect(TextLayout.wrap("a\n\nb", 9) == ["a", "", "b"])
  }

  @Test func aWordWiderThanALineIsCutAtTheWidthAndItsRestStartsTheNextLine() {
    #expect(TextLayout.wrap("ab abcdefghij kl", 4) == ["ab", "abcd", "efgh", "ij", "kl"])
    #expect(TextLayout.wrap("中文中文中", 4) == ["中文", "中文", "中"])
  }

  @Test func spacesBetweenWordsAreKeptAndTheOneWhereALineBreaksIsDropped() {
    #expect(TextLayout.wrap("ab  cd ef", 6) == ["ab  cd", "ef"])
  }

  @Test func controlsAreShownAsPlaceholdersInWrappedText() {
    #expect(TextLayout.wrap("a\u{1B}[2Jb", 10) == ["a\u{241B}[2Jb"])
  }

  @Test func askingForFewerLinesGivesTheFirstOfThem() {
    let text = "one two three four five six"
    #expect(TextLayout.wrap(text, 9, lines: 2) == ["one two", "three"])
    #expect(TextLayout.wrap(text, 9, lines: 100) == TextLayout.wrap(text, 9))
  }

  @Test func theFirst30LinesOfAMillionCharacterWordAreExactlyThoseLines() {
    let word = String(repeating: "abcdefghij", count: 100_000)
    let lines = TextLayout.wrap(word, 40, lines: 30)
    #expect(lines.count == 30)
    let expected = (0..<30).map { _ in "abcdefghij" + "abcdefghij" + "abcdefghij" + "abcdefghij" }
    #expect(lines == expected)
  }

  @Test func theFirstLinesOf100000ShortLinesAreThoseLines() {
    let text = (1...100_000).map { "line \($0)" }.joined(separator: "\n")
    #expect(TextLayout.wrap(text, 40, lines: 3) == ["line 1", "line 2", "line 3"])
  }
}
