import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

@Suite struct LibraryScreenTests {
  func libraryState(_ fixture: DeskFixture, width: Int = 120, height: Int = 40) -> AppState {
    var state = fixture.state(width: width, height: height)
    state.desk.library = LibraryDocuments.load(directory: fixture.directory.path)
    state.press(.character("5"))
    return state
  }

  @Test func theDocumentsAndTemplatesAreListedAndTheSelectedOneIsShown() throws {
    let fixture = try DeskFixture()
    var state = libraryState(fixture)
    let documents = LibraryScreen.shown(state.library, state.desk)
    #expect(documents.count == state.desk.library.count + state.desk.templates.count)
    #expect(!state.desk.library.isEmpty)
    state.press(.character("j"))
    let second = documents[1]
    let shown = DeskView.render(state).text
    // The document's first line is its Markdown heading: shown without its "#".
    let firstLine = String(second.body.split(separator: "\n")[0].drop { $0 == "#" || $0 == " " })
    #expect(shown.contains(Bidi.visual(firstLine).text))
    #expect(!shown.contains(Bidi.visual("# " + firstLine).text))
  }

  @Test func aSearchScrollsTheDocumentToItsFirstMatch() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let filler = (1...200).map { "Line \($0) of the rules." }.joined(separator: "\n")
    state.desk.library = [
      LibraryDocument(id: "long", title: "Long", body: filler + "\nThe needle is here.")
    ]
    state.desk.templates = []
    state.press(.character("5"), .character("/"))
    state.type("needle")
    #expect(state.library.top > 150)
    #expect(DeskView.render(state).text.contains("The needle is here."))
  }

  @Test func aTemplateIsListedByItsTitleAndReadWithoutItsFrontMatter() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.desk.library = []
    state.desk.templates = [
      ReplyTemplate(
        id: "sorry.en", body: "---\nkinds: complaint\n---\n# We are sorry\nDear {{name}}")
    ]
    state.press(.character("5"))
    let shown = DeskView.render(state).text
    #expect(shown.contains("We are sorry"))
    #expect(!shown.contains("sorry.en") && !shown.contains("kinds: complaint"))
  }

  @Test func aSearchNarrowsTheDocumentsAndMarksTheWords() throws {
    let fixture = try DeskFixture()
    var state = libraryState(fixture)
    let all = LibraryScreen.shown(state.library, state.desk).count
    state.press(.character("/"))
    state.type("تصريح")
    #expect(state.screen == .library)
    let found = LibraryScreen.shown(state.library, state.desk)
    #expect(!found.isEmpty && found.count < all)
    let grid = DeskView.render(state)
    #expect(grid.cells.contains { $0.style == .match })
    state.press(.escape)
    #expect(LibraryScreen.shown(state.library, state.desk).count == all)
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theLibraryMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    let state = libraryState(fixture, width: width, height: height)
    Snapshot.check(DeskView.render(state).text, "desk-library-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicLibraryMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.desk.library = LibraryDocuments.load(directory: fixture.directory.path)
    state.press(.character("5"))
    Snapshot.check(DeskView.render(state).text, "desk-library-ar-\(width)x\(height)")
  }
}
