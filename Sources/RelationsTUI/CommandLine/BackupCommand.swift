import ArgumentParser
import Foundation
import JSONStore
import Office

/// `relations backup DEST [--data DIR]`: a consistent, verified copy of the office while
/// people work; later runs copy only what the logs gained.
struct BackupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backup",
    abstract: "Copy the office into DEST while people work; later runs copy only what is new.",
    discussion: """
      Each log is copied up to a record boundary read under its lock, then read back whole
      (checksums and hash chain); office.json, surveys, templates, library, attachments and
      quarantine are copied when they changed. Drafts and saved views are not backed up.
      DEST must be new, empty, or an earlier backup; relations check --data DEST checks it
      like an office. Exit 0 when the backup verified, 1 when something needs a person.
      """)

  @Argument(help: "The backup folder: new, empty, or an earlier backup of this office.")
  var destination: String

  @OptionGroup var data: DataOption

  func run() throws {
    let directory = try data.existingOffice()
    let report: OfficeBackup.Report
    do {
      report = try OfficeBackup(source: directory, destination: destination).run()
    } catch let failure as OfficeBackup.Failure {
      throw CommandFailure.environment(failure.description)
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    }
    for log in report.logs {
      print(
        "\(log.file): \(log.copiedBytes) bytes copied, \(log.totalBytes) bytes in all, "
          + "\(log.records) records verified")
    }
    let copied = report.copiedFiles.reduce(0) { $0 + $1.bytes }
    print(
      "other files: \(report.copiedFiles.count) copied (\(copied) bytes), \(report.unchangedFiles) unchanged"
    )
    for note in report.notes { print("note: \(note)") }
    for problem in report.problems { print(problem) }
    let copiedBytes = report.logs.reduce(0) { $0 + $1.copiedBytes }
    let count = report.problems.count
    if count == 0 {
      print(
        "Backup in \(destination): \(report.logs.count) logs, \(copiedBytes) new bytes, verified.")
    } else {
      print(
        "Backup in \(destination): \(report.logs.count) logs, \(copiedBytes) new bytes, \(count) \(count == 1 ? "problem" : "problems")."
      )
      throw ExitCode(1)
    }
  }
}
