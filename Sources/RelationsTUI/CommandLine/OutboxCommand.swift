import ArgumentParser
import Domain
import Foundation
import Glibc
import Office

/// `relations outbox [--data DIR] [--follow]`: the messages waiting for a bridge, one JSON
/// line each (CONTRACTS.md "Outbox"); with `--follow`, new ones as they are queued.
struct OutboxCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "outbox",
    abstract: "Print the messages waiting to be sent, as JSON lines, for a messaging bridge.",
    discussion:
      "Each line is {id, case, to, medium, kind, text, language, createdAt}. A message leaves the outbox once a receipt for it is ingested ({\"type\":\"receipt\",\"message\":ID,\"status\":\"sent|delivered|failed\"}). With --follow the command keeps running and prints each new message as it is queued."
  )

  @OptionGroup var data: DataOption

  @Flag(help: "Keep running, printing new messages as they are queued.")
  var follow = false

  @Option(help: "With --follow: how often to look for new messages, in seconds.")
  var interval = 0.25

  func run() throws {
    // The outbox holds people's numbers and words: a bridge's work, or a manager's.
    _ = try data.acting(for: .ingest, doing: "read the outbox")
    guard interval > 0, interval <= 60 else {
      throw ValidationError("--interval must be more than 0 and at most 60 seconds.")
    }
    let store = try data.store(.readOnly, profile: .desk)
    if store.office.demo {
      printError(
        "This is a demo office: its people and numbers are made up. Point a bridge at it only with a send command that reaches nobody."
      )
    }
    // A bridge that stops reading ends this command quietly, not with a signal.
    signal(SIGPIPE, SIG_IGN)
    var printed = Set<String>()
    func printNew() -> Bool {
      for pending in store.outbox() where printed.insert(pending.state.message.id).inserted {
        print(OutboxLine.encode(pending))
      }
      return fflush(nil) == 0
    }
    guard printNew() else { return }
    guard follow else { return }
    while true {
      usleep(useconds_t(interval * 1_000_000))
      // A reader that went away is noticed while nothing is queued too, not only at the
      // next message: the command ends with its bridge.
      var output = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
      if poll(&output, 1, 0) > 0, output.revents & Int16(POLLERR | POLLHUP | POLLNVAL) != 0 {
        return
      }
      if store.hasNewRecords {
        do {
          try store.refresh()
        } catch {
          throw CommandFailure.environment(
            "Reading the office's logs failed (\(error)); start the outbox again once `relations check` is clean."
          )
        }
        guard printNew() else { return }
      }
    }
  }
}
