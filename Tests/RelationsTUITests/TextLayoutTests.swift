import Testing

@testable import RelationsTUI

@Suite struct TextLayoutTests {
  @Test func fitPadsShortTextToTheWidth() {
    #expect(TextLayout.fit("abc", 6) == "abc   ")
  }

  @Test func fitCutsLongTextWithAnEllipsisAtAGraphemeBoundary() {
    #expect(TextLayout.fit("abcdefgh", 5) == "abcd…")
    // "é" as e + combining acute is one grapheme: never split from its mark.
    let cut = TextLayout.fit("e\u{301}e\u{301}e\u{301}e\u{301}", 3)
    #expect(cut == "e\u{301}e\u{301}…")
    #expect(TextLayout.width(of: cut) == 3)
  }

  @Test func wideCharactersCountTwoColumnsAndNeverOverflow() {
    let cut = TextLayout.fit("中文中文", 5)
    #expect(TextLayout.width(of: cut) == 5)
    #expect(cut.hasPrefix("中文"))
  }

  @Test func controlCharactersAndEscapeSequencesBecomeVisiblePlaceholders() {
    let hostile = "hi\u{1B}[2J\u{7}\u{9B}31m\r\n"
    let safe = TextLayout.sanitize(hostile)
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(safe.hasPrefix("hi\u{241B}[2J"))
  }
}
