import Domain
import Foundation
import JSONStore
import Office
import Testing

@Suite struct CaseActionCommandTests {
  /// A new office with an inquiry (W-000001, with a low survey score asking for a
  /// follow-up) and a permit request (W-000002).
  func office() throws -> (Scratch, String) {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let lines = [
      #"{"type":"case","channel":"website","kind":"inquiry","subject":"موعد","body":"متى؟","contact":{"name":"Ali","phone":"0551234567"},"externalId":"c-1"}"#,
      #"{"type":"case","channel":"website","kind":"permit","subject":"تصريح","body":"نحتاج تصريحا","contact":{"name":"Ali","phone":"0551234567"},"externalId":"c-2"}"#,
      #"{"type":"survey","survey":"service","channel":"phone","case":"W-000001","answers":{"overall":1},"externalId":"s-1"}"#,
    ]
    let ingested = try run(
      relationsBinary, ["ingest", "--data", office, "-"],
      input: Data(lines.joined(separator: "\n").utf8))
    #expect(ingested.status == 0, "\(ingested.out) \(ingested.err)")
    return (scratch, office)
  }

  /// Runs `relations case ID …` on the office.
  func act(_ office: String, _ id: String, _ arguments: [String]) throws -> (
    status: Int32, out: String, err: String
  ) {
    try run(relationsBinary, ["case", id] + arguments + ["--data", office])
  }

  /// The case as a store opened afresh reads it.
  func reread(_ office: String, _ id: String) throws -> Case? {
    let directory = DataDirectory(path: office)
    let store = try OfficeStore(
      directory: directory, office: try OfficeFile.load(directory: office), mode: .readOnly)
    return CaseID(id).flatMap { store.cases[$0] }
  }

