import Domain
import Foundation
import JSONStore
import Office
import Testing

@testable import RelationsTUI

/// An office this account cannot write opens read-only: a banner says so and why, and
/// saving is refused with a sentence while what was typed stays on screen.
@Suite struct ReadOnlyDeskTests {
  let reason = ReadOnlyReason(cause: .noPermission, path: "channels/visit.jsonl")

  @Test func theBannerSaysTheOfficeIsReadOnlyAndWhy() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.desk.readOnly = reason
    let shown = DeskView.render(state).text
    #expect(shown.contains("Read-only"))
    #expect(
      shown.contains(
        "The office is open read-only: this account may not write channels/visit.jsonl"))
  }

  @Test func theBannerIsInArabicInTheArabicDesk() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(language: .arabic)
    state.desk.readOnly = reason
    let banner = try #require(DeskView.banner(state))
    #expect(banner.contains("للقراءة فقط"))
    #expect(banner.contains("channels/visit.jsonl"))
  }

  @Test func ctrlSKeepsTheFormOpenWithWhatWasTypedAndSaysItCannotBeSaved() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.desk.readOnly = reason
    state.press(.character("n"), .tab, .tab, .tab)
    state.type("Asks about the Friday lesson")
    let effects = state.press(.control("s"))
    #expect(!effects.contains { if case .openVisit = $0 { true } else { false } })
    #expect(state.form?.value(IntakeForm.Field.subject) == "Asks about the Friday lesson")
    #expect(state.form?.problem?.words().contains("read-only, so this cannot be saved") == true)
  }

  @Test func aSessionOnAReadOnlyStoreAppendsNothing() throws {
    let fixture = try DeskFixture()
    let store = try OfficeStore(
      directory: fixture.directory, office: fixture.store.office, mode: .readOnly,
      profile: .desk)
    let visits = fixture.directory.channelPath("visit")
    let before = try Data(contentsOf: URL(fileURLWithPath: visits))
    let surveys = try SurveyFile.loadAll(directory: fixture.directory.path)
    let session = DeskSession(
      store: store, drafts: DraftStore(dataPath: fixture.directory.path, user: "huda"),
      user: "huda", surveys: surveys, templates: fixture.templates(),
      language: .english, width: 120, height: 40, now: DeskFixture.now, readOnly: reason)
    session.press(.character("n"), .tab, .tab, .tab)
    session.type("Asks about the Friday lesson")
    session.press(.control("s"))
    #expect(session.state.form?.value(IntakeForm.Field.subject) == "Asks about the Friday lesson")
    #expect(session.state.form?.problem?.words().contains("cannot be saved") == true)
    #expect(try Data(contentsOf: URL(fileURLWithPath: visits)) == before)
    // A note on a case is refused the same way.
    let selected = try #require(session.state.inbox.selectedID)
    let log = fixture.directory.channelPath(selected.channel.rawValue)
    let logBefore = try Data(contentsOf: URL(fileURLWithPath: log))
    session.press(.escape, .character("y"), .character("c"))
    session.type("Called")
    session.press(.control("s"))
    #expect(session.state.form?.value(CaseAction.Field.text) == "Called")
    #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == logBefore)
  }

  @Test func aFolderThisAccountMayNotWriteIsNamed() throws {
    guard geteuid() != 0 else {
      // Root writes whatever the modes say; the tmux test runs the desk as nobody instead.
      return
    }
    let fixture = try DeskFixture()
    chmod(fixture.directory.channelPath("visit"), 0o400)
    defer { chmod(fixture.directory.channelPath("visit"), 0o600) }
    #expect(
      ReadOnlyReason.check(fixture.directory)
        == ReadOnlyReason(cause: .noPermission, path: "channels/visit.jsonl"))
  }

  @Test func aWritableOfficeHasNoReason() throws {
    let fixture = try DeskFixture()
    #expect(ReadOnlyReason.check(fixture.directory) == nil)
  }
}
