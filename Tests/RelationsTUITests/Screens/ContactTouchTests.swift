import Domain
import Foundation
import JSONStore
import Testing

@testable import Office
@testable import RelationsTUI

/// A supporter's log (contacts screen, `l`): a time they were thanked or informed, kept on
/// their record with who and when, read back by every desk, shown newest first.
@Suite struct ContactTouchTests {
  @Test func aSupporterThankedAtTheDeskIsKeptOnTheirRecordAndReadBack() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    session.send(.key(.character("4")))
    let person = try #require(session.state.contacts.shown.first)
    session.send(.key(.character("l")))
    #expect(session.state.form?.purpose == .contactTouch(try #require(person.keys.first)))
    session.send(.key(.tab))
    for character in "Thanked for the iftar donation" { session.send(.key(.character(character))) }
    session.send(.key(.control("s")))
    #expect(session.state.form == nil, "\(String(describing: session.state.form?.problem))")
    let touches = try #require(session.state.desk.contacts.contact(for: person.keys[0])).touches
    #expect(touches.map(\.note) == ["Thanked for the iftar donation"])
    #expect(touches.first?.kind == .thanked)
    // Another desk reads it from channels/contacts.jsonl, with who and when from the record.
    let reread = try DeskFixture.openStore(fixture.directory)
    let kept = try #require(reread.contacts.contact(for: person.keys[0])).touches
    #expect(kept.map(\.note) == ["Thanked for the iftar donation"])
    #expect(kept.first?.by == touches.first?.by)
    let text = DeskView.render(session.state).text
    #expect(text.contains("thanked by"), "\(text)")
    #expect(text.contains("Thanked and informed (1)"))
  }

  @Test func aTouchWithNoNoteIsRefusedUnderTheField() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("4"), .character("l"))
    state.press(.control("s"))
    #expect(state.form?.fields.last?.problem == .form(.sayWhatWasSaid))
  }
}
