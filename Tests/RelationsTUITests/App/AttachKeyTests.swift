import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

/// `A` on a case: the prompt for a file's path and a note, what saving asks of the shell,
/// the file stored and recorded by a real session, and the detail listing it with a name
/// that never reaches the terminal raw.
@Suite struct AttachKeyTests {
  @Test func aOpensThePromptAndSavingAsksTheShellToAttachTheFile() throws {
    let fixture = try DeskFixture()
    var (state, item) = try CaseActionRefusalTests.desk(fixture, after: [])
    state.press(.character("A"))
    #expect(state.form?.purpose == .attach(item.id, version: item.version))
    // Nothing typed: said under the path, nothing asked of the shell.
    #expect(state.press(.control("s")).isEmpty)
    #expect(state.form?.fields.first?.problem == .attachment(.pathRequired))
    state.type("/home/huda/scans/letter.pdf")
    state.press(.tab)
    state.type("the authority's answer")
    let effects = state.press(.control("s"))
    #expect(
      effects.contains(
        .attachFile(
          AttachForm.Request(path: "/home/huda/scans/letter.pdf", note: "the authority's answer"),
          on: item.id, expectedVersion: item.version)))
  }

  @Test func aClosedCaseTakesNoFileAndTheDeskSaysWhyAtOnce() throws {
    let fixture = try DeskFixture()
    var (state, _) = try CaseActionRefusalTests.desk(
      fixture, after: [.resolve(resolution: "done"), .close])
    state.press(.character("A"))
    #expect(state.overlay == nil)
    #expect(state.notice?.tone == .error)
  }

  @Test func aFileAttachedAtTheDeskIsStoredRecordedAndListedInTheDetail() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session(user: "huda")
    let target = try #require(session.state.inbox.selectedID)
    // A name made to move the cursor and clear the screen if it reached the terminal raw.
    let name = "scan\u{1B}[2J\u{07}.png"
    let source = fixture.scratch.path + "/" + name
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]
    #expect(FileManager.default.createFile(atPath: source, contents: Data(png)))
    session.press(.character("A"))
    session.type(source)
    session.press(.control("s"))
    #expect(session.state.overlay == nil, "\(String(describing: session.state.form?.problem))")
    let reread = try DeskFixture.openStore(fixture.directory)
    let file = try #require(reread.cases[target]?.attachments.last?.file)
    #expect(file.name == name)
    #expect(file.type == "image/png")
    #expect(
      FileManager.default.fileExists(atPath: fixture.directory.path + "/attachments/" + file.sha256)
    )
    session.press(.tab)
    let shown = DeskView.render(session.state).text
    #expect(shown.contains("Attachments (1)"))
    #expect(shown.contains(String(file.sha256.prefix(12))))
    #expect(!shown.contains("\u{1B}") && !shown.contains("\u{07}"))
  }

  @Test func aFIFOChosenAtTheDeskIsRefusedUnderTheFormAndNothingIsRecorded() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session(user: "huda")
    let target = try #require(session.state.inbox.selectedID)
    let version = session.state.desk.item(target)?.version
    let fifo = fixture.scratch.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    session.press(.character("A"))
    session.type(fifo)
    session.press(.control("s"))
    let problem = session.state.form?.problem?.words() ?? ""
    #expect(problem.contains("is a FIFO (named pipe), not a regular file"), "\(problem)")
    #expect(try DeskFixture.openStore(fixture.directory).cases[target]?.version == version)
  }
}
