import Foundation
import Testing

@testable import RelationsTUI

/// A phone call and a letter typed in at the desk in a real terminal (`N`): the channel
/// chosen first, its own fields last, each case in its channel's log under its prefix.
extension TerminalSessionTests {
  @Test func aPhoneCallAndALetterAreRecordedAtTheDeskInTheirOwnLogs() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("newcase", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("newcase", "\(relationsBinary) --data \(office) --lang en")
    try keys("newcase", "Enter")
    #expect(try waitFor(15) { try screen("newcase").contains("1 Inbox") })

    func saved(_ prefix: String) throws -> String? {
      var id: String?
      _ = try waitFor(5) {
        let shown = try screen("newcase")
        guard let range = shown.range(of: "Saved as \(prefix)-\\d{6}", options: .regularExpression)
        else { return false }
        id = String(shown[range].suffix(8))
        return true
      }
      return id
    }

    try keys("newcase", "N")
    #expect(try waitFor(5) { try screen("newcase").contains("New case") })
    try text("newcase", "ph")
    try keys("newcase", "Enter")  // Phone, and on to the number
    try text("newcase", "0551234567")
    try keys("newcase", "Tab", "Tab", "Tab")
    try text("newcase", "Asks when the autumn course starts")
    try keys("newcase", "Tab", "Tab", "Tab", "Tab", "Tab")  // to Call
    try text("newcase", "in")
    try keys("newcase", "Enter", "C-s")
    let call = try #require(try saved("P"))
    #expect(try waitFor(5) { try screen("newcase").contains("incoming call") })

    try keys("newcase", "N")
    #expect(try waitFor(5) { try screen("newcase").contains("New case") })
    try text("newcase", "let")
    try keys("newcase", "Enter", "Tab", "Tab", "Tab")  // Letters; past Phone, Name, Kind
    try text("newcase", "Thanks for the Quran circle")
    try keys("newcase", "Tab", "Tab", "Tab", "Tab", "Tab")  // to Letter reference
    try text("newcase", "12/44")
    try keys("newcase", "Tab")
    try text("newcase", "2026-11-20")
    try keys("newcase", "Tab")
    try text("newcase", "post")
    try keys("newcase", "Enter", "C-s")
    let letter = try #require(try saved("L"))
    #expect(try waitFor(5) { try screen("newcase").contains("reference 12/44") })

    func record(_ channel: String, _ id: String) throws -> String? {
      try String(contentsOfFile: office + "/channels/\(channel).jsonl", encoding: .utf8)
        .split(separator: "\n").map(String.init)
        .first { $0.contains("\"stream\":\"\(id)\"") && $0.contains("\"type\":\"case.opened\"") }
    }
    let callRecord = try #require(try record("phone", call))
    #expect(callRecord.contains(#""direction":"in""#) && callRecord.contains(#""party":"#))
    let letterRecord = try #require(try record("letter", letter))
    #expect(letterRecord.contains(#""reference":"12/44""#))
    #expect(letterRecord.contains(#""letterDate":"2026-11-20""#))
    #expect(letterRecord.contains(#""arrival":"post""#))
    try keys("newcase", "C-c")
  }

  @Test func aSocialMessageAWebsiteFormAndVolunteerServiceAreRecordedInTheirOwnLogs() throws {
    let scratch = Scratch()
    let office = try copyOfTheBundledOffice(into: scratch)
    #expect(start("channels", width: 120, height: 40) == 0, "tmux must be installed")
    defer { _ = try? tmux("kill-server") }
    try text("channels", "\(relationsBinary) --data \(office) --lang en")
    try keys("channels", "Enter")
    #expect(try waitFor(15) { try screen("channels").contains("1 Inbox") })
    for (word, prefix, channel) in [
      ("soc", "S", "social"), ("web", "W", "website"), ("vol", "T", "volunteer"),
    ] {
      try keys("channels", "N")
      #expect(try waitFor(5) { try screen("channels").contains("New case") }, "\(channel)")
      try text("channels", word)
      try keys("channels", "Enter", "Tab", "Tab", "Tab")  // the channel; past Phone, Name, Kind
      let subject = "Typed in from \(channel)"
      try text("channels", subject)
      try keys("channels", "C-s")
      var id: String?
      #expect(
        try waitFor(5) {
          let shown = try screen("channels")
          guard
            let range = shown.range(of: "Saved as \(prefix)-\\d{6}", options: .regularExpression)
          else { return false }
          id = String(shown[range].suffix(8))
          return true
        }, "\(channel): \((try? screen("channels")) ?? "")")
      let saved = try #require(id)
      let log = try String(contentsOfFile: office + "/channels/\(channel).jsonl", encoding: .utf8)
      #expect(
        log.split(separator: "\n").contains {
          $0.contains("\"stream\":\"\(saved)\"") && $0.contains(subject)
        }, "\(channel)")
    }
    try keys("channels", "C-c")
  }
}
