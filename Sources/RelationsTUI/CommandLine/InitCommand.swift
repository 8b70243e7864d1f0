import ArgumentParser
import Domain
import JSONStore
import Office

/// `relations init DIR [--demo] [--group GROUP] [--manager ACCOUNT]`: a new office, one
/// account's or, with `--group`, shared by a team on one server.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new office: office.json, the six channel logs and its folders.")

  @Argument(help: "The folder for the new office (created if missing).")
  var directory: String

  @Flag(help: "Configure the demo association (staff, departments, programs, holidays).")
  var demo = false

  @Option(
    help: ArgumentHelp(
      "Share the office with this group: folders setgid 2770, files 0660 (without it: 0700/0600, one account).",
      valueName: "GROUP"))
  var group: String?

  @Option(
    help: ArgumentHelp(
      "The account written into office.json as the first manager (default: the account running init).",
      valueName: "ACCOUNT"))
  var manager: String?

  func validate() throws {
    if demo && manager != nil {
      throw ValidationError(
        "--manager names the first manager of a new office; the demo office has its own staff. Leave out --demo or --manager."
      )
    }
    if let manager, !StaffDecider.isAccountName(manager) {
      throw ValidationError(StaffRejection.badAccount(manager).message)
    }
    if demo && group != nil {
      throw ValidationError(
        "A demo office lets every account act as a manager, so it is never shared with a group; leave out --demo or --group."
      )
    }
  }

  func run() throws {
    let data = DataDirectory(path: directory)
    do {
      let gid = try group.map(OfficeScaffold.group(named:))
      try OfficeScaffold(
        directory: data, demo: demo, group: gid, manager: manager ?? OSAccount.current
      ).create()
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    } catch let failure as OfficeScaffold.Failure {
      throw CommandFailure.environment(failure.description)
    }
    if let group {
      print(
        "Created the office in \(directory), shared with the group \(group). Open it with: relations --data \(directory)"
      )
    } else {
      print("Created the office in \(directory). Open it with: relations --data \(directory)")
    }
  }
}
