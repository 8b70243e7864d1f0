import Testing

@testable import RelationsTUI

/// The one way a screen's search is typed: what each key asks of the screen.
@Suite struct SearchFieldTests {
  @Test func typingAsksToSearchForTheTextSoFar() {
    var searching: SearchField? = SearchField("ab")
    #expect(SearchField.step(&searching, .key(.character("c"))) == .search("abc"))
    #expect(searching?.text == "abc")
  }

  @Test func enterKeepsTheSearchAndEndsTheTyping() {
    var searching: SearchField? = SearchField("ab")
    #expect(SearchField.step(&searching, .action(.keepSearch)) == .nothing)
    #expect(searching == nil)
  }

  @Test func escapeClearsTheSearchAndEndsTheTyping() {
    var searching: SearchField? = SearchField("ab")
    #expect(SearchField.step(&searching, .action(.clearSearch)) == .search(""))
    #expect(searching == nil)
  }

  @Test func anArrowEndsTheTypingAndMovesInTheList() {
    var searching: SearchField? = SearchField("ab")
    #expect(SearchField.step(&searching, .key(.down)) == .move(.down))
    #expect(searching == nil)
  }

  @Test func aCharacterPastTheLimitIsRefusedWithANotice() {
    var searching: SearchField? = SearchField(String(repeating: "x", count: FieldLimit.line))
    #expect(SearchField.step(&searching, .key(.character("y"))) == .notice(SearchField.tooLong))
    #expect(searching?.text.count == FieldLimit.line)
  }

  @Test func movingTheCaretSearchesNothingNew() {
    var searching: SearchField? = SearchField("ab")
    #expect(SearchField.step(&searching, .key(.left)) == .nothing)
    #expect(searching != nil)
  }
}
