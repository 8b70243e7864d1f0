import ArgumentParser
import Domain
import Foundation
import Glibc
import JSONStore
import Office

/// `relations attachment HASH --out FILE`: an attachment's content written back out, outside
/// the office, 0600, after checking it still hashes to its name.
struct AttachmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "attachment",
    abstract: "Write an attachment's content to a file outside the office.",
    discussion: """
      HASH is the attachment's SHA-256 as the events export lists it, or its first 12 or more
      digits as the case's detail shows them. FILE is made 0600; a path inside the office is
      refused, however it is spelt. Content that no longer hashes to its name is refused,
      exit 1, and nothing is written.
      """)

  @OptionGroup var data: DataOption

  @Argument(help: "The attachment's SHA-256 (64 hex digits), or its first 12 or more.")
  var hash: String

  @Option(help: "The file to write (mode 0600), outside the office.")
  var out: String

  func run() throws {
    let directory = try data.existingOffice()
    let acting = try data.acting()
    guard acting.worksAtTheDesk else {
      throw CommandFailure.environment(
        "The account \(acting.account) works at no desk of this office, so it may not read attachments; a manager can change its role: relations staff set-role \(acting.account) ROLE."
      )
    }
    let typed = hash.lowercased()
    guard typed.count >= 12, typed.count <= 64,
      typed.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else {
      throw CommandFailure.usage(
        "\"\(hash)\" is not an attachment's hash; give its SHA-256, or at least its first 12 hex digits."
      )
    }
    if OfficeBoundary(office: directory.path).contains(out) {
      throw CommandFailure.environment(
        "\(out) is inside the office \(directory.path), where it could overwrite the office's own files, so nothing was written; name a file outside the office with --out."
      )
    }
    let attachments = AttachmentStore(directory: directory)
    let full: String
    if Attachment.isHash(typed) {
      full = typed
    } else {
      let matches = attachments.hashes(startingWith: typed)
      guard matches.count == 1, let only = matches.first else {
        throw CommandFailure(
          message: matches.isEmpty
            ? "The office holds no attachment whose hash starts with \(typed); give a hash the case's detail or the events export lists."
            : "\(matches.count) attachments have hashes starting with \(typed); give more digits.",
          code: 1)
      }
      full = only
    }
    let bytes: [UInt8]
    do throws(AttachmentStore.Failure) {
      bytes = try attachments.content(of: full)
    } catch {
      throw CommandFailure(message: error.description, code: error.isInput ? 1 : 2)
    }
    try write(bytes, to: out)
    print("ok \(full) \(out)")
  }

  /// Writes the file private from the first byte, never through a link left at its name.
  private func write(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else {
      let reason = String(cString: strerror(errno))
      throw CommandFailure.environment(
        "Cannot write \(path) (\(reason)); check that the folder exists and is writable.")
    }
    defer { close(fd) }
    fchmod(fd, 0o600)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.write(fd, $0.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw CommandFailure.environment(
          "Cannot write \(path) (\(reason)); nothing usable was written.")
      }
      offset += written
    }
    guard fsync(fd) == 0 else {
      throw CommandFailure.environment("Cannot write \(path) to disk; check the disk.")
    }
  }
}
