import ArgumentParser
import CNcurses
import Domain
import Foundation
import JSONStore

/// `relations [--data DIR] [--lang en|ar]`: the full-screen app.
///
/// For now it shows the office and its channel logs with live record counts; the desk
/// (inbox, detail, intake) replaces this screen.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the full-screen app (the default).")

  @OptionGroup var data: DataOption

  @Option(help: "Interface language: en or ar.")
  var lang: String = "en"

  func validate() throws {
    guard lang == "en" || lang == "ar" else {
      throw ValidationError("--lang must be en or ar, not \(lang).")
    }
  }

  func run() throws {
    guard Terminal.isInteractive else {
      throw CommandFailure.environment(
        "The full-screen app needs a terminal, and this is not one (stdin or stdout is redirected). "
          + "Commands that work without one: \(Relations.terminalFreeCommands.joined(separator: ", "))."
      )
    }
    let directory = try data.existingOffice()
    let office = try data.configuration()
    var logs: [ChannelLog] = []
    do {
      for channel in Channel.allCases {
        logs.append(try ChannelLog(directory: directory, channel: channel.rawValue))
      }
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    }
    let terminal = Terminal()
    do {
      try terminal.start()
    } catch Terminal.StartFailure.unknownTerminal(let name) {
      throw CommandFailure.environment(
        "The terminal type \(name.map { "\"\($0)\"" } ?? "(TERM is not set)") is unknown; set TERM, e.g. TERM=xterm-256color."
      )
    }
    defer { terminal.stop() }
    let user = OSAccount.current
    let officeName = office.name.text(in: Language(rawValue: lang) ?? .english)
    var message: String?
    while true {
      for log in logs {
        do { try log.poll() } catch { message = "\(error)" }
      }
      let screen = OverviewScreen(
        officeName: officeName, dataPath: directory.path, user: user,
        date: Timestamp.now().rfc3339.prefix(10).description,
        rows: logs.map {
          .init(channel: $0.channel, records: $0.index.recordCount, problems: $0.problems.count)
        },
        message: message)
      let (width, height) = terminal.size
      terminal.draw(screen.render(width: width, height: height))
      switch terminal.nextKey() {
      case .character("q"), .control(3), .function(rel_key_f(10)): return
      default: continue
      }
    }
  }

}
