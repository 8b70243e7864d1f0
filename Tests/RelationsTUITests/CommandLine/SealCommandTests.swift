import Foundation
import JSONStore
import Testing

/// `relations seal` and `relations check --seal FILE`, through the real binary on a demo office.
@Suite struct SealCommandTests {
  /// A demo office and a seal of it, written to a file beside it.
  /// A demo office in a scratch folder and the seal file beside it, removed with the value.
  final class Fixture {
    let scratch = Scratch()
    var office: String { scratch.path + "/o" }
    var seal: String { scratch.path + "/seal.txt" }
  }

  static func sealedOffice() throws -> Fixture {
    let fixture = Fixture()
    let office = fixture.office
    let made = try run(relationsBinary, ["demo", office, "--cases", "40", "--seed", "8"])
    #expect(made.status == 0, "\(made.err)")
    let sealed = try run(relationsBinary, ["seal", "--data", office])
    #expect(sealed.status == 0, "\(sealed.err)")
    try Data(sealed.out.utf8).write(to: URL(fileURLWithPath: fixture.seal))
    return fixture
  }

  /// Appends a few cases to every channel through `relations ingest`.
  static func appendMore(_ office: String, in scratch: Scratch) throws {
    let channels = ["visit", "phone", "social", "letter", "volunteer", "website"]
    let lines = channels.map {
      #"{"type":"case","channel":"\#($0)","kind":"inquiry","subject":"after the seal"}"#
    }
    let ingested = try run(
      relationsBinary, ["ingest", "--data", office, "-"],
      input: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(ingested.status == 0, "\(ingested.out)")
  }

  @Test func aSealIsOneLinePerLogAfterACommentNamingTheOfficeAndTime() throws {
    let fixture = try Self.sealedOffice()
    let (office, seal) = (fixture.office, fixture.seal)
    let lines = String(decoding: LogEdits.bytes(seal), as: UTF8.self).split(separator: "\n")
    #expect(lines.first?.hasPrefix("# relations seal ") == true)
    #expect(lines.first?.hasSuffix("Z") == true)
    let logs = try FileManager.default.contentsOfDirectory(atPath: office + "/channels").sorted()
    #expect(
      lines.dropFirst().map { String($0.split(separator: " ")[0]) } == logs.map { "channels/" + $0 }
    )
    let visit = try #require(lines.first { $0.hasPrefix("channels/visit.jsonl ") })
    let words = visit.split(separator: " ")
    let last = try #require(LogEdits.lines(office + "/channels/visit.jsonl").last)
    #expect(words[1] == "\(try RecordCodec.decode(last).seq)")
    #expect(words[2] == LineHash(of: last).hex)
  }

  @Test func aSealStillHoldsAfterMoreIsAppended() throws {
    let fixture = try Self.sealedOffice()
    let (scratch, office, seal) = (fixture.scratch, fixture.office, fixture.seal)
    try Self.appendMore(office, in: scratch)
    let check = try run(relationsBinary, ["check", "--data", office, "--seal", seal])
    #expect(check.status == 0, "\(check.out)")
    #expect(check.out.contains("clean and extend the seal of "), "\(check.out)")
  }

  @Test func anEditedSealedRecordFailsTheSealNamingTheFileAndSeq() throws {
    let fixture = try Self.sealedOffice()
    let (scratch, office, seal) = (fixture.scratch, fixture.office, fixture.seal)
    try Self.appendMore(office, in: scratch)
    let path = office + "/channels/phone.jsonl"
    try LogEdits.forge(path, line: 3)
    let check = try run(relationsBinary, ["check", "--data", office, "--seal", seal])
    #expect(check.status == 1)
    #expect(
      check.out.contains(
        "channels/phone.jsonl: the hash chain breaks at line 4 (record seq 4), at or before the sealed seq"
      ),
      "\(check.out)")
  }

  @Test func anEditWhoseChainWasForgedToTheEndPassesCheckButNotTheSeal() throws {
    let fixture = try Self.sealedOffice()
    let (scratch, office, seal) = (fixture.scratch, fixture.office, fixture.seal)
    try Self.appendMore(office, in: scratch)
    let path = office + "/channels/phone.jsonl"
    let sealedSeq = try #require(
      String(decoding: LogEdits.bytes(seal), as: UTF8.self).split(separator: "\n").first {
        $0.hasPrefix("channels/phone.jsonl ")
      }?.split(separator: " ")[1])
    try LogEdits.forge(path, line: 3, rechain: true)
    #expect(try run(relationsBinary, ["check", "--data", office]).status == 0)
    let check = try run(relationsBinary, ["check", "--data", office, "--seal", seal])
    #expect(check.status == 1)
    #expect(
      check.out.contains(
        "channels/phone.jsonl: the record with seq \(sealedSeq) is not the one sealed"),
      "\(check.out)")
  }

  @Test func aTruncatedOrMissingLogFailsTheSealNamingTheFileAndSeq() throws {
    let fixture = try Self.sealedOffice()
    let (office, seal) = (fixture.office, fixture.seal)
    let path = office + "/channels/website.jsonl"
    let sealedSeq = try RecordCodec.decode(try #require(LogEdits.lines(path).last)).seq
    try LogEdits.write(Array(LogEdits.lines(path).prefix(5)), to: path)
    try FileManager.default.removeItem(atPath: office + "/channels/letter.jsonl")
    let check = try run(relationsBinary, ["check", "--data", office, "--seal", seal])
    #expect(check.status == 1)
    #expect(
      check.out.contains(
        "channels/website.jsonl: sealed at seq \(sealedSeq), but the log now ends at seq "),
      "\(check.out)")
    #expect(check.out.contains("channels/letter.jsonl: sealed at seq "), "\(check.out)")
    #expect(check.out.contains("but the log is missing from the office"), "\(check.out)")
  }

  @Test(arguments: [
    ("channels/visit.jsonl 12\n", "seal.txt:1: expected FILE SEQ HASH"),
    ("../../etc/passwd 1 -\n", "seal.txt:1: ../../etc/passwd is not a log of an office"),
    (
      "# relations seal x 2026-11-26T08:00:00Z\nchannels/visit.jsonl 3 abc\n",
      "seal.txt:2: abc is not a hash"
    ),
    ("# only a comment\n", "seal.txt:1: it seals no log"),
  ])
  func aSealFileThatIsNotASealIsRefusedNamingItsLine(text: String, said: String) throws {
    let fixture = try Self.sealedOffice()
    let (scratch, office) = (fixture.scratch, fixture.office)
    let seal = scratch.path + "/seal.txt"
    try Data(text.utf8).write(to: URL(fileURLWithPath: seal))
    let check = try run(relationsBinary, ["check", "--data", office, "--seal", seal])
    #expect(check.status == 2)
    #expect(
      check.err.contains(scratch.path + "/" + said) || check.err.contains(said), "\(check.err)")
  }

  @Test func aBrokenChainIsNamedWhenSealing() throws {
    let fixture = try Self.sealedOffice()
    let office = fixture.office
    try LogEdits.forge(office + "/channels/visit.jsonl", line: 2)
    let sealed = try run(relationsBinary, ["seal", "--data", office])
    #expect(sealed.status == 1)
    #expect(sealed.out.contains("channels/visit.jsonl "), "the seal is still printed")
    #expect(
      sealed.err.contains("channels/visit.jsonl:3: record seq 3 does not follow"), "\(sealed.err)")
  }
}
