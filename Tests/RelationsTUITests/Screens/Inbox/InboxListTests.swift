import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The inbox list in words: channels and kinds spelled out, ages with their unit, and the
/// assignee by the name the detail and the status bar give them.
@Suite struct InboxListTests {
  @Test func theListAndTheDetailNameTheAssigneeAlike() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 120, height: 40)
    let row = try #require(
      state.inbox.visible.compactMap { state.desk.inbox[$0] }.first { $0.assignee != nil })
    state.inbox.selectedID = row.id
    state.receive(.tick(DeskFixture.now))
    let name = state.desk.staffName(try #require(row.assignee))
    #expect(name != row.assignee)
    let screen = DeskView.render(state).text
    let listed = screen.split(separator: "\n").filter { $0.contains(row.id.description) }
    let shown = Bidi.visual(String(TextLayout.head(name, columns: 10))).text
    #expect(listed.contains { $0.contains(shown) })
    #expect(!listed.contains { $0.contains(" \(row.assignee ?? "") ") })
  }

  @Test(arguments: [80, 100, 120])
  func theColumnsStayPutWhileTheListScrolls(width: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: 24)
    state.press(.character("v"), .character("v"), .character("v"), .character("v"))
    #expect(state.inbox.query.view == .all && state.inbox.visible.count > 20)
    func heading() -> String? {
      DeskView.render(state).text.split(separator: "\n").map(String.init)
        .first { $0.contains("Subject") }?.split(separator: "│").first.map(String.init)
    }
    let top = try #require(heading())
    state.press(.character("G"))
    #expect(heading() == top)
    for _ in 0..<20 { state.press(.character("k")) }
    #expect(heading() == top)
  }

  @Test func arabicHeadingsAreKeptApartByMoreThanOneBlank() throws {
    let fixture = try DeskFixture()
    let state = fixture.state(width: 120, height: 40, language: .arabic)
    let heading = DeskView.render(state).line(2)
    let kind = Bidi.visual("النوع").text
    let subject = Bidi.visual("الموضوع").text
    // Right to left: the subject's heading is drawn to the left of the kind's.
    #expect(heading.contains(subject + "  " + kind))
  }

  @Test func headingsAndCellsStartAtTheSameEdgeOfTheirColumn() throws {
    let fixture = try DeskFixture()
    let state = fixture.state(width: 120, height: 40)
    let grid = DeskView.render(state)
    let heading = Array(grid.line(2))
    let row = Array(grid.line(3))
    let age = try #require(heading.indices.first { String(heading[$0...].prefix(3)) == "Age" })
    // The age cell starts where its heading does, whatever its length ("2 weeks", "9 days").
    #expect(row[age] != " ")
    #expect(row[age - 1] == " ")
  }

  @Test func kindsAndAgesAreWordsNotCodes() throws {
    let fixture = try DeskFixture()
    let screen = DeskView.render(fixture.state(width: 120, height: 40)).text
    for code in [" inq ", " cmpl ", " prmt ", " VOL ", " VIS ", " SOC "] {
      #expect(!screen.contains(code), "\(code) still shown")
    }
    #expect(screen.contains(" weeks") || screen.contains(" days") || screen.contains(" hours"))
  }

  @Test func anArabicAgeIsANumberAndAWord() {
    let text = UIText(language: .arabic)
    #expect(DateText.age(16 * 7 * 86_400, text) == "16 أسبوعًا")
    #expect(DateText.age(43 * 3_600, text) == "43 ساعة")
    #expect(DateText.age(3 * 86_400, text) == "3 أيام")
  }

  @Test func anAccountNotOnTheStaffGetsAnExplainedEmptyMine() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 80, height: 24, user: "visitor")
    state.press(.character("v"))
    #expect(state.inbox.query.view == .mine)
    let screen = DeskView.render(state).text
    #expect(screen.contains("visitor is not on the office's staff list"))
  }
}
