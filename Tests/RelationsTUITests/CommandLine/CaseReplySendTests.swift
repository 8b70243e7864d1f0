import Domain
import Foundation
import JSONStore
import Office
import Testing

/// `relations case ID reply TEXT --send M`: the reply goes into the outbox by the medium
/// given, by default the case's channel's way back when it reaches the person, and `none`
/// only records it.
@Suite struct CaseReplySendTests {
  /// A new office with a call from a number (P-000001) and a website form with no e-mail
  /// (W-000001).
  func office() throws -> (Scratch, String) {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let lines = [
      #"{"type":"case","channel":"phone","kind":"inquiry","subject":"موعد","contact":{"name":"Ali","phone":"0551234567"},"externalId":"p-1"}"#,
      #"{"type":"case","channel":"website","kind":"inquiry","subject":"موعد","contact":{"name":"Ali","phone":"0551234567"},"externalId":"w-1"}"#,
    ]
    let ingested = try run(
      relationsBinary, ["ingest", "--data", office, "-"],
      input: Data(lines.joined(separator: "\n").utf8))
    #expect(ingested.status == 0, "\(ingested.out) \(ingested.err)")
    return (scratch, office)
  }

  func act(_ office: String, _ id: String, _ arguments: [String]) throws -> (
    status: Int32, out: String, err: String
  ) {
    try run(relationsBinary, ["case", id] + arguments + ["--data", office])
  }

  func outbound(_ office: String, _ id: String) throws -> [OutboundState] {
    let store = try OfficeStore(
      directory: DataDirectory(path: office), office: try OfficeFile.load(directory: office),
      mode: .readOnly)
    return try #require(CaseID(id).flatMap { store.cases[$0] }).outbound
  }

  @Test func aReplyOnACallGoesBySMSUnlessToldOtherwise() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    #expect(try act(office, "P-000001", ["reply", "Sunday", "at", "nine."]).status == 0)
    #expect(
      try act(office, "P-000001", ["reply", "Bring your ID.", "--send", "whatsapp"]).status == 0)
    #expect(
      try act(office, "P-000001", ["reply", "Told at the desk.", "--send", "none"]).status == 0)
    let sent = try outbound(office, "P-000001")
    #expect(sent.map(\.message.medium) == [.sms, .whatsapp])
    #expect(sent.map(\.message.to) == ["+966551234567", "+966551234567"])
    #expect(sent.first?.message.text == "Sunday at nine.")
    #expect(sent.allSatisfy { $0.status == .queued })
  }

  @Test func aReplyOnAWebsiteCaseWithNoEMailIsOnlyRecordedByDefault() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let result = try act(office, "W-000001", ["reply", "We open at nine."])
    #expect(result.status == 0, "\(result.err)")
    #expect(try outbound(office, "W-000001").isEmpty)
  }

  @Test func aMediumThatDoesNotReachThePersonIsRefusedInOneSentence() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let result = try act(office, "W-000001", ["reply", "We open at nine.", "--send", "email"])
    #expect(result.status == 1)
    #expect(
      result.err.trimmingCharacters(in: .newlines)
        .hasSuffix(
          "The contact has no e-mail address to send this by email; choose another way, or record it as given in person or by a call."
        ), "\(result.err)")
    #expect(try outbound(office, "W-000001").isEmpty)
  }

  @Test(arguments: [
    (["reply", "x", "--send", "pigeon"], "sms, whatsapp, email, dm, letter or none"),
    (["note", "x", "--send", "sms"], "--send"),
  ])
  func aMistakeWithSendExitsTwoInOneSentence(arguments: [String], named: String) throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let result = try act(office, "P-000001", arguments)
    #expect(result.status == 2, "\(result.err)")
    #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
    #expect(result.err.contains(named), "\(result.err)")
  }

  @Test func theHelpNamesSend() throws {
    let help = try run(relationsBinary, ["case", "--help"])
    #expect(help.out.contains("--send"))
    #expect(help.out.contains("sms|whatsapp|email|dm|letter|none"))
  }
}
