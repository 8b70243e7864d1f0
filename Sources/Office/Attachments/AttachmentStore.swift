import Domain
import Foundation
import Glibc
import JSONStore

/// The office's attachments, stored by content: `DATA/attachments/<sha256>`, with the office's
/// mode and group, never executable (CONTRACTS.md, "Attachments"). The same content attached
/// twice, to one case or to several, is stored once. A file is stored before its event is
/// appended, so a record never names a file the office does not hold.
public struct AttachmentStore: Sendable {
  public let directory: DataDirectory

  public init(directory: DataDirectory) {
    self.directory = directory
  }

  /// The folder the attachments are in.
  public var folder: String { "\(directory.path)/attachments" }

  /// Where the content with this hash is kept.
  public func path(of sha256: String) -> String { "\(folder)/\(sha256)" }

  /// Why a file was not taken or not returned: one sentence, and whether the fault is in
  /// what was given (exit 1) or in the surroundings (exit 2).
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var description: String
    /// The file given is refused as it is (not a regular file, too large, damaged).
    public var isInput: Bool
  }

  /// Reads the file at `source` (never through a symbolic link, only a regular file of at
  /// most 25 MB), stores its content and returns what the case's record says of it.
  public func store(file source: String, note: String? = nil) throws(Failure) -> Attachment {
    let bytes = try Self.readSource(source)
    let hash = LineHash(of: bytes).hex
    try keep(bytes, as: hash)
    let name = (source as NSString).lastPathComponent
    let trimmedNote = note?.trimmingCharacters(in: .whitespacesAndNewlines)
    return Attachment(
      name: name, size: bytes.count, type: MediaType.sniff(Array(bytes.prefix(512))),
      sha256: hash, note: trimmedNote?.isEmpty == false ? trimmedNote : nil)
  }

  /// The content stored under `sha256`, checked to still hash to its name.
  public func content(of sha256: String) throws(Failure) -> [UInt8] {
    let target = path(of: sha256)
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(target, shown: "attachments/\(sha256)")
    } catch {
      if case .io(_, let system) = error, system.code == ENOENT {
        throw Failure(
          description:
            "The office holds no attachment \(sha256); give a hash the case's detail or the events export lists.",
          isInput: true)
      }
      throw Failure(description: "\(error.description); run relations check.", isInput: false)
    }
    guard LineHash(of: bytes).hex == sha256 else {
      throw Failure(
        description:
          "attachments/\(sha256) no longer holds the content it was stored with (it was changed or damaged), so nothing was written; restore it from a backup.",
        isInput: true)
    }
    return bytes
  }

  /// The stored hashes that start with `prefix` (a hash as the desk shows it, shortened).
  public func hashes(startingWith prefix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { Attachment.isHash($0) && $0.hasPrefix(prefix) }.sorted()
  }

  /// Writes `bytes` as `attachments/<hash>`: a temporary file with the office's mode and
  /// group, synced, renamed into place, the folder synced. Content already there (and sound)
  /// is not written again.
  private func keep(_ bytes: [UInt8], as hash: String) throws(Failure) {
    let sharing = directory.sharing
    do {
      try sharing.makeFolder(folder)
    } catch {
      throw Failure(
        description:
          "Cannot make \(folder) (\(error)); check that the office's folder is writable by you.",
        isInput: false)
    }
    let target = path(of: hash)
    if let existing = try? RegularFile.read(target, shown: "attachments/\(hash)"),
      LineHash(of: existing).hex == hash
    {
      return
    }
    do {
      try AtomicFile.replace(target, with: bytes, sharing: sharing)
    } catch {
      let full = error.isNoSpace ? " (the disk is full)" : ""
      throw Failure(
        description:
          "Cannot store the attachment in \(folder)\(full): \(error); nothing was attached.",
        isInput: false)
    }
  }

  /// The content of the file to attach, refused in one sentence when it is not a regular
  /// file, larger than 25 MB, missing or unreadable.
  static func readSource(_ source: String) throws(Failure) -> [UInt8] {
    let limit = Attachment.maximumSize
    var info = stat()
    guard lstat(source, &info) == 0 else {
      let code = errno
      throw Failure(
        description: code == ENOENT
          ? "There is no file \(source); give the path of the file to attach."
          : "Cannot read \(source) (\(String(cString: strerror(code)))); check the path and that you may read it.",
        isInput: false)
    }
    if let kind = Self.kind(of: info.st_mode) {
      throw Failure(
        description:
          "\(source) is \(kind), not a regular file, so nothing was attached; give the file itself.",
        isInput: true)
    }
    // O_NOFOLLOW and O_NONBLOCK: a link or FIFO swapped in after the look cannot be followed
    // or hang the command; fstat then judges what was opened.
    let fd = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else {
      let code = errno
      throw Failure(
        description:
          "Cannot read \(source) (\(String(cString: strerror(code)))); check that you may read it.",
        isInput: false)
    }
    defer { close(fd) }
    guard fstat(fd, &info) == 0, Self.kind(of: info.st_mode) == nil else {
      throw Failure(
        description:
          "\(source) is not a regular file, so nothing was attached; give the file itself.",
        isInput: true)
    }
    let tooLarge = Failure(
      description:
        "\(source) is larger than 25 MB (\(Int(info.st_size)) bytes), so nothing was attached; scan it at a lower resolution or split it.",
      isInput: true)
    guard Int(info.st_size) <= limit else { throw tooLarge }
    // Read to the end, stopping one chunk past the limit, so a file that grew is caught too.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        let code = errno
        throw Failure(
          description:
            "Cannot read \(source) (\(String(cString: strerror(code)))); nothing was attached.",
          isInput: false)
      }
      if got == 0 { break }
      bytes += chunk[0..<got]
    }
    guard bytes.count <= limit else {
      throw Failure(
        description:
          "\(source) is larger than 25 MB, so nothing was attached; scan it at a lower resolution or split it.",
        isInput: true)
    }
    return bytes
  }

  /// What stands at a path instead of a regular file, in words; nil for a regular file.
  static func kind(of mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFLNK: "a symbolic link"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFDIR: "a folder"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }
}
