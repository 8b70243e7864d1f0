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

  /// What stands at a path instead of a regular file.
  public enum FileKind: String, Sendable, Equatable {
    case symbolicLink = "a symbolic link"
    case fifo = "a FIFO (named pipe)"
    case folder = "a folder"
    case device = "a device"
    case socket = "a socket"
    case other = "not a regular file"
  }

  /// Why a file was not taken or not returned.
  public enum Reason: Sendable, Equatable {
    case missing(path: String)
    case notRegular(path: String, FileKind)
    /// Larger than 25 MB: its size when known.
    case tooLarge(path: String, bytes: Int?)
    /// The file could not be opened or read: the system's reason.
    case unreadable(path: String, String)
    /// The content could not be written into the office: the system's reason, and whether
    /// the disk is full.
    case cannotStore(String, full: Bool)
    case notHeld(hash: String)
    /// The stored content no longer hashes to its name.
    case damaged(hash: String)
    /// The stored content could not be read: the reason.
    case unreadableStored(hash: String, String)
  }

  /// Why a file was not taken or not returned: one sentence (English, for the command line;
  /// the desk says `reason` in its language), and whether the fault is in what was given
  /// (exit 1) or in the surroundings (exit 2).
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var reason: Reason

    public init(_ reason: Reason) { self.reason = reason }

    /// The file given is refused as it is (not a regular file, too large, damaged, unknown).
    public var isInput: Bool {
      switch reason {
      case .notRegular, .tooLarge, .notHeld, .damaged: true
      case .missing, .unreadable, .cannotStore, .unreadableStored: false
      }
    }

    public var description: String {
      switch reason {
      case .missing(let path): "There is no file \(path); give the path of the file to attach."
      case .notRegular(let path, let kind):
        "\(path) is \(kind.rawValue), not a regular file, so nothing was attached; give the file itself."
      case .tooLarge(let path, let bytes):
        "\(path) is larger than 25 MB\(bytes.map { " (\($0) bytes)" } ?? ""), so nothing was attached; scan it at a lower resolution or split it."
      case .unreadable(let path, let why):
        "Cannot read \(path) (\(why)); check the path and that you may read it."
      case .cannotStore(let why, let full):
        "Cannot store the attachment in the office\(full ? " (the disk is full)" : ""): \(why); nothing was attached."
      case .notHeld(let hash):
        "The office holds no attachment \(hash); give a hash the case's detail or the events export lists."
      case .damaged(let hash):
        "attachments/\(hash) no longer holds the content it was stored with (it was changed or damaged), so nothing was written; restore it from a backup."
      case .unreadableStored(let hash, let why):
        "Cannot read attachments/\(hash) (\(why)); run relations check."
      }
    }
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
        throw Failure(.notHeld(hash: sha256))
      }
      throw Failure(.unreadableStored(hash: sha256, error.description))
    }
    guard LineHash(of: bytes).hex == sha256 else {
      throw Failure(.damaged(hash: sha256))
    }
    return bytes
  }

  /// The stored hashes that start with `prefix` (a hash as the desk shows it, shortened).
  public func hashes(startingWith prefix: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { Attachment.isHash($0) && $0.hasPrefix(prefix) }.sorted()
  }

  /// The stored attachments that are not what their name says, each with one sentence: content
  /// that no longer hashes to its name, or something other than a regular file in its place.
  /// Every stored file is read and hashed (`relations check`).
  public func problems() -> [(name: String, reason: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    var found: [(name: String, reason: String)] = []
    for name in names.sorted() where Attachment.isHash(name) {
      do throws(Failure) {
        _ = try content(of: name)
      } catch {
        switch error.reason {
        case .damaged:
          found.append(
            (
              "attachments/\(name)",
              "the content no longer hashes to its name (changed or damaged); restore it from a backup"
            ))
        case .notHeld:
          break  // removed while being listed
        default:
          found.append(("attachments/\(name)", error.description))
        }
      }
    }
    return found
  }

  /// Writes `bytes` as `attachments/<hash>`: a temporary file with the office's mode and
  /// group, synced, renamed into place, the folder synced. Content already there (and sound)
  /// is not written again.
  private func keep(_ bytes: [UInt8], as hash: String) throws(Failure) {
    let sharing = directory.sharing
    do {
      try sharing.makeFolder(folder)
    } catch {
      throw Failure(.cannotStore(error.description, full: error.isNoSpace))
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
      throw Failure(.cannotStore(error.description, full: error.isNoSpace))
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
        code == ENOENT
          ? .missing(path: source) : .unreadable(path: source, String(cString: strerror(code))))
    }
    if let kind = Self.kind(of: info.st_mode) {
      throw Failure(.notRegular(path: source, kind))
    }
    // O_NOFOLLOW and O_NONBLOCK: a link or FIFO swapped in after the look cannot be followed
    // or hang the command; fstat then judges what was opened.
    let fd = open(source, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else {
      let code = errno
      throw Failure(.unreadable(path: source, String(cString: strerror(code))))
    }
    defer { close(fd) }
    guard fstat(fd, &info) == 0 else {
      throw Failure(.unreadable(path: source, String(cString: strerror(errno))))
    }
    if let kind = Self.kind(of: info.st_mode) { throw Failure(.notRegular(path: source, kind)) }
    guard Int(info.st_size) <= limit else {
      throw Failure(.tooLarge(path: source, bytes: Int(info.st_size)))
    }
    // Read to the end, stopping one chunk past the limit, so a file that grew is caught too.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(info.st_size))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while bytes.count <= limit {
      let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if got < 0 {
        if errno == EINTR { continue }
        let code = errno
        throw Failure(.unreadable(path: source, String(cString: strerror(code))))
      }
      if got == 0 { break }
      bytes += chunk[0..<got]
    }
    guard bytes.count <= limit else {
      throw Failure(.tooLarge(path: source, bytes: nil))
    }
    return bytes
  }

  /// What stands at a path instead of a regular file; nil for a regular file.
  static func kind(of mode: mode_t) -> FileKind? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFLNK: .symbolicLink
    case S_IFIFO: .fifo
    case S_IFDIR: .folder
    case S_IFCHR, S_IFBLK: .device
    case S_IFSOCK: .socket
    default: .other
    }
  }
}