  @Test func eachActionPrintsOkAndChangesTheCase() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let me = OSAccount.current
    let steps: [(String, [String], (Case) -> Bool)] = [
      ("W-000001", ["assign", me], { $0.assignee == me }),
      ("W-000001", ["priority", "urgent"], { $0.priority == .urgent }),
      ("W-000001", ["follow-up", "done", "apologised"], { $0.followUp?.isOpen == false }),
      ("W-000001", ["note", "called", "back"], { _ in true }),
      ("W-000001", ["reply", "We open at nine."], { _ in true }),
      ("W-000001", ["wait", "the", "programme", "dates"], { $0.status == .waiting }),
      ("W-000001", ["resume"], { $0.status != .waiting }),
      ("W-000001", ["resolve", "Told", "the", "dates"], { $0.status == .resolved }),
      ("W-000001", ["close"], { $0.status == .closed }),
      ("W-000001", ["reopen", "asked", "again"], { $0.status != .closed }),
      (
        "W-000002", ["permit", "submitted", "--reference", "A-17", "--date", "2026-03-01"],
        { $0.permit?.authorityReference == "A-17" }
      ),
      (
        "W-000002", ["permit", "decided", "approved", "--reference", "D-9"],
        { $0.permit?.step == .approved }
      ),
      (
        "W-000002", ["permit", "notified", "--how", "sms", "--text", "sent the number"],
        { $0.permit?.step != .approved }
      ),
    ]
    for (id, arguments, changed) in steps {
      let before = try reread(office, id)
      let result = try act(office, id, arguments)
      #expect(result.status == 0, "\(arguments): \(result.err)")
      #expect(result.out == "ok \(id)\n", "\(arguments)")
      let after = try #require(try reread(office, id))
      // A decision also queues its notice to the requester, who can be reached by SMS.
      let events = arguments.starts(with: ["permit", "decided"]) ? 2 : 1
      #expect(after.version == (before?.version ?? 0) + events, "\(arguments)")
      #expect(changed(after), "\(arguments)")
    }
    let notes = try #require(try reread(office, "W-000001"))
    #expect(notes.resolution == "Told the dates")
  }

  @Test func aCaseIsLinkedToAnotherAndMergedIntoItAndAnUnknownOneIsRefused() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    #expect(try act(office, "W-000002", ["link", "W-000001"]).out == "ok W-000002\n")
    #expect(try reread(office, "W-000002")?.links == [CaseID(channel: .website, number: 1)])
    let unknown = try act(office, "W-000002", ["merge", "W-000099"])
    #expect(unknown.status == 2)
    #expect(unknown.err.contains("There is no case W-000099"), "\(unknown.err)")
    let notAnID = try act(office, "W-000002", ["merge", "soon"])
    #expect(notAnID.status == 2)
    #expect(notAnID.err.contains("\"soon\" is not a case id"), "\(notAnID.err)")
    // A closed case takes no merge: the request would end up on a case nobody works on.
    #expect(try act(office, "W-000001", ["resolve", "answered"]).status == 0)
    #expect(try act(office, "W-000001", ["close"]).status == 0)
    let intoClosed = try act(office, "W-000002", ["merge", "W-000001"])
    #expect(intoClosed.status == 1)
    #expect(intoClosed.err.contains("The case is closed"), "\(intoClosed.err)")
    #expect(try act(office, "W-000001", ["reopen", "asked again"]).status == 0)
    #expect(try act(office, "W-000002", ["merge", "W-000001"]).out == "ok W-000002\n")
    // Nor a case merged already, so two cases never merge into each other.
    let back = try act(office, "W-000001", ["merge", "W-000002"])
    #expect(back.status == 1)
    #expect(back.err.contains("merged into W-000001"), "\(back.err)")
    #expect(try reread(office, "W-000002")?.mergedInto == CaseID(channel: .website, number: 1))
    let afterwards = try act(office, "W-000002", ["note", "late"])
    #expect(afterwards.status == 1)
    #expect(afterwards.err.contains("merged into W-000001"), "\(afterwards.err)")
  }

  @Test func resolvingAResolvedCaseIsRefusedInOneSentence() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    #expect(try act(office, "W-000001", ["resolve", "done"]).status == 0)
    let again = try act(office, "W-000001", ["resolve", "done", "again"])
    #expect(again.status == 1)
    #expect(again.out.isEmpty)
    #expect(again.err.split(separator: "\n").count == 1, "\(again.err)")
    #expect(again.err.contains("resolved"), "\(again.err)")
  }

  @Test func aStaleExpectedVersionIsRefusedNamingWhoAndWhen() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let seen = try #require(try reread(office, "W-000001")).version
    #expect(try act(office, "W-000001", ["note", "first"]).status == 0)
    let stale = try act(office, "W-000001", ["note", "second", "--expect", "\(seen)"])
    #expect(stale.status == 1)
    #expect(stale.err.contains("by \(OSAccount.current)"), "\(stale.err)")
    #expect(stale.err.contains(" at 20"), "\(stale.err)")
    #expect(try reread(office, "W-000001")?.version == seen + 1)
  }

  @Test func aTemplateReplyWithAnUnfilledPlaceholderIsRefusedNamingIt() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    try Data("# Dates\nDear {{name}}, the programme starts on {{date}}.".utf8).write(
      to: URL(fileURLWithPath: office + "/templates/dates.md"))
    let before = try #require(try reread(office, "W-000001")).version
    let refused = try act(office, "W-000001", ["reply", "--template", "dates"])
    #expect(refused.status == 1)
    #expect(refused.err.contains("{{date}}"), "\(refused.err)")
    #expect(!refused.err.contains("{{name}}"), "the name is filled from the case")
    #expect(try reread(office, "W-000001")?.version == before)
    let filled = try act(
      office, "W-000001", ["reply", "Dear Ali, it starts on 1 March.", "--template", "dates"])
    #expect(filled.status == 0, "\(filled.err)")
  }

  @Test(arguments: [
    ("W-999999", ["note", "x"], "W-999999"),
    ("nonsense", ["note", "x"], "nonsense"),
    ("W-000001", ["assign", "nobody-here"], "nobody-here"),
    ("W-000001", ["priority", "asap"], "asap"),
    ("W-000001", ["note"], "note"),
    ("W-000001", ["shout", "x"], "shout"),
    ("W-000001", ["note", "x", "--how", "sms"], "--how"),
    ("W-000002", ["permit", "submitted"], "--reference"),
    ("W-000002", ["permit", "submitted", "--reference", "R", "--date", "tomorrow"], "tomorrow"),
    ("W-000002", ["permit", "notified", "--how", "pigeon"], "pigeon"),
    ("W-000001", ["reply", "--template", "missing"], "missing"),
  ])
  func aMistakeInTheCommandExitsTwoInOneSentence(
    id: String, arguments: [String], named: String
  ) throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let result = try act(office, id, arguments)
    #expect(result.status == 2, "\(result.err)")
    #expect(result.err.split(separator: "\n").count == 1, "\(result.err)")
    #expect(result.err.contains(named), "\(result.err)")
  }
}
