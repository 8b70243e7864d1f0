import Foundation
import Testing

@Suite struct IngestCommandTests {
  /// One line of each kind, as a bridge sends them.
  static let examples = [
    #"{"type":"case","channel":"website","kind":"inquiry","subject":"موعد البرنامج","body":"متى يبدأ؟","contact":{"name":"Ali","phone":"0551234567","email":"ali@example.org","handle":"@ali"},"receivedAt":"2026-11-24T09:00:00Z","externalId":"form-1","program":"friday-talk","priority":"normal"}"#,
    #"{"type":"message","case":"W-000001","channel":"social","body":"any news?","receivedAt":"2026-11-24T10:00:00Z","externalId":"dm-9"}"#,
    #"{"type":"survey","survey":"service","channel":"phone","case":"W-000001","answers":{"overall":5,"speed":4,"recommend":9,"comment":"شكرا"},"assisted":true,"receivedAt":"2026-11-24T11:00:00Z","externalId":"sv-1"}"#,
  ]

  func office() throws -> (Scratch, String) {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    return (scratch, office)
  }

  /// Every log line of the office, from every channel file.
  func logLines(_ office: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: office + "/channels").flatMap {
      String(
        decoding: try Data(contentsOf: URL(fileURLWithPath: "\(office)/channels/\($0)")),
        as: UTF8.self
      )
      .split(separator: "\n").map(String.init)
    }
  }

  @Test func ingestPrintsOneResultPerLineAndExitsOneWhenAnyWasRejected() throws {
    let (scratch, office) = try office()
    let input = scratch.path + "/in.jsonl"
    try Data((Self.examples + ["not json"]).joined(separator: "\n").utf8).write(
      to: URL(fileURLWithPath: input))
    let result = try run(relationsBinary, ["ingest", "--data", office, input])
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0] == "ok W-000001")
    #expect(lines[3].hasPrefix("error line 4: not valid JSON"))
    #expect(result.status == 1)
    #expect(try run(relationsBinary, ["check", "--data", office]).status == 0)
  }

  @Test func aPermitForAProgramLessThanTwoWeeksAwayIsTakenWithAWarningOnStandardError() throws {
    let (scratch, office) = try office()
    let input = scratch.path + "/in.jsonl"
    try Data(
      [
        #"{"type":"case","channel":"volunteer","kind":"permit","subject":"Lecture","receivedAt":"2026-11-24T09:00:00Z","programDate":"2026-11-30","programPlace":"Al-Rajhi mosque"}"#,
        #"{"type":"case","channel":"volunteer","kind":"permit","subject":"Lecture","receivedAt":"2026-11-24T09:00:00Z","programDate":"2026-12-08"}"#,
        #"{"type":"case","channel":"volunteer","kind":"permit","subject":"Lecture","programDate":"30/11/2026"}"#,
        #"{"type":"case","channel":"volunteer","kind":"inquiry","subject":"When?","programDate":"2026-12-30"}"#,
      ].joined(separator: "\n").utf8
    ).write(to: URL(fileURLWithPath: input))
    let result = try run(relationsBinary, ["ingest", "--data", office, input])
    let lines = result.out.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[0] == "ok T-000001" && lines[1] == "ok T-000002")
    #expect(lines[2].hasPrefix("error line 3: programDate \"30/11/2026\" is not a date"))
    #expect(lines[3].hasPrefix("error line 4: programDate and programPlace are for a permit"))
    let warnings = result.err.split(separator: "\n")
    #expect(warnings.count == 1, "\(result.err)")
    #expect(
      warnings.first?.hasPrefix(
        "warning line 1: T-000001 asks for a permit for a program on 2026-11-30, 6 days away")
        == true, "\(result.err)")
    let log = try logLines(office).joined(separator: "\n")
    #expect(log.contains(#""programDate":"2026-11-30","programPlace":"Al-Rajhi mosque""#))
  }

  @Test func fourIngestsOfTheSameFileAtOnceStoreEachExternalIdOnce() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    var lines: [String] = []
    var externals: [String] = []
    for index in 1...24 {
      let channel = index % 2 == 0 ? "website" : "phone"
      lines.append(
        #"{"type":"case","channel":"\#(channel)","kind":"inquiry","subject":"s\#(index)","externalId":"c-\#(index)"}"#
      )
      externals.append("c-\(index)")
    }
    for index in 1...8 {
      lines.append(
        #"{"type":"survey","survey":"service","channel":"visit","answers":{"overall":4},"externalId":"s-\#(index)"}"#
      )
      externals.append("s-\(index)")
    }
    lines.append(
      #"{"type":"message","case":"W-000002","channel":"website","body":"any news?","externalId":"m-1"}"#
    )
    externals.append("m-1")
    // Each child gets the whole input before any sees its end, so all four open the office
    // and start on the first line together, as four bridges retrying the same batch do.
    let children = try (0..<4).map { _ in
      try ChildProcess(relationsBinary, ["ingest", "--data", office, "-"])
    }
    for child in children {
      for line in lines { child.send(line) }
    }
    for child in children { child.closeInput() }
    for child in children {
      let result = child.finish()
      let printed = result.out.split(separator: "\n")
      #expect(result.status == 0, "\(result.err)")
      #expect(printed.count == lines.count)
      #expect(printed.allSatisfy { $0.hasPrefix("ok ") || $0.hasPrefix("duplicate ") })
    }
    let stored = try logLines(office)
    for external in externals {
      let count = stored.filter { $0.contains(#""externalId":"\#(external)""#) }.count
      #expect(count == 1, "\(external) is stored \(count) times")
    }
  }

  @Test func closedStandardInputReadsAsEmptyInput() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let before = try logLines(office)
    let result = try run(
      "/bin/sh", ["-c", #"exec <&-; exec "$0" ingest --data "$1" -"#, relationsBinary, office])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.isEmpty)
    #expect(try logLines(office) == before)
  }

  @Test func aBlankLineGetsAnErrorOfItsOwnSoEveryLineHasOneResult() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let good = #"{"type":"case","channel":"phone","kind":"inquiry","subject":"x"}"#
    let result = try run(
      relationsBinary, ["ingest", "--data", office, "-"],
      input: Data([good, "   ", "\t", good].joined(separator: "\n").utf8))
    let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(
      Array(lines) == [
        "ok P-000001",
        "error line 2: the line is empty; send one JSON object per line",
        "error line 3: the line is empty; send one JSON object per line",
        "ok P-000002",
      ])
    #expect(result.status == 1)
  }

  @Test func eachLineIsAcknowledgedAsSoonAsItIsSavedWhileStandardInputStaysOpen() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let child = try ChildProcess(relationsBinary, ["ingest", "--data", office, "-"])
    child.send(#"{"type":"case","channel":"phone","kind":"inquiry","subject":"first"}"#)
    #expect(child.readLine() == "ok P-000001")
    child.send(#"{"type":"case","channel":"phone","kind":"inquiry","subject":"second"}"#)
    #expect(child.readLine() == "ok P-000002")
    #expect(child.finish().status == 0)
  }

  @Test(arguments: [
    (#"{"type":"case","channel":"phone","kind":"inquiry","subject":"x","n":1e999}"#, "n: "),
    (
      #"{"type":"survey","survey":"service","channel":"visit","answers":{"overall":1e999}}"#,
      "answers.overall: "
    ),
    (
      #"{"type":"case","channel":"phone","kind":"inquiry","subject":"x","receivedAt":-1e999}"#,
      "receivedAt: "
    ),
  ])
  func aNumberTooLargeToReadIsReportedAsOutOfRangeNamingItsField(line: String, field: String)
    throws
  {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let result = try run(
      relationsBinary, ["ingest", "--data", office, "-"], input: Data(line.utf8))
    #expect(result.out.hasPrefix("error line 1: \(field)"), "\(result.out)")
    #expect(result.out.contains("out of range"), "\(result.out)")
    #expect(result.status == 1)
  }

  @Test(arguments: [
    (#""contact":"x""#, "contact"),
    (#""contact":966551234567"#, "contact"),
    (#""contact":{"phone":966551234567}"#, "contact.phone"),
    (#""contact":{"name":["Ali"]}"#, "contact.name"),
    (#""externalId":42"#, "externalId"),
  ])
  func aFieldOfTheWrongTypeRejectsTheLineNamingTheField(member: String, field: String) throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let line = #"{"type":"case","channel":"phone","kind":"inquiry","subject":"x",\#(member)}"#
    let result = try run(
      relationsBinary, ["ingest", "--data", office, "-"], input: Data(line.utf8))
    #expect(result.out.hasPrefix("error line 1: \(field) must be"), "\(result.out)")
    #expect(result.status == 1)
    #expect(try logLines(office).isEmpty)
  }
}
