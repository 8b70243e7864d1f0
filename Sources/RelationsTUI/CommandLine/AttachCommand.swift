import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations attach CASE FILE [--note TEXT]`: a scanned letter, an ID copy or the
/// authority's decision kept with a case. The content is stored by its SHA-256 in
/// `DATA/attachments/` first, then the case's `case.attached` record is appended
/// (CONTRACTS.md, "Attachments").
struct AttachCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attach",
    abstract: "Attach a file (at most 25 MB) to a case.",
    discussion: """
      Stores the file's content in the office by its SHA-256 (the same content is stored
      once), with the office's mode and group, and records its name, size, type (told by its
      first bytes) and hash on the case. Prints ok ID HASH. A file that is not a regular file
      (a symbolic link, FIFO, folder or device), one larger than 25 MB, a refusal by the
      case's rules or a file the case already holds is one sentence, exit 1; a file that is
      missing or unreadable, or a case id that is not the office's, exits 2.
      """)

  @OptionGroup var data: DataOption

  @Argument(help: "The case's id, e.g. L-000012.")
  var id: String

  @Argument(help: "The file to attach.")
  var file: String

  @Option(help: "What the file is, in a few words.")
  var note: String?

  @Option(help: "The version of the case you saw: refused, naming who changed it, if it moved on.")
  var expect: Int?

  func run() throws {
    guard let caseID = CaseID(id) else {
      throw CommandFailure.usage(
        "\"\(id)\" is not a case id; give one as the desk shows it, e.g. W-000001.")
    }
    let acting = try data.acting()
    let directory = try data.existingOffice()
    let store = try data.store(.readWrite, profile: .desk)
    guard let item = store.cases[caseID] else {
      throw CommandFailure.usage(
        "There is no case \(caseID) in \(directory.path); give the id of one of its cases.")
    }
    let now = Date()
    // Whether the case and the role take a file at all, before any byte is stored.
    let probe = Attachment(
      name: "probe", size: 0, type: MediaType.unknown, sha256: String(repeating: "0", count: 64))
    if let refusal = CaseDecider.refusal(of: .attach(probe), on: item, by: acting, at: now) {
      throw CommandFailure(message: refusal.message, code: 1)
    }
    let attachment: Attachment
    do throws(AttachmentStore.Failure) {
      attachment = try AttachmentStore(directory: directory).store(file: file, note: note)
    } catch {
      // A name of the file system may hold escape sequences: never sent to the terminal.
      throw CommandFailure(
        message: TextLayout.sanitize(error.description), code: error.isInput ? 1 : 2)
    }
    if let held = item.attachments.first(where: { $0.file.sha256 == attachment.sha256 }) {
      throw CommandFailure(
        message:
          "\(caseID) already holds this content (attached as \(TextLayout.sanitize(held.file.name))), so nothing was recorded.",
        code: 1)
    }
    do throws(OfficeStore.Failure) {
      _ = try store.execute(
        .attach(attachment), on: caseID, expectedVersion: expect ?? item.version, by: acting,
        now: now)
    } catch {
      throw CommandFailure(error)
    }
    print("ok \(caseID) \(attachment.sha256)")
  }
}
