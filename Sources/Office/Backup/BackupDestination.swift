import Foundation
import Glibc
import JSONStore

/// The folder a backup is written to: made like an office and private to the account running
/// the backup (0700, files 0600) unless it already exists with other modes (a shared folder,
/// setgid 2770, gives the group's modes), and marked by `backup.json` so that no other folder
/// (a live office, someone's home) is ever written into. One backup at a time: the folder is
/// locked while a backup runs.
struct BackupDestination {
  /// The marker's name: `{"source": the office's path, "completedAt": when the last backup
  /// ended, "verified": whether it verified}`.
  static let marker = "backup.json"

  let directory: DataDirectory
  /// The open folder, locked (`flock`) for as long as this value lives.
  private let lock: Int32

  /// Makes (or checks) `path` as the backup of `source` and locks it.
  init(path: String, source: DataDirectory) throws {
    let target = DataDirectory(path: path)
    let sourceBoundary = OfficeBoundary(office: source.path)
    if sourceBoundary.contains(path) {
      throw OfficeBackup.Failure(
        description:
          "\(path) is inside the office \(source.path) (or is the office); name a folder outside it, best on another disk."
      )
    }
    if OfficeBoundary(office: path).contains(source.path) {
      throw OfficeBackup.Failure(
        description:
          "The office \(source.path) is inside \(path); name a folder outside the office for its backup."
      )
    }
    var info = stat()
    // DEST is the person's own choice, not a file of the office: a link to a folder (a mount
    // elsewhere) is followed.
    if stat(path, &info) == 0 {
      guard info.st_mode & S_IFMT == S_IFDIR else {
        throw OfficeBackup.Failure(
          description: "\(path) is not a folder; name a new or empty folder, or an earlier backup."
        )
      }
      let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
      if !names.isEmpty && !names.contains(Self.marker) {
        let what =
          names.contains("office.json") ? "holds an office that is not a backup" : "is not empty"
        throw OfficeBackup.Failure(
          description:
            "\(path) \(what) (it has no \(Self.marker)); name a new or empty folder, or an earlier backup made by relations backup. Nothing was written."
        )
      }
    } else {
      do {
        // Private to the account running the backup, whatever its umask.
        try OfficeSharing.privateToOwner.makeFolder(path)
        let parent = (path as NSString).deletingLastPathComponent
        try Self.syncFolder(parent.isEmpty ? "." : parent)
      } catch {
        throw LogError.io(file: path, error)
      }
    }
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw LogError.io(file: path, SystemError("open \(path)")) }
    guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
      Glibc.close(fd)
      throw OfficeBackup.Failure(
        description:
          "Another backup into \(path) is running; wait for it to finish and try again.")
    }
    directory = target
    lock = fd
  }

  /// Writes the marker whole (a temporary file, synced, renamed): the office it copies and,
  /// when a backup ended, when and whether it verified.
  func mark(source: DataDirectory, completedAt: Timestamp?, verified: Bool?) throws {
    var json: [UInt8] = Array(#"{"source":"#.utf8)
    RecordCodec.appendString(Self.realPath(source.path), to: &json)
    if let completedAt {
      json += Array(#","completedAt":"#.utf8)
      RecordCodec.appendString(completedAt.rfc3339, to: &json)
    }
    if let verified { json += Array(#","verified":\#(verified)"#.utf8) }
    json += Array("}\n".utf8)
    let path = directory.path + "/" + Self.marker
    let temporary = path + ".tmp"
    unlink(temporary)
    let fd = try RegularFile.open(temporary, flags: O_WRONLY | O_CREAT | O_EXCL, shown: temporary)
    let sharing = directory.sharing
    sharing.apply(to: fd, mode: sharing.fileMode())
    let written = json.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    let synced = fsync(fd) == 0
    Glibc.close(fd)
    guard written == json.count, synced, rename(temporary, path) == 0 else {
      unlink(temporary)
      throw LogError.io(file: path, SystemError("write \(path)"))
    }
    do { try Self.syncFolder(directory.path) } catch { throw LogError.io(file: path, error) }
  }

  /// Releases the lock.
  func unlock() {
    flock(lock, LOCK_UN)
    Glibc.close(lock)
  }

  /// Syncs a folder, so that a file made or renamed in it survives a power cut.
  static func syncFolder(_ path: String) throws(SystemError) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw SystemError("open \(path)") }
    defer { Glibc.close(fd) }
    guard fsync(fd) == 0 else { throw SystemError("fsync \(path)") }
  }

  private static func realPath(_ path: String) -> String {
    guard let resolved = realpath(path, nil) else { return path }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
