import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Forms on screen: however long a field's text, only what fits the box is measured,
/// shaped and drawn.
@Suite struct FormViewTests {
  /// The visit form with `details` in its Details field, the caret at its end.
  func intake(details: String, focus: String = "details") throws -> AppState {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    var form = try #require(state.form)
    form.set(IntakeForm.Field.details, details)
    form.focus = try #require(form.fields.firstIndex { $0.id == focus })
    state.overlay = .form(form)
    return state
  }

  func row(containing label: String, in grid: CellGrid) -> String? {
    (0..<grid.height).map(grid.line).first { $0.contains(label) }
  }

  @Test func aDetailsFieldOf200000CharactersIsDrawnAroundItsCaret() throws {
    let text = String(repeating: "abcdefghij", count: 20_000) + "THE END"
    let state = try intake(details: text)
    let grid = DeskView.render(state)
    let details = try #require(row(containing: "Details", in: grid))
    #expect(details.contains("abcdefghijTHE END"))
    #expect(!details.contains("…"))
  }

  @Test func a200000CharacterArabicLineIsShapedOnlyWhereItShows() throws {
    let text = String(repeating: "سلام ", count: 40_000) + "النهاية"
    let state = try intake(details: text)
    let grid = DeskView.render(state)
    let shown = Bidi.visual("سلام النهاية").text
    #expect(grid.text.contains(shown))
  }

  @Test func anUnfocusedLongFieldShowsItsBeginningCutWithAnEllipsis() throws {
    let text = "START" + String(repeating: "x", count: 200_000)
    let state = try intake(details: text, focus: "phone")
    let grid = DeskView.render(state)
    let details = try #require(row(containing: "Details", in: grid))
    #expect(details.contains("STARTxxx"))
    #expect(details.contains("x…"))
  }

  @Test func manyLinesShowTheOnesAroundTheCaret() throws {
    let lines = (1...50_000).map { "line \($0)" }.joined(separator: "\n")
    let state = try intake(details: lines)
    let text = DeskView.render(state).text
    #expect(text.contains("line 49998"))
    #expect(text.contains("line 50000"))
    #expect(!text.contains("line 49997"))
  }
}
