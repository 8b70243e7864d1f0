import Foundation
import Glibc
import JSONStore

/// The office's files besides its logs, copied into a backup whole when they changed:
/// office.json, and everything in `surveys/`, `templates/`, `library/`, `attachments/` and
/// `quarantine/` (docs/CONTRACTS.md, "Backups"). Drafts and saved views are one person's and
/// are not copied. A file is unchanged when the copy has its size and modification time (the
/// copy is given the original's); a changed one is written to a temporary file, synced, and
/// renamed over the copy, so a backup never holds half a file. A file removed from the office
/// stays in the backup.
struct BackupFiles {
  /// The top-level files and folders that are copied.
  static let files = ["office.json"]
  static let folders = ["surveys", "templates", "library", "attachments", "quarantine"]

  let source: DataDirectory
  let backup: DataDirectory

  struct Outcome {
    /// The names copied (`templates/reply.md`), with their sizes.
    var copied: [(name: String, bytes: Int)] = []
    var unchanged = 0
    /// One sentence for each thing passed over (a symbolic link, a FIFO).
    var skipped: [String] = []
    /// One sentence for each file that could not be copied (the others still are).
    var failures: [String] = []
  }

  func run() throws -> Outcome {
    var outcome = Outcome()
    let sharing = backup.sharing
    for name in Self.files where exists(source.path + "/" + name) {
      copyReporting(name, sharing: sharing, into: &outcome)
    }
    for folder in Self.folders where isFolder(source.path + "/" + folder) {
      try copyFolder(folder, sharing: sharing, into: &outcome)
    }
    return outcome
  }

  private func copyFolder(_ name: String, sharing: OfficeSharing, into outcome: inout Outcome)
    throws
  {
    let target = backup.path + "/" + name
    do { try sharing.makeFolder(target) } catch { throw LogError.io(file: target, error) }
    let entries =
      (try? FileManager.default.contentsOfDirectory(atPath: source.path + "/" + name)) ?? []
    for entry in entries.sorted() {
      let relative = name + "/" + entry
      var info = stat()
      guard lstat(source.path + "/" + relative, &info) == 0 else { continue }
      switch info.st_mode & S_IFMT {
      case S_IFDIR: try copyFolder(relative, sharing: sharing, into: &outcome)
      case S_IFREG: copyReporting(relative, sharing: sharing, into: &outcome)
      default:
        outcome.skipped.append(
          "\(relative) is not a regular file (a link, FIFO or device); it is not copied.")
      }
    }
    // The folders made in it (files renamed into it sync it themselves).
    do { try BackupDestination.syncFolder(target) } catch { throw LogError.io(file: target, error) }
  }

  /// Copies `name`, or says why it could not be copied.
  private func copyReporting(_ name: String, sharing: OfficeSharing, into outcome: inout Outcome) {
    do {
      try copy(name, sharing: sharing, into: &outcome)
    } catch let error as LogError {
      outcome.failures.append("\(name) was not backed up: \(error.description)")
    } catch {
      outcome.failures.append("\(name) was not backed up: \(error)")
    }
  }

  /// Copies the file `name` (relative to the office) when the copy differs in size or time.
  private func copy(_ name: String, sharing: OfficeSharing, into outcome: inout Outcome) throws {
    let origin: Int32
    do {
      origin = try RegularFile.open(source.path + "/" + name, flags: O_RDONLY, shown: name)
    } catch .notARegularFile {
      outcome.skipped.append(
        "\(name) is not a regular file (a link, FIFO or device); it is not copied.")
      return
    }
    defer { close(origin) }
    var info = stat()
    guard fstat(origin, &info) == 0 else { throw LogError.io(file: name, SystemError("fstat")) }
    let target = backup.path + "/" + name
    var existing = stat()
    if lstat(target, &existing) == 0, existing.st_mode & S_IFMT == S_IFREG,
      existing.st_size == info.st_size, existing.st_mtim.tv_sec == info.st_mtim.tv_sec,
      existing.st_mtim.tv_nsec == info.st_mtim.tv_nsec
    {
      outcome.unchanged += 1
      return
    }
    let folder = (target as NSString).deletingLastPathComponent
    let temporary = folder + "/." + (target as NSString).lastPathComponent + ".backup-tmp"
    unlink(temporary)
    let copy = try RegularFile.open(
      temporary, flags: O_WRONLY | O_CREAT | O_EXCL, shown: temporary)
    do {
      defer { close(copy) }
      sharing.apply(to: copy, mode: sharing.fileMode())
      try Self.transfer(from: origin, to: copy, shown: name)
      // The original's times, so that the next run can tell the copy unchanged.
      var times = [info.st_atim, info.st_mtim]
      futimens(copy, &times)
      guard fsync(copy) == 0 else { throw LogError.io(file: temporary, SystemError("fsync")) }
    } catch {
      unlink(temporary)
      throw error
    }
    guard rename(temporary, target) == 0 else {
      let error = SystemError("rename \(temporary)")
      unlink(temporary)
      throw LogError.io(file: target, error)
    }
    do { try BackupDestination.syncFolder(folder) } catch { throw LogError.io(file: folder, error) }
    outcome.copied.append((name, Int(info.st_size)))
  }

  /// Copies everything `origin` holds into `copy`.
  static func transfer(from origin: Int32, to copy: Int32, shown: String) throws {
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while true {
      let got = buffer.withUnsafeMutableBytes { raw in read(origin, raw.baseAddress, raw.count) }
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else { throw LogError.io(file: shown, SystemError("read")) }
      if got == 0 { return }
      var done = 0
      while done < got {
        let written = buffer.withUnsafeBytes { raw in
          write(copy, raw.baseAddress.map { $0 + done }, got - done)
        }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else {
          throw LogError.io(
            file: shown, SystemError("write", code: written == 0 ? ENOSPC : errno))
        }
        done += written
      }
    }
  }

  private func exists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }

  private func isFolder(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
  }
}
