import ArgumentParser
import Domain
import Foundation
import Glibc
import JSONStore
import Office

/// `relations ingest [--data DIR] [FILE|-]`: JSON lines in (CONTRACTS.md), one result line out
/// per input line; exit 1 if any line was rejected.
struct IngestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract:
      "Take cases, messages and survey responses from other systems, one JSON object per line.",
    discussion:
      "Prints ok ID, duplicate EXTERNALID or error line N: reason for each line, as soon as the line is saved; exit 1 if any line was rejected."
  )

  @OptionGroup var data: DataOption

  @Argument(help: "The input file, or - (the default) for standard input.")
  var file: String = "-"

  func run() throws {
    let acting = try data.acting(for: .ingest, doing: "ingest")
    let surveys = try data.surveys()
    let descriptor: Int32
    if file == "-" {
      descriptor = STDIN_FILENO
    } else {
      descriptor = open(file, O_RDONLY | O_CLOEXEC)
      guard descriptor >= 0 else {
        throw CommandFailure.environment(
          "Cannot read \(file) (\(String(cString: strerror(errno)))); check the path.")
      }
    }
    defer { if descriptor != STDIN_FILENO { close(descriptor) } }
    let store = try data.store(.readWrite)
    var ingester = Ingester(store: store, surveys: surveys, acting: acting)
    ingester.warn = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    var rejected = false
    var lines = InputLines(descriptor: descriptor)
    var number = 0
    do throws(InputLines.Failure) {
      // One line at a time, its result printed and flushed once it is saved, so a bridge
      // that keeps the pipe open sees each acknowledgement before it sends the next line.
      while let line = try lines.next() {
        number += 1
        let (output, accepted) = ingester.ingest(line, number: number, now: Date())
        print(output)
        fflush(nil)
        rejected = rejected || !accepted
      }
    } catch {
      throw CommandFailure.environment(
        "Reading \(file == "-" ? "standard input" : file) failed after line \(number) (\(error.reason)); every line above has its result, so send the rest again."
      )
    }
    if rejected { throw ExitCode(1) }
  }
}
