import Foundation
import Testing

@testable import RelationsTUI

/// The satisfaction question after a visit answered on the spot, in a real terminal: it
/// starts unanswered, a digit chooses, Enter confirms, and the notice reads the score back.
extension TerminalSessionTests {
  @Test func theVisitorsScoreIsChosenByADigitConfirmedWithEnterAndReadBack() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("score", width: 100, height: 30) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("score", "\(relationsBinary) --data \(office) --lang en")
    try keys("score", "Enter")
    #expect(try waitFor(15) { try screen("score").contains("1 Inbox") })

    try keys("score", "n")
    #expect(try waitFor(5) { try screen("score").contains("New in-person visit") })
    try keys("score", "Tab", "Tab", "Tab")
    try text("score", "Asks when the score lesson starts")
    try keys("score", "C-s")
    var caseID = ""
    #expect(
      try waitFor(5) {
        let shown = try screen("score")
        guard let range = shown.range(of: #"V-\d{6}"#, options: .regularExpression),
          shown.contains("Case number")
        else { return false }
        caseID = String(shown[range])
        return true
      })
    try keys("score", "r")
    try text("score", "Gave the timetable")
    try keys("score", "Enter")
    // The score starts unanswered, and the keys under it say digits choose.
    #expect(try waitFor(5) { try screen("score").contains("1–5 choose") })
    #expect(try screen("score").contains("— type 1–5"))
    try text("score", "4")
    #expect(try waitFor(5) { try screen("score").contains("[4]") })
    try keys("score", "Enter")
    #expect(try waitFor(5) { try screen("score").contains("\(caseID): 4 of 5, satisfied") })

    let visits = try String(contentsOfFile: office + "/channels/visit.jsonl", encoding: .utf8)
    let recorded = visits.split(separator: "\n").filter {
      $0.contains("\"stream\":\"\(caseID)\"") && $0.contains("\"type\":\"survey.recorded\"")
    }
    #expect(recorded.count == 1 && recorded.first?.contains("\"primary\":4") == true)
    try keys("score", "C-c")
  }
}
