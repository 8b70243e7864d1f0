import Domain
import Testing

@testable import RelationsTUI

@Suite struct KeyTableTests {
  @Test func noKeyIsBoundTwiceInOneContextNorOnAScreenAndGlobally() {
    let clashes = KeyTable.clashes(in: KeyTable.bindings)
    #expect(clashes.isEmpty, "\(clashes.map { "\($0.1.label) in \($0.0)" })")
  }

  @Test func twoBindingsOnOneKeyInOneContextAreAClash() {
    let table = [
      KeyBinding([.character("a")], .inbox, .assign),
      KeyBinding([.character("a")], .inbox, .note),
      KeyBinding([.character("a")], .contacts, .editContact),
    ]
    let clashes = KeyTable.clashes(in: table)
    #expect(clashes.count == 1 && clashes.first?.0 == .inbox)
  }

  @Test func aScreenBindingOnAGlobalKeyIsAClash() {
    let table = [
      KeyBinding([.character("q")], .global, .quit),
      KeyBinding([.character("q")], .library, .down),
    ]
    #expect(KeyTable.clashes(in: table).count == 1)
  }

  @Test func aKeyIsLookedUpInItsContext() {
    #expect(KeyTable.action(for: .character("j"), in: .inbox) == .down)
    #expect(KeyTable.action(for: .character("e"), in: .contacts) == .editContact)
    #expect(KeyTable.action(for: .character("e"), in: .inbox) == nil)
    #expect(KeyTable.action(for: .control("s"), in: .form) == .save)
  }

  @Test func everyBindingHasWordsInBothLanguages() {
    for binding in KeyTable.bindings {
      for language in [Language.english, .arabic] {
        let text = UIText(language: language)
        #expect(!text(binding.help).isEmpty)
        if binding.hinted { #expect(!text(binding.hint).isEmpty) }
      }
    }
  }

  @Test func aKeyPressedOnTheWrongScreenSaysWhereItWorks() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("3"))
    state.press(.character("e"))
    #expect(state.form == nil)
    #expect(state.notice?.phrase.words().contains("Contacts (4)") == true)
  }
}
