import ArgumentParser
import Foundation
import JSONStore
import Office

/// `relations seal [--data DIR]`: one line per log (file, last seq, head hash) for a manager
/// to print and file; `relations check --seal FILE` later shows whether the logs still extend
/// it.
struct SealCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "seal",
    abstract: "Print a seal of every log (file, last seq, hash) to print and file.",
    discussion: """
      Each record carries the hash of the one before it, so a log's last hash stands for all
      of it. Keep the printed seal; relations check --seal FILE shows later whether any sealed
      record was changed or removed. Problems found while sealing (a break in the chain,
      damage) are named on stderr, and the exit status is 1.
      """)

  @OptionGroup var data: DataOption

  func run() throws {
    let directory = try data.existingOffice()
    let made: (seal: OfficeSeal, problems: [LogProblem])
    do {
      made = try OfficeSeal.make(directory: directory)
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    }
    print(made.seal.text, terminator: "")
    guard made.problems.isEmpty else {
      for problem in made.problems { printError(problem.description) }
      printError(
        "The seal above was made, but the logs have \(made.problems.count) \(made.problems.count == 1 ? "problem" : "problems"); run relations check before filing it."
      )
      throw ExitCode(1)
    }
  }
}
