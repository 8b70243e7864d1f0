import ArgumentParser
import Foundation
import Glibc

/// The `relations` command: the full-screen app by default, and the commands that work
/// without a terminal (CONTRACTS.md).
struct Relations: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "relations",
    abstract: "The beneficiary-relations desk: one inbox for six channels, permits and surveys.",
    discussion: """
      With no command, opens the full-screen app on the data directory: --data DIR, else
      $RELATIONS_DATA, else the data = line of /etc/relations.conf (or of the file
      $RELATIONS_CONFIG names), else ./data (the bundled demo office).
      """,
    subcommands: [
      OpenCommand.self, InitCommand.self, StaffCommand.self, IngestCommand.self,
      CaseActionCommand.self,
      ImportCommand.self,
      ExportCommand.self,
      ReportCommand.self, DemoCommand.self,
      CheckCommand.self, SealCommand.self, BackupCommand.self, OutboxCommand.self,
      BenchCommand.self,
      AttachCommand.self, AttachmentCommand.self,
    ],
    defaultSubcommand: OpenCommand.self)

  /// The commands that need no terminal, named when the app cannot start.
  static let terminalFreeCommands = [
    "relations init", "relations staff", "relations ingest", "relations case",
    "relations import survey",
    "relations export",
    "relations report surveys",
    "relations demo",
    "relations check",
    "relations seal",
    "relations backup",
    "relations bench",
    "relations attach",
    "relations attachment",
  ]
}

/// A failure a command reports as one sentence on stderr, with its exit code (CONTRACTS.md:
/// 1 for rejected input or problems found, 2 for usage or environment errors).
struct CommandFailure: Error {
  var message: String
  var code: Int32

  static func environment(_ message: String) -> CommandFailure {
    CommandFailure(message: message, code: 2)
  }

  /// Options that parse but do not fit together: exit 2, one sentence, no usage text.
  static func usage(_ message: String) -> CommandFailure {
    CommandFailure(message: message, code: 2)
  }
}

@main
enum RelationsMain {
  static func main() {
    StandardStreams.reopenClosed()
    do {
      var command = try Relations.parseAsRoot()
      try command.run()
    } catch let failure as CommandFailure {
      printError(failure.message)
      exit(failure.code)
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      let code = Relations.exitCode(for: error)
      if code == .success { Relations.exit(withError: error) }
      // Usage errors exit 2 (not ArgumentParser's 64), as the contract says.
      printError(Relations.fullMessage(for: error))
      exit(2)
    }
  }
}

/// Writes a line to stderr.
func printError(_ text: String) {
  var line = text
  if !line.hasSuffix("\n") { line += "\n" }
  FileHandle.standardError.write(Data(line.utf8))
}
