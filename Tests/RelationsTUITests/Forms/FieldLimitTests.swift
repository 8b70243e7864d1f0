import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Each field takes a sensible length; what goes past it is refused with a sentence under
/// the field, and nothing already typed is lost.
@Suite struct FieldLimitTests {
  @Test func fiveThousandDigitsPastedIntoPhoneLeaveThe32ThatFitAndSaySo() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    state.type(String(repeating: "0123456789", count: 500))
    let phone = try #require(state.form?.fields.first { $0.id == "phone" })
    #expect(phone.value == String(String(repeating: "0123456789", count: 4).prefix(32)))
    #expect(
      phone.problem?.words()
        == "Phone takes at most 32 characters; what went past that was not added.")
    #expect(DeskView.render(state).text.contains("Phone takes at most 32 characters"))
  }

  @Test func theSentenceIsInArabicInTheArabicDesk() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(language: .arabic)
    state.press(.character("n"))
    state.type(String(repeating: "5", count: 40))
    let phone = try #require(state.form?.fields.first { $0.id == "phone" })
    #expect(phone.value.count == 32)
    #expect(phone.problem?.words(.arabic).contains("32") == true)
    #expect(phone.problem?.words(.arabic).contains("الجوال") == true)
  }

  @Test func deletingMakesRoomAndTheSentenceGoes() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    state.type(String(repeating: "5", count: 33))
    state.press(.backspace)
    state.type("7")
    let phone = try #require(state.form?.fields.first { $0.id == "phone" })
    #expect(phone.value == String(repeating: "5", count: 31) + "7")
    #expect(phone.problem == nil)
  }

  @Test func aRefusedKeyKeepsWhatWasTypedAndAsksNoNewDraft() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"), .tab)
    state.type(String(repeating: "a", count: FieldLimit.name))
    let effects = state.type("bc")
    #expect(effects.isEmpty)
    #expect(
      state.form?.value(IntakeForm.Field.name) == String(repeating: "a", count: FieldLimit.name))
  }

  @Test func theLimitsAreThoseDocumented() {
    let form = IntakeForm.make(
      office: OfficeConfiguration(name: LocalizedText(arabic: "م", english: "o")))
    let limits = Dictionary(uniqueKeysWithValues: form.fields.map { ($0.id, $0.limit) })
    #expect(limits["phone"] == 32)
    #expect(limits["name"] == 120)
    #expect(limits["subject"] == 200)
    #expect(limits["details"] == 10_000)
  }
}

@Suite struct SearchLimitTests {
  @Test func aSearchTakesAtMost200CharactersAndSaysSo() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("/"))
    state.type(String(repeating: "q", count: 250))
    #expect(state.inbox.searching?.text.count == FieldLimit.line)
    #expect(
      state.notice?.phrase.words()
        == "A search takes at most 200 characters; what went past that was not added.")
  }
}
