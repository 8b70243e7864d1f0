import ArgumentParser
import Domain
import Foundation
import JSONStore

/// `relations ingest [--data DIR] [FILE|-]`: JSON lines in (DESIGN §6), one result line out
/// per input line; exit 1 if any line was rejected.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract:
      "Take cases, messages and survey responses from other systems, one JSON object per line.",
    discussion:
      "Prints ok ID, duplicate EXTERNALID or error line N: reason for each line; exit 1 if any line was rejected."
  )

  @OptionGroup var data: DataOption

  @Argument(help: "The input file, or - (the default) for standard input.")
  var file: String = "-"

  func run() throws {
    let surveys = try data.surveys()
    let input: Data
    if file == "-" {
      input = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: file) else {
        throw CommandFailure.environment("Cannot read \(file); check the path.")
      }
      input = contents
    }
    let store = try data.store(.readWrite)
    let ingester = Ingester(store: store, surveys: surveys, actor: OSAccount.current)
    var rejected = false
    var lines = input.split(separator: 0x0A, omittingEmptySubsequences: false)
    if lines.last?.isEmpty == true { lines.removeLast() }
    for (index, line) in lines.enumerated() {
      var bytes = [UInt8](line)
      if bytes.last == 0x0D { bytes.removeLast() }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      let (output, accepted) = ingester.ingest(bytes, number: index + 1, now: Date())
      print(output)
      rejected = rejected || !accepted
    }
    if rejected { throw ExitCode(1) }
  }
}
