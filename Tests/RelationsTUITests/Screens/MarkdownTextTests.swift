import Testing

@testable import RelationsTUI

/// A library document's Markdown read as styled lines: headings, lists and emphasis
/// instead of raw `#`, `-` and `**`.
@Suite struct MarkdownTextTests {
  @Test func aHeadingLosesItsHashesAndIsStyledAsAHeading() {
    let lines = MarkdownText.lines("# Visiting hours\n\nText", width: 40, limit: 10)
    #expect(lines.first == MarkdownText.Line(text: "Visiting hours", style: .heading))
    #expect(!lines.contains { $0.text.contains("#") })
  }

  @Test func aListItemHasABulletAndAHangingIndent() {
    let lines = MarkdownText.lines(
      "- one item that is long enough to wrap here", width: 20, limit: 10)
    #expect(lines.first?.text.hasPrefix("• ") == true)
    #expect(lines.count > 1 && lines[1].text.hasPrefix("  "))
    let numbered = MarkdownText.lines("2. second", width: 20, limit: 10)
    #expect(numbered.first?.text == "2. second")
  }

  @Test func emphasisMarkersAreTakenOutButSnakeCaseStays() {
    let lines = MarkdownText.lines(
      "Call **before** noon, *not* after; file_name stays", width: 80, limit: 10)
    #expect(lines.first?.text == "Call before noon, not after; file_name stays")
  }

  @Test func onlyTheLinesAskedForAreMade() {
    let body = String(repeating: "- item\n", count: 100_000)
    #expect(MarkdownText.lines(body, width: 40, limit: 5).count == 5)
  }
}
