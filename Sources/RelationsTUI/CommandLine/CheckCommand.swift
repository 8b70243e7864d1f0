import ArgumentParser
import JSONStore
import Office

/// `relations check [--data DIR] [--repair]`: verify every log; exit 0 clean, 1 problems.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Verify every channel log; list each problem as file:line: reason.",
    discussion: "Exit 0 when clean, 1 when problems were found.")

  @OptionGroup var data: DataOption

  @Flag(
    help:
      "Cut torn tails (their bytes go to quarantine/) and set modes (and a shared office's group) to the office's."
  )
  var repair = false

  func run() throws {
    let directory = try data.existingOffice()
    let report: OfficeCheck.Report
    do {
      report = try OfficeCheck(directory: directory).run(repair: repair)
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    }
    for line in report.repaired { print("repaired: \(line)") }
    if let configuration = report.configuration { print(configuration.description) }
    for problem in report.problems { print(problem.description) }
    for file in report.quarantined {
      print(
        "quarantine/\(file.name): \(file.bytes) bytes set aside by recovery; "
          + "kept for a person to look at (Relations never deletes them)")
    }
    let count = report.problems.count + (report.configuration == nil ? 0 : 1)
    if count == 0 {
      print("\(report.files) channel logs, \(report.records) records: clean.")
    } else {
      // office.json counts as a problem like any log's: the sum is every line listed.
      print(
        "\(report.files) channel logs, \(report.records) records: \(count) \(count == 1 ? "problem" : "problems")."
      )
      throw ExitCode(1)
    }
  }
}
