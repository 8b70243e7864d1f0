import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

/// Stored text of any length on the desk: a case or a document from the public may hold a
/// megabyte in one word or in 100,000 lines, and the desk draws it from what the box shows
/// (the lines down to the scroll position, the first characters of a cell), never by going
/// over the whole text.
@Suite struct LongStoredTextTests {
  /// One word of 1,000,000 characters, no spaces.
  static let millionCharacterWord = String(repeating: "abcdefghij", count: 100_000)

  /// The desk at 120×40 with a new website case holding `subject` and `body`, selected and
  /// read. The case is stored with short text, then given the long text in the desk's copy:
  /// a megabyte of Arabic is more than one record holds, but the desk must draw it all the
  /// same.
  func desk(
    _ fixture: DeskFixture, subject: String = "Long text", body: String = ""
  ) throws -> (state: AppState, id: CaseID) {
    let opened = try fixture.store.open(on: .website, by: .manager("web"), now: DeskFixture.now) {
      CaseChange.Opening(
        id: $0, kind: .inquiry, subject: "short", body: "short", receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    var item = try #require(state.desk.item(opened.id))
    item.subject = subject
    item.body = body
    state.desk.cases.put(item)
    state.desk.inbox.apply(item)
    state.refreshList()
    let index = try #require(state.inbox.visible.firstIndex(of: opened.id))
    state.select(index)
    state.receive(.tick(DeskFixture.now))
    return (state, opened.id)
  }

  /// The row of the list that shows case `id`.
  func listRow(_ id: CaseID, in grid: CellGrid) throws -> Int {
    let layout = DeskLayout(width: grid.width, height: grid.height)
    return try #require(
      (layout.list.y + 1..<layout.list.y + layout.list.height).first {
        grid.line($0).prefix(layout.list.width).contains(id.description)
      })
  }

  /// The detail pane's rows at 120 columns (it starts at column 73, after a space).
  func detailRows(_ grid: CellGrid) -> [String] {
    let layout = DeskLayout(width: grid.width, height: grid.height)
    return (layout.detail.y..<layout.detail.y + layout.detail.height).map { y in
      String(grid.line(y).dropFirst(layout.detail.x + 1)).trimmingTrailingSpaces
    }
  }

  @Test func aCaseBodyOfOneMillionCharacterWordIsWrappedFromItsBeginning() throws {
    let fixture = try DeskFixture()
    let word = Self.millionCharacterWord
    var (state, _) = try desk(fixture, body: word)
    let rows = detailRows(DeskView.render(state))
    let first = try #require(rows.firstIndex(of: String(word.prefix(46))))
    #expect(rows[first + 1] == String(word.dropFirst(46).prefix(46)))
    #expect(rows.last == String(word.dropFirst(46 * (rows.count - 1 - first)).prefix(46)))

    // Scrolled far into the word, the pane shows whole pieces of it, in order.
    state.inbox.pane = .detail
    state.inbox.detailTop = 10_000
    let scrolled = detailRows(DeskView.render(state))
    let offset = (10_000 - first) * 46
    #expect(scrolled[0] == String(word.dropFirst(offset).prefix(46)))
    #expect(scrolled[1] == String(word.dropFirst(offset + 46).prefix(46)))
  }

  @Test func aCaseBodyOf100000ShortLinesShowsTheLinesAtTheScrollPosition() throws {
    let fixture = try DeskFixture()
    let body = (1...100_000).map { "line \($0)" }.joined(separator: "\n")
    var (state, _) = try desk(fixture, body: body)
    let rows = detailRows(DeskView.render(state))
    let first = try #require(rows.firstIndex(of: "line 1"))
    #expect(rows[first + 1] == "line 2")
    #expect(!rows.contains { $0.hasPrefix("Timeline") })

    state.inbox.pane = .detail
    state.inbox.detailTop = 50_000
    let scrolled = detailRows(DeskView.render(state))
    #expect(scrolled[0] == "line \(50_000 - first + 1)")
    #expect(scrolled[1] == "line \(50_000 - first + 2)")

    // Past the end, the pane stops at the last lines: the body's end and the timeline.
    state.inbox.detailTop = 1_000_000
    let end = detailRows(DeskView.render(state))
    #expect(end.contains("line 100000"))
    #expect(end.contains("Timeline (1 event)"))
  }

  @Test func aSubjectOfOneMillionArabicCharactersIsShapedWhereItShows() throws {
    let fixture = try DeskFixture()
    let subject = String(repeating: "سلام", count: 250_000)
    let (state, id) = try desk(fixture, subject: subject)
    let grid = DeskView.render(state)
    // Shaped and in visual order: a stretch of the repeated word, as FriBidi joins it.
    let joined = Array(Bidi.visual(String(repeating: "سلام", count: 10)).text)
    let stretch = String(joined[12..<28])
    let row = grid.line(try listRow(id, in: grid))
    #expect(row.contains(stretch))
    // Right to left, the cut is on the left: the `…` is followed by joined Arabic letters.
    let cut = try #require(row.firstIndex(of: "…"))
    let after = try #require(row[row.index(after: cut)...].unicodeScalars.first)
    #expect((0xFE70...0xFEFF).contains(after.value))
    // The detail pane wraps the subject at its width, right to left: full lines of it.
    let rows = detailRows(grid).filter { $0.contains(stretch) }
    #expect(rows.count > 10)
  }

  @Test func aSearchMarksWhatShowsOfAMillionCharacterSubject() throws {
    let fixture = try DeskFixture()
    let subject = "needle" + Self.millionCharacterWord
    var (state, id) = try desk(fixture, subject: subject)
    state.inbox.query.search = "needle"
    state.refreshList()
    let grid = DeskView.render(state)
    let y = try listRow(id, in: grid)
    let row = grid.line(y)
    #expect(row.contains("needleabcdefghij"))
    #expect(row.contains("…"))
    let marked = (0..<grid.width).filter { grid[$0, y].style == .match }
    #expect(marked.count == "needle".count)
  }

  @Test func aLibraryDocumentOfOneMillionCharactersIsWrappedFromItsBeginning() throws {
    let fixture = try DeskFixture()
    let word = Self.millionCharacterWord
    var state = fixture.state()
    state.desk.library = [LibraryDocument(id: "huge", title: "Huge", body: word)]
    state.press(.character("5"))
    let layout = DeskLayout(width: state.width, height: state.height)
    let x = min(34, layout.width / 3) + 2
    let width = layout.width - x - 1
    func shown(_ grid: CellGrid) -> [String] {
      (layout.list.y..<layout.noticeRow).map {
        String(grid.line($0).dropFirst(x)).trimmingTrailingSpaces
      }
    }
    let rows = shown(DeskView.render(state))
    #expect(rows[0] == String(word.prefix(width)))
    #expect(rows[1] == String(word.dropFirst(width).prefix(width)))

    state.press(.pageDown, .pageDown)
    let paged = 2 * (layout.content.height - 2)
    let scrolled = shown(DeskView.render(state))
    #expect(scrolled[0] == String(word.dropFirst(paged * width).prefix(width)))
  }
}
