import Domain
import Foundation
import Glibc
import JSONStore
import Office
import Testing

/// `relations attach` and `relations attachment` through the real binary: a file stored,
/// recorded, listed by the exports and returned; and the files refused, each with one
/// sentence, its exit code, and nothing recorded.
@Suite struct AttachCommandTests {
  /// A new office with one letter (L-000001).
  func office() throws -> (Scratch, String) {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    let line =
      #"{"type":"case","channel":"letter","kind":"permit","subject":"تصريح معرض الشتاء","contact":{"name":"Ali"},"externalId":"l-1"}"#
    let ingested = try run(
      relationsBinary, ["ingest", "--data", office, "-"], input: Data(line.utf8))
    #expect(ingested.status == 0, "\(ingested.err)")
    return (scratch, office)
  }

  func reread(_ office: String) throws -> Case? {
    let store = try OfficeStore(
      directory: DataDirectory(path: office), office: try OfficeFile.load(directory: office),
      mode: .readOnly)
    return CaseID("L-000001").flatMap { store.cases[$0] }
  }

  func file(_ path: String, _ bytes: [UInt8]) -> String {
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    return path
  }

  @Test func aFileIsAttachedListedByTheExportsAndReturnedIntact() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let pdf = Array("%PDF-1.4\n".utf8) + (0..<2000).map { UInt8($0 % 251) }
    let source = file(scratch.path + "/decision.pdf", pdf)
    let attached = try run(
      relationsBinary,
      ["attach", "L-000001", source, "--note", "the authority's decision", "--data", office])
    #expect(attached.status == 0, "\(attached.err)")
    let hash = LineHash(of: pdf).hex
    #expect(attached.out == "ok L-000001 \(hash)\n")
    let item = try #require(try reread(office))
    #expect(
      item.attachments.map(\.file) == [
        Attachment(
          name: "decision.pdf", size: pdf.count, type: "application/pdf", sha256: hash,
          note: "the authority's decision")
      ])
    #expect(item.attachments.first?.by == OSAccount.current)

    let events = try run(
      relationsBinary, ["export", "--data", office, "--format", "jsonl", "--what", "events"])
    #expect(events.out.contains(#""type":"case.attached""#))
    #expect(events.out.contains(#""sha256":"\#(hash)""#))
    let cases = try run(relationsBinary, ["export", "--data", office, "--format", "csv"])
    let rows = cases.out.split(separator: "\r\n")
    #expect(rows.first?.hasSuffix(",events,attachments,party,mergedInto") == true)
    // A permit request on no stated party is a volunteer's (ContactRole.presumed).
    #expect(rows.dropFirst().first?.hasSuffix(",1,volunteer,") == true)

    let out = scratch.path + "/back.pdf"
    let returned = try run(
      relationsBinary, ["attachment", String(hash.prefix(12)), "--out", out, "--data", office])
    #expect(returned.status == 0, "\(returned.err)")
    #expect(Array(try #require(FileManager.default.contents(atPath: out))) == pdf)
    var info = stat()
    #expect(stat(out, &info) == 0)
    #expect(info.st_mode & 0o777 == 0o600)
  }

  @Test func theSameContentTwiceIsStoredOnceAndRefusedOnTheSameCase() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let first = file(scratch.path + "/id.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
    let again = file(scratch.path + "/id-copy.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3])
    #expect(try run(relationsBinary, ["attach", "L-000001", first, "--data", office]).status == 0)
    let version = try #require(try reread(office)).version
    let refused = try run(relationsBinary, ["attach", "L-000001", again, "--data", office])
    #expect(refused.status == 1)
    #expect(
      refused.err
        == "L-000001 already holds this content (attached as id.jpg), so nothing was recorded.\n")
    #expect(try reread(office)?.version == version)
    let stored = try FileManager.default.contentsOfDirectory(atPath: office + "/attachments")
    #expect(stored.count == 1)
  }

  @Test func aLinkAFIFOAndAFileOverTheLimitAreRefusedWithExitOne() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let real = file(scratch.path + "/real.pdf", Array("%PDF".utf8))
    let link = scratch.path + "/link.pdf"
    #expect(symlink(real, link) == 0)
    let fifo = scratch.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let big = scratch.path + "/big.tif"
    #expect(truncate(file(big, []), off_t(Attachment.maximumSize + 1)) == 0)
    let expected = [
      (
        link,
        "\(link) is a symbolic link, not a regular file, so nothing was attached; give the file itself.\n"
      ),
      (
        fifo,
        "\(fifo) is a FIFO (named pipe), not a regular file, so nothing was attached; give the file itself.\n"
      ),
      (
        big,
        "\(big) is larger than 25 MB (26214401 bytes), so nothing was attached; scan it at a lower resolution or split it.\n"
      ),
    ]
    for (path, sentence) in expected {
      let refused = try run(relationsBinary, ["attach", "L-000001", path, "--data", office])
      #expect(refused.status == 1, "\(path)")
      #expect(refused.err == sentence)
    }
    #expect(try reread(office)?.attachments.isEmpty == true)
  }

  @Test func aMissingFileOrAnUnknownCaseExitsTwo() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let missing = try run(
      relationsBinary, ["attach", "L-000001", scratch.path + "/none.pdf", "--data", office])
    #expect(missing.status == 2)
    #expect(
      missing.err
        == "There is no file \(scratch.path)/none.pdf; give the path of the file to attach.\n")
    let real = file(scratch.path + "/a.txt", Array("hello".utf8))
    let unknown = try run(relationsBinary, ["attach", "L-000009", real, "--data", office])
    #expect(unknown.status == 2)
    #expect(unknown.err.hasPrefix("There is no case L-000009 in"))
    #expect(!FileManager.default.fileExists(atPath: office + "/attachments"))
  }

  @Test func anAttachmentIsNotWrittenInsideTheOfficeNorReturnedWhenItsContentChanged() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let source = file(scratch.path + "/note.txt", Array("the original".utf8))
    let attached = try run(relationsBinary, ["attach", "L-000001", source, "--data", office])
    let hash = try #require(attached.out.split(separator: " ").last.map { String($0.dropLast()) })
    let inside = try run(
      relationsBinary,
      ["attachment", hash, "--out", office + "/channels/../copy.txt", "--data", office])
    #expect(inside.status == 2)
    #expect(inside.err.contains("is inside the office"))
    #expect(!FileManager.default.fileExists(atPath: office + "/copy.txt"))

    let stored = office + "/attachments/" + hash
    #expect(FileManager.default.createFile(atPath: stored, contents: Data("tampered".utf8)))
    let out = scratch.path + "/back.txt"
    let damaged = try run(relationsBinary, ["attachment", hash, "--out", out, "--data", office])
    #expect(damaged.status == 1)
    #expect(damaged.err.contains("no longer holds the content it was stored with"))
    #expect(!FileManager.default.fileExists(atPath: out))
  }

  @Test func aNameHoldingAnEscapeSequenceNeverReachesTheTerminalRaw() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let name = scratch.path + "/scan\u{1B}]0;owned\u{07}.pdf"
    #expect(FileManager.default.createFile(atPath: name, contents: Data("%PDF-1.4".utf8)))
    #expect(try run(relationsBinary, ["attach", "L-000001", name, "--data", office]).status == 0)
    let again = try run(relationsBinary, ["attach", "L-000001", name, "--data", office])
    #expect(again.status == 1)
    #expect(!again.err.contains("\u{1B}") && !again.err.contains("\u{07}"))
    #expect(again.err.contains("scan\u{241B}]0;owned\u{2407}.pdf"))
  }

  @Test func checkNamesAnAttachmentWhoseContentNoLongerHashesToItsName() throws {
    let (scratch, office) = try office()
    defer { withExtendedLifetime(scratch) {} }
    let source = file(scratch.path + "/id.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    let attached = try run(relationsBinary, ["attach", "L-000001", source, "--data", office])
    let hash = try #require(attached.out.split(separator: " ").last.map { String($0.dropLast()) })
    let clean = try run(relationsBinary, ["check", "--data", office])
    #expect(clean.status == 0, "\(clean.out)")
    #expect(
      FileManager.default.createFile(
        atPath: office + "/attachments/" + hash, contents: Data("x".utf8)))
    let damaged = try run(relationsBinary, ["check", "--data", office])
    #expect(damaged.status == 1)
    #expect(
      damaged.out.contains(
        "attachments/\(hash):0: the content no longer hashes to its name (changed or damaged); restore it from a backup"
      ), "\(damaged.out)")
  }
}
