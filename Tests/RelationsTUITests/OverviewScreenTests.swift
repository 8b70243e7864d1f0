import Testing

@testable import RelationsTUI

@Suite struct OverviewScreenTests {
  let screen = OverviewScreen(
    officeName: "Demo office", dataPath: "data", user: "huda", date: "2026-11-25",
    rows: [
      .init(channel: "visit", records: 12, problems: 0),
      .init(channel: "phone", records: 3, problems: 1),
    ], message: nil)

  @Test(arguments: [(80, 24), (120, 40), (20, 5)])
  func everyLineIsExactlyTheWidthAndTheScreenExactlyTheHeight(width: Int, height: Int) {
    let lines = screen.render(width: width, height: height)
    #expect(lines.count == height)
    for line in lines { #expect(TextLayout.width(of: line) == width) }
  }

  @Test func showsEachChannelWithItsCountAndTheTotal() {
    let lines = screen.render(width: 80, height: 24)
    #expect(
      lines.contains {
        $0.contains("In-person visit") && $0.contains("visit.jsonl") && $0.contains("12")
      })
    #expect(lines.contains { $0.contains("phone.jsonl") && $0.contains("1 (run relations check)") })
    #expect(lines.contains { $0.contains("All channels") && $0.contains("15") })
    #expect(lines.last?.contains("q quit") == true)
  }
}
