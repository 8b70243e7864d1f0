import ArgumentParser
import JSONStore
import Office

/// `relations check [--data DIR] [--repair] [--seal FILE]`: verify every log (and that the
/// logs still extend a seal); exit 0 clean, 1 problems.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Verify every channel log; list each problem as file:line: reason.",
    discussion: """
      Checks every record's checksum, the seq order and the hash chain (each record names the
      one before it), modes and office.json. With --seal FILE (printed by relations seal), also
      that every sealed log still holds its sealed record unchanged and its chain unbroken.
      Exit 0 when clean, 1 when problems were found.
      """)

  @OptionGroup var data: DataOption

  @Flag(
    help:
      "Cut torn tails (their bytes go to quarantine/) and set modes (and a shared office's group) to the office's."
  )
  var repair = false

  @Option(help: "A seal printed by relations seal: check that the logs still extend it.")
  var seal: String?

  func run() throws {
    let directory = try data.existingOffice()
    let sealed = try seal.map(Self.readSeal)
    let report: OfficeCheck.Report
    do {
      report = try OfficeCheck(directory: directory).run(repair: repair, seal: sealed)
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
    for problem in report.sealProblems { print(problem) }
    let count =
      report.problems.count + report.sealProblems.count + (report.configuration == nil ? 0 : 1)
    if count == 0 {
      let sealed = sealed.map { " and extend the seal of \($0.time)" } ?? ""
      print("\(report.files) channel logs, \(report.records) records: clean\(sealed).")
    } else {
      // office.json counts as a problem like any log's: the sum is every line listed.
      print(
        "\(report.files) channel logs, \(report.records) records: \(count) \(count == 1 ? "problem" : "problems")."
      )
      throw ExitCode(1)
    }
  }

  /// The seal in `path`; a file that cannot be read or is not a seal is an error naming it
  /// (and its line).
  static func readSeal(_ path: String) throws -> OfficeSeal {
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, shown: path)
    } catch {
      throw CommandFailure.environment(
        "Cannot read the seal \(path) (\(error)); name the file relations seal printed.")
    }
    do throws(OfficeSeal.Failure) {
      return try OfficeSeal.parse(String(decoding: bytes, as: UTF8.self), file: path)
    } catch {
      throw CommandFailure.environment(error.description)
    }
  }
}
