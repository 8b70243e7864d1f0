import Office
import Domain
import Foundation
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
    let documents = LibraryScreen.shown(state)
    #expect(documents.count == state.desk.library.count + state.desk.templates.count)
    #expect(!state.desk.library.isEmpty)
    state.press(.character("j"))
    let second = documents[1]
    let shown = DeskView.render(state).text
    let firstLine = String(second.body.split(separator: "\n")[0])
    #expect(shown.contains(Bidi.visual(firstLine).text))
  }

  @Test func aSearchNarrowsTheDocumentsAndMarksTheWords() throws {
    let fixture = try DeskFixture()
    var state = libraryState(fixture)
    let all = LibraryScreen.shown(state).count
    state.press(.character("/"))
    state.type("تصريح")
    #expect(state.screen == .library)
    let found = LibraryScreen.shown(state)
    #expect(!found.isEmpty && found.count < all)
    let grid = DeskView.render(state)
    #expect(grid.cells.contains { $0.style == .match })
    state.press(.escape)
    #expect(LibraryScreen.shown(state).count == all)
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
