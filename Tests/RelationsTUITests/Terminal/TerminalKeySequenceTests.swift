import Testing

@testable import RelationsTUI

/// The escape sequences terminals and tmux send for Home, End, the page keys and F1–F10,
/// read whole when ncurses did not know them, so none of their characters is a key.
@Suite struct TerminalKeySequenceTests {
  @Test func homeAndEndAsTmuxSendsThemAreHomeAndEnd() {
    #expect(Terminal.sequenceKey("[1~") == .home)
    #expect(Terminal.sequenceKey("[4~") == .end)
    #expect(Terminal.sequenceKey("OH") == .home)
    #expect(Terminal.sequenceKey("[F") == .end)
  }

  @Test func thePageKeysAndF1ToF10AreRead() {
    #expect(Terminal.sequenceKey("[5~") == .pageUp)
    #expect(Terminal.sequenceKey("[6~") == .pageDown)
    let functions = ["OP", "OQ", "OR", "OS", "[15~", "[17~", "[18~", "[19~", "[20~", "[21~"]
    #expect(functions.map(Terminal.sequenceKey) == (1...10).map { .function($0) })
  }

  @Test func anUnknownSequenceIsNoKeyAtAll() {
    #expect(Terminal.sequenceKey("[99~") == nil)
  }
}
