import Domain
import Foundation
import JSONStore
import Testing

@testable import RelationsTUI

/// When recovery sets bytes aside (a write cut short, found at open or while the desk runs),
/// the desk says so: one notice naming the log and the quarantine file.
@Suite struct RecoveryNoticeTests {
  func tear(_ fixture: DeskFixture, _ channel: String) throws {
    let handle = try #require(FileHandle(forWritingAtPath: fixture.directory.channelPath(channel)))
    handle.seekToEndOfFile()
    handle.write(Data(#"{"v":1,"seq":99999,"id":"torn"#.utf8))
    try handle.close()
  }

  func quarantined(_ fixture: DeskFixture) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: fixture.directory.path + "/quarantine"))
      ?? []).sorted()
  }

  @Test func aTornTailCutAtOpenIsNamedWithItsQuarantineFile() throws {
    let fixture = try DeskFixture()
    try tear(fixture, "visit")
    let session = try fixture.session(store: try DeskFixture.openStore(fixture.directory))
    let file = try #require(quarantined(fixture).first)
    let notice = try #require(session.state.notice)
    #expect(notice.phrase.words().contains("channels/visit.jsonl"))
    #expect(notice.phrase.words().contains("quarantine/\(file)"))
    #expect(notice.tone == .error)
    #expect(DeskView.render(session.state).text.contains("channels/visit.jsonl"))
  }

  @Test func aTornTailCutWhileTheDeskRunsIsNamedToo() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    #expect(session.state.notice == nil)
    try tear(fixture, "phone")
    session.poll()
    let file = try #require(quarantined(fixture).first)
    let notice = try #require(session.state.notice)
    #expect(notice.phrase.words().contains("channels/phone.jsonl"))
    #expect(notice.phrase.words().contains("quarantine/\(file)"))
  }

  @Test func theNoticeIsInArabicInTheArabicDesk() throws {
    let fixture = try DeskFixture()
    try tear(fixture, "letter")
    let session = try fixture.session(
      store: try DeskFixture.openStore(fixture.directory), language: .arabic)
    let notice = try #require(session.state.notice)
    #expect(notice.phrase.words().contains("channels/letter.jsonl"))
    #expect(notice.phrase.words(.arabic).contains("الحجر"))
  }

  @Test func aRestoredDraftDoesNotHideTheNotice() throws {
    let fixture = try DeskFixture()
    var form = IntakeForm.make(office: fixture.store.office)
    form.set(IntakeForm.Field.subject, "Typed before the crash")
    DraftStore(dataPath: fixture.directory.path, user: "huda").save(form)
    try tear(fixture, "visit")
    let session = try fixture.session(store: try DeskFixture.openStore(fixture.directory))
    session.restoreDraft()
    #expect(session.state.form?.value(IntakeForm.Field.subject) == "Typed before the crash")
    #expect(session.state.notice?.phrase.words().contains("channels/visit.jsonl") == true)
  }
}
