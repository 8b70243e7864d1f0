import Testing

@testable import RelationsTUI

@Suite struct TextLayoutTests {
  @Test func fitPadsShortTextToTheWidth() {
    #expect(TextLayout.fit("abc", 6) == "abc   ")
  }

  @Test func fitCutsLongTextWithAnEllipsisAtAGraphemeBoundary() {
    // The `…` carries a left-to-right mark: it stays at the end of the English it cuts.
    #expect(TextLayout.fit("abcdefgh", 5) == "abcd…\u{200E}")
    // "é" as e + combining acute is one grapheme: never split from its mark.
    let cut = TextLayout.fit("e\u{301}e\u{301}e\u{301}e\u{301}", 3)
    #expect(cut == "e\u{301}e\u{301}…\u{200E}")
    #expect(TextLayout.width(of: cut) == 3)
  }

  @Test func theEllipsisTakesTheDirectionOfTheTextItCuts() {
    #expect(TextLayout.fit("دليل سياسة العلاقات", 6).hasSuffix("…\u{200F}"))
    #expect(TextLayout.fit("Question about the programme", 6).hasSuffix("…\u{200E}"))
    #expect(TextLayout.fit("0551275646", 6) == "05512…")
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

  @Test func tagCharactersBecomeVisiblePlaceholders() {
    // "ok" followed by hidden ASCII written in tag characters (U+E0041 is a tagged "A").
    let hidden = "ok\u{E0001}\u{E0041}\u{E0042}\u{E007F}"
    let safe = TextLayout.sanitize(hidden)
    #expect(!safe.unicodeScalars.contains { (0xE0000...0xE007F).contains($0.value) })
    #expect(safe == "ok\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    #expect(TextLayout.width(of: safe) == 6)
  }

  @Test func variationSelectorsIsolatesAndMarksAreLeftToTheLayout() {
    // Designed: a variation selector belongs to its emoji; isolates and marks steer FriBidi
    // and are dropped from what is drawn (CellGridTests), so the sanitiser leaves them alone.
    #expect(TextLayout.sanitize("👍\u{FE0F}") == "👍\u{FE0F}")
    #expect(TextLayout.sanitize("a\u{2067}b\u{2069}\u{200F}") == "a\u{2067}b\u{2069}\u{200F}")
  }

  @Test func overridesFromOutsideAreDroppedSoNothingReadsBackwards() {
    // An RLO in an Arabic line would reverse what follows it, digits included.
    #expect(TextLayout.sanitize("رجل \u{202E}Letter\u{202C} 123") == "رجل Letter 123")
    #expect(TextLayout.sanitize("\u{202A}a\u{202B}b\u{202D}c") == "abc")
  }

  @Test(
    arguments: [
      ("سَلام", 4),  // harakat take no column
      ("اردو", 4),  // Urdu
      ("কা", 2),  // Bengali: consonant and a spacing vowel sign, as ncursesw advances
      ("കാ", 2),  // Malayalam, the same
      ("中文", 4),  // CJK
      ("👍🏽", 4),  // an emoji with a skin tone: two wide characters to ncursesw
      ("e\u{301}", 1),
    ])
  func widthsAgreeWithWhatNcursesAdvances(text: String, columns: Int) {
    #expect(TextLayout.width(of: text) == columns)
  }

  @Test func aGraphemeIsCutIntoCellsNcursesCanHold() {
    let cells = TextLayout.cells(of: Character("কা"))
    #expect(cells.map(\.columns) == [1, 1])
    #expect(TextLayout.cells(of: Character("بِ")).count == 1)
    var grid = CellGrid(width: 4, height: 1)
    grid.write("কাকা", x: 0, y: 0)
    #expect(grid.line(0) == "কাকা")
  }
}
