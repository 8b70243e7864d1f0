import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations export [--data DIR] --format jsonl|csv [--what cases|events|surveys] [--out FILE]`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export cases, events or survey responses as JSON lines or CSV.")

  @OptionGroup var data: DataOption

  @Option(help: "jsonl or csv.")
  var format: String

  @Option(help: "cases (default), events or surveys.")
  var what = "cases"

  @Option(help: "Write to this file (mode 0600) instead of standard output.")
  var out: String?

  func run() throws {
    guard let format = OfficeExport.Format(rawValue: format) else {
      throw ValidationError("--format must be jsonl or csv, not \(format).")
    }
    guard let what = OfficeExport.What(rawValue: what) else {
      throw ValidationError("--what must be cases, events or surveys, not \(what).")
    }
    let directory = try data.existingOffice()
    // The export holds every person's data: only a role that reads reports takes one.
    _ = try data.acting(for: .reports, doing: "export the office")
    if let out, OfficeBoundary(office: directory.path).contains(out) {
      throw CommandFailure.environment(
        "\(out) is inside the office \(directory.path), where an export could overwrite the office's own files, so nothing was written; name a file outside the office with --out."
      )
    }
    let store = try data.store(.readOnly)
    let table = try OfficeExport.table(what, store: store) {
      try OfficeExport.records(of: directory)
    }
    let bytes = format == .csv ? try OfficeExport.csv(table) : OfficeExport.jsonLines(table)
    if let out {
      // Exports hold personal data too: private from the first byte.
      guard
        FileManager.default.createFile(
          atPath: out, contents: bytes, attributes: [.posixPermissions: 0o600])
      else {
        throw CommandFailure.environment(
          "Cannot write \(out); check that the folder exists and is writable.")
      }
      try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: out)
    } else {
      FileHandle.standardOutput.write(bytes)
    }
  }
}
