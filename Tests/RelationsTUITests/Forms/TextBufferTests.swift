import Testing

@testable import RelationsTUI

@Suite struct TextBufferTests {
  @Test func typingAndBackspaceWorkOnWholeCharacters() {
    var buffer = TextBuffer()
    buffer.insert("سلام")
    buffer.insert("👍🏽")
    buffer.backspace()
    #expect(buffer.text == "سلام")
    buffer.moveLeft()
    buffer.insert("x")
    #expect(buffer.text == "سلاxم")
    buffer.deleteForward()
    #expect(buffer.text == "سلاx")
  }

  @Test func upAndDownKeepTheColumnOrGoToTheEndOfAShorterLine() {
    var buffer = TextBuffer("long line\nab\nthird line")
    buffer.moveLine(by: -1)  // from the end of "third line" (10) to the end of "ab"
    #expect(buffer.caret == 12)
    buffer.moveLine(by: -1)
    #expect(buffer.caret == 2)
    buffer.moveHome()
    #expect(buffer.caret == 0)
    buffer.moveLine(by: 1)
    #expect(buffer.caret == 10)
    buffer.moveEnd()
    #expect(buffer.caret == 12)
  }
}

@Suite struct TextBufferVisualMovesTests {
  @Test func leftInArabicMovesOnThroughTheTextAndBackspaceDeletesTheLogicalPrevious() {
    var buffer = TextBuffer("سلام")
    buffer.moveHome()  // before س, drawn at the right end
    buffer.moveVisually(by: -1)
    #expect(buffer.caret == 1)
    buffer.backspace()
    #expect(buffer.text == "لام")
  }
}

@Suite struct TextBufferPlaceholderTests {
  @Test func thePlaceholderAtTheCaretIsRemovedAndNothingElse() {
    var buffer = TextBuffer("Dear {{name}}, {{case}}")
    buffer.moveCaret(to: 5)
    buffer.removePlaceholderAtCaret()
    #expect(buffer.text == "Dear , {{case}}")
    #expect(buffer.caret == 5)
  }

  @Test func braceTextThatIsNoPlaceholderOnItsLineIsKept() {
    var buffer = TextBuffer("{{ not closed\n}}")
    buffer.moveCaret(to: 0)
    buffer.removePlaceholderAtCaret()
    #expect(buffer.text == "{{ not closed\n}}")
  }
}
