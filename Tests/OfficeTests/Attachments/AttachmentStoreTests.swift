import Domain
import Foundation
import Glibc
import JSONStore
import Testing

@testable import Office

/// Attachments stored by content with real files: the SHA-256 name, one copy of one content,
/// the office's modes, and the files that are refused (a link, a FIFO, a folder, a device,
/// one over 25 MB) with a sentence and nothing stored.
@Suite struct AttachmentStoreTests {
  let scratch = Scratch()

  var office: DataDirectory { DataDirectory(path: scratch.path + "/office") }

  init() throws {
    try FileManager.default.createDirectory(
      atPath: scratch.path + "/office", withIntermediateDirectories: true)
    chmod(scratch.path + "/office", 0o700)
  }

  func write(_ name: String, _ text: String) -> String {
    let path = scratch.path + "/" + name
    #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)))
    return path
  }

  func mode(_ path: String) -> mode_t {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
  }

  func stored() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: office.path + "/attachments")) ?? [])
      .sorted()
  }

  func failure(_ body: () throws -> Void) -> AttachmentStore.Failure? {
    do {
      try body()
      return nil
    } catch let failure as AttachmentStore.Failure {
      return failure
    } catch {
      Issue.record("unexpected \(error)")
      return nil
    }
  }

  @Test func aFileIsStoredUnderItsSHA256WithTheNameSizeAndSniffedType() throws {
    let source = write("letter.pdf", "abc")
    let attachment = try AttachmentStore(directory: office).store(file: source, note: " thanks ")
    // The SHA-256 of "abc" (FIPS 180-2, appendix B.1).
    let hash = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    #expect(
      attachment
        == Attachment(
          name: "letter.pdf", size: 3, type: "text/plain; charset=utf-8", sha256: hash,
          note: "thanks"))
    #expect(stored() == [hash])
    let copy = try #require(
      FileManager.default.contents(atPath: office.path + "/attachments/" + hash))
    #expect(Array(copy) == Array("abc".utf8))
    #expect(try AttachmentStore(directory: office).content(of: hash) == Array("abc".utf8))
  }

  @Test func theSameContentUnderTwoNamesIsStoredOnceAndNoTemporaryFileStays() throws {
    let store = AttachmentStore(directory: office)
    let first = try store.store(file: write("scan-1.png", "same bytes"))
    let second = try store.store(file: write("scan-2.png", "same bytes"))
    #expect(first.sha256 == second.sha256)
    #expect(first.name == "scan-1.png")
    #expect(second.name == "scan-2.png")
    #expect(stored() == [first.sha256])
  }

  @Test func aPrivateOfficeKeepsAttachmentsPrivateAndNeverExecutable() throws {
    let attachment = try AttachmentStore(directory: office).store(file: write("a.txt", "x"))
    #expect(mode(office.path + "/attachments") == 0o700)
    #expect(mode(office.path + "/attachments/" + attachment.sha256) == 0o600)
  }

  @Test func aSharedOfficeGivesAttachmentsItsGroupAndModes() throws {
    chmod(office.path, 0o2770)
    var info = stat()
    #expect(stat(office.path, &info) == 0)
    let group = info.st_gid
    let attachment = try AttachmentStore(directory: office).store(file: write("a.txt", "y"))
    let file = office.path + "/attachments/" + attachment.sha256
    #expect(mode(office.path + "/attachments") == 0o2770)
    #expect(mode(file) == 0o660)
    #expect(stat(file, &info) == 0)
    #expect(info.st_gid == group)
  }

  @Test func aSymbolicLinkIsRefusedEvenToARegularFile() throws {
    let target = write("real.pdf", "%PDF-1.4")
    let link = scratch.path + "/link.pdf"
    #expect(symlink(target, link) == 0)
    let refused = failure { _ = try AttachmentStore(directory: office).store(file: link) }
    #expect(refused?.reason == .notRegular(path: link, .symbolicLink))
    #expect(refused?.isInput == true)
    #expect(
      refused?.description
        == "\(link) is a symbolic link, not a regular file, so nothing was attached; give the file itself."
    )
    #expect(stored().isEmpty)
  }

  @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
    let fifo = scratch.path + "/pipe"
    #expect(mkfifo(fifo, 0o600) == 0)
    let refused = failure { _ = try AttachmentStore(directory: office).store(file: fifo) }
    #expect(refused?.reason == .notRegular(path: fifo, .fifo))
    #expect(stored().isEmpty)
  }

  @Test func aFolderAndADeviceAreRefused() throws {
    let store = AttachmentStore(directory: office)
    #expect(
      failure { _ = try store.store(file: scratch.path) }?.reason
        == .notRegular(path: scratch.path, .folder))
    #expect(
      failure { _ = try store.store(file: "/dev/null") }?.reason
        == .notRegular(path: "/dev/null", .device))
  }

  @Test func aFileOverTwentyFiveMegabytesIsRefusedAndNothingIsStored() throws {
    let big = scratch.path + "/big.tif"
    let fd = open(big, O_WRONLY | O_CREAT, 0o600)
    #expect(fd >= 0)
    // Sparse: 25 MB and one byte without writing them.
    #expect(ftruncate(fd, off_t(Attachment.maximumSize + 1)) == 0)
    close(fd)
    let refused = failure { _ = try AttachmentStore(directory: office).store(file: big) }
    #expect(refused?.reason == .tooLarge(path: big, bytes: Attachment.maximumSize + 1))
    #expect(refused?.isInput == true)
    #expect(stored().isEmpty)
  }

  @Test func aMissingFileIsAnEnvironmentErrorNamingIt() {
    let missing = scratch.path + "/nowhere.pdf"
    let refused = failure { _ = try AttachmentStore(directory: office).store(file: missing) }
    #expect(refused?.reason == .missing(path: missing))
    #expect(refused?.isInput == false)
    #expect(
      refused?.description == "There is no file \(missing); give the path of the file to attach.")
  }

  @Test func storedContentThatNoLongerHashesToItsNameIsNotReturned() throws {
    let store = AttachmentStore(directory: office)
    let attachment = try store.store(file: write("id.txt", "original"))
    let path = office.path + "/attachments/" + attachment.sha256
    chmod(path, 0o600)
    #expect(FileManager.default.createFile(atPath: path, contents: Data("changed".utf8)))
    #expect(
      failure { _ = try store.content(of: attachment.sha256) }?.reason
        == .damaged(hash: attachment.sha256))
    let unknown = String(repeating: "1", count: 64)
    #expect(failure { _ = try store.content(of: unknown) }?.reason == .notHeld(hash: unknown))
    // Storing the same content again repairs the damaged copy.
    _ = try store.store(file: write("id-again.txt", "original"))
    #expect(try store.content(of: attachment.sha256) == Array("original".utf8))
  }

  @Test func aHashIsFoundByItsFirstDigits() throws {
    let store = AttachmentStore(directory: office)
    let attachment = try store.store(file: write("a.txt", "prefix"))
    #expect(store.hashes(startingWith: String(attachment.sha256.prefix(12))) == [attachment.sha256])
    #expect(store.hashes(startingWith: "zzzz").isEmpty)
  }
}
