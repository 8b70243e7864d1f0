import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

/// The flows a new user tries first, end to end through the shell on a demo office, each
/// with the keys it takes: commands counted one by one, typed text as one entry each.
@Suite struct NewUserFlowsTests {
  /// Presses and types through a session, counting what a user does.
  final class Keyboard {
    let session: DeskSession
    private(set) var keys = 0
    private(set) var texts = 0

    init(_ session: DeskSession) { self.session = session }

    func press(_ pressed: KeyPress...) {
      keys += pressed.count
      for key in pressed { session.send(.key(key)) }
    }

    func type(_ text: String) {
      texts += 1
      for character in text { session.send(.key(.character(character))) }
    }
  }

  @Test func aVisitIsRecordedAndResolvedWithSatisfactionInNineKeys() throws {
    let fixture = try DeskFixture()
    let keyboard = Keyboard(try fixture.session(clock: { DeskFixture.now }))
    keyboard.press(.character("n"), .tab, .tab, .tab)  // to Subject
    keyboard.type("Asks about Friday's lesson")
    keyboard.press(.control("s"), .character("r"))
    keyboard.type("Told her the time")
    keyboard.press(.enter, .character("4"), .enter)
    let words = keyboard.session.state.notice?.phrase.words() ?? ""
    #expect(words.contains("4 of 5"), "\(words)")
    let store = try DeskFixture.openStore(fixture.directory)
    let saved = try #require(
      store.cases.values.first { $0.subject == "Asks about Friday's lesson" })
    #expect(saved.status == .resolved)
    #expect(store.responses.contains { $0.caseID == saved.id })
    #expect(keyboard.keys == 9 && keyboard.texts == 2)
  }

  @Test func theMostOverdueComplaintIsTriagedToResolution() throws {
    let fixture = try DeskFixture()
    let keyboard = Keyboard(try fixture.session(clock: { DeskFixture.now }))
    keyboard.press(.character("f"), .tab, .tab, .character("c"), .control("s"))  // complaints only
    let state = keyboard.session.state
    let id = try #require(state.inbox.selectedID)
    #expect(state.desk.item(id)?.kind == .complaint)
    keyboard.press(.character("p"), .character("h"), .enter)  // priority: high
    keyboard.press(.character("a"), .character("s"), .character("a"), .enter)  // to sara
    keyboard.press(.character("x"))
    keyboard.type("Apologised and moved the lesson back")
    keyboard.press(.control("s"))
    let store = try DeskFixture.openStore(fixture.directory)
    let item = try #require(store.cases[id])
    #expect(item.priority == .high && item.assignee == "sara" && item.status == .resolved)
    // The filter form opens on View, its first field: Kind is two Tabs away.
    #expect(keyboard.keys == 14 && keyboard.texts == 1)
  }

  @Test func aPermitIsTakenFromReceivedToNotified() throws {
    let fixture = try DeskFixture()
    let opened = try fixture.store.open(on: .volunteer, by: .manager("huda"), now: DeskFixture.now)
    {
      CaseChange.Opening(id: $0, kind: .permit, subject: "Lecture", receivedAt: DeskFixture.now)
    }
    let keyboard = Keyboard(try fixture.session(clock: { DeskFixture.now }))
    keyboard.press(.character("#"))
    keyboard.type(opened.id.description)
    keyboard.press(.enter)
    #expect(keyboard.session.state.inbox.selectedID == opened.id)
    keyboard.press(.character("P"))
    keyboard.type("REF-1")
    keyboard.press(.control("s"))  // submitted
    keyboard.press(.character("P"), .tab)  // approved, the first choice
    keyboard.type("DEC-1")
    keyboard.press(.control("s"))  // decided
    keyboard.press(.character("P"), .control("s"))  // notified by phone
    let store = try DeskFixture.openStore(fixture.directory)
    #expect(store.cases[opened.id]?.permit?.step == .notified)
    #expect(keyboard.keys == 9 && keyboard.texts == 3)
  }

  @Test func thisQuartersSurveysAreReadByChannelAndByProgram() throws {
    let fixture = try DeskFixture()
    let keyboard = Keyboard(try fixture.session(clock: { DeskFixture.now }))
    keyboard.press(.character("2"), .character("t"), .character("b"))
    var state = keyboard.session.state
    #expect(state.surveys.period?.length == .quarter)
    #expect(state.surveys.breakdown == .channel)
    keyboard.press(.character("b"), .character("b"))
    state = keyboard.session.state
    #expect(state.surveys.breakdown == .program)
    #expect(keyboard.keys == 5 && keyboard.texts == 0)
  }

  @Test func aContactAndALibraryDocumentAreFoundBySearch() throws {
    let fixture = try DeskFixture()
    let keyboard = Keyboard(try fixture.session(clock: { DeskFixture.now }))
    let person = try #require(
      fixture.store.contacts.contacts.first { $0.name != nil }?.name)
    keyboard.press(.character("4"), .character("/"))
    keyboard.type(person)
    keyboard.press(.enter)
    #expect(keyboard.session.state.contacts.shown.first?.name == person)
    keyboard.press(.character("5"), .character("/"))
    keyboard.type("permit")
    keyboard.press(.enter)
    #expect(
      !LibraryScreen.shown(keyboard.session.state.library, keyboard.session.state.desk).isEmpty)
    #expect(keyboard.keys == 6 && keyboard.texts == 2)
  }
}
