import Foundation
import Glibc
import JSONStore

/// A consistent copy of an office, made while people work (`relations backup DEST`,
/// docs/CONTRACTS.md "Backups"): each log up to a record boundary learnt under its lock and
/// copied incrementally (`LogCopy`), then verified (checksums and hash chain); the other
/// files copied whole when they changed (`BackupFiles`). Nothing in the backup is ever
/// deleted: a copy the office's log no longer extends is kept in `replaced/`.
public struct OfficeBackup {
  public let source: DataDirectory
  /// The backup folder, as given.
  public let destination: String

  /// Why a backup cannot start (the folder is the office's, not empty, locked…): one sentence
  /// saying what to do. Nothing was written.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// What a backup did and found.
  public struct Report {
    /// One per log of the office, in name order.
    public var logs: [LogCopy.Result] = []
    /// The other files copied, with their sizes.
    public var copiedFiles: [(name: String, bytes: Int)] = []
    public var unchangedFiles = 0
    /// What was passed over or left out, one sentence each; not problems.
    public var notes: [String] = []
    /// What went wrong or needs a person: damage or a chain break in a copy, a log that no
    /// longer extends its copy, a log gone from the office. One sentence (or `file:line:
    /// reason`) each.
    public var problems: [String] = []
  }

  public init(source: DataDirectory, destination: String) {
    self.source = source
    self.destination = destination
  }

  public func run(now: Timestamp = .now()) throws -> Report {
    let target = try BackupDestination(path: destination, source: source)
    defer { target.unlock() }
    let backup = target.directory
    try target.mark(source: source, completedAt: nil, verified: nil)
    var report = Report()
    let names = source.channelNames()
    for channel in names {
      let result: LogCopy.Result
      do {
        result = try LogCopy.update(channel: channel, from: source, into: backup, now: now)
      } catch let error as LogError {
        // One log that cannot be copied (a link in its place, a full disk) must not leave the
        // others without a backup: it is a problem, and the next log is copied.
        report.problems.append("channels/\(channel).jsonl was not backed up: \(error.description)")
        continue
      }
      if let replaced = result.replaced {
        report.problems.append(
          "\(result.file): the office's log no longer begins with the backup's copy (it was cut "
            + "or changed since the last backup); the old copy is kept as "
            + "\(backup.path)/\(replaced) and the log was copied whole.")
      }
      if result.leftOut > 0 {
        report.notes.append(
          "\(result.file): the last \(result.leftOut) bytes of the office's log are a write cut "
            + "short; the backup leaves them out (relations check --repair on the office sets "
            + "them aside in its quarantine/).")
      }
      report.problems += result.problems.map { "\(backup.path)/\($0.description)" }
      report.logs.append(result)
    }
    for gone in backup.channelNames() where !names.contains(gone) {
      report.problems.append(
        "channels/\(gone).jsonl is in the backup but no longer in the office; the backup keeps "
          + "it. Find out why the office lost it (restore it from the backup if it should be there)."
      )
    }
    let files = try BackupFiles(source: source, backup: backup).run()
    report.copiedFiles = files.copied
    report.unchangedFiles = files.unchanged
    report.notes += files.skipped
    report.problems += files.failures
    try target.mark(source: source, completedAt: now, verified: report.problems.isEmpty)
    return report
  }
}
