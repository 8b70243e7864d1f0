import ArgumentParser
import Foundation
import JSONStore
import Office

/// `relations demo DIR --cases N [--seed S]`: a realistic synthetic office, deterministic.
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Create a realistic synthetic office of N cases; the same seed gives the same office."
  )

  @Argument(help: "The folder for the office (created; must not hold cases yet).")
  var directory: String

  @Option(help: "How many cases.")
  var cases: Int

  @Option(help: "The random seed.")
  var seed: UInt64 = 1

  @Option(
    help: "The office's \"now\" (RFC 3339); histories end before it. Default: the current time.")
  var now: String?

  func run() throws {
    guard cases >= 0 else { throw ValidationError("--cases must be 0 or more.") }
    let anchor: Date
    if let now {
      guard let parsed = CaseEventCodec.date(now) else {
        throw ValidationError("--now must be an RFC 3339 time, not \(now).")
      }
      anchor = parsed
    } else {
      anchor = Date()
    }
    let data = DataDirectory(path: directory)
    if !FileManager.default.fileExists(atPath: directory + "/office.json") {
      try OfficeScaffold(directory: data, demo: true).create()
    }
    guard data.recordCount == 0 else {
      throw CommandFailure.environment(
        "\(directory) already holds records; choose an empty folder for a demo office.")
    }
    let started = Date()
    let summary = try DemoGenerator(cases: cases, seed: seed, now: anchor).write(to: data)
    let seconds = Date().timeIntervalSince(started)
    print(
      "Created \(summary.cases) cases (\(summary.events) events, \(summary.responses) survey responses) in \(directory) "
        + "in \(String(format: "%.1f", seconds)) s. Open it with: relations --data \(directory)")
  }
}
