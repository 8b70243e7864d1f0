import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations staff list | add | set-role | remove`: the office's staff, changed by a manager
/// (CONTRACTS.md). office.json is rewritten atomically and each change is kept in the office
/// log, `channels/office.jsonl`.
struct StaffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "staff",
    abstract: "List the office's staff, or add, re-role or remove someone (managers only).",
    subcommands: [List.self, Add.self, SetRole.self, Remove.self])

  static let roleWords = StaffMember.Role.allCases.map(\.rawValue).joined(separator: ", ")

  static func role(_ text: String) throws -> StaffMember.Role {
    guard let role = StaffMember.Role(rawValue: text) else {
      throw ValidationError("The role must be one of \(roleWords), not \(text).")
    }
    return role
  }

  /// Runs one change as the OS account and prints `ok ACCOUNT`.
  static func change(_ change: StaffChange, _ data: DataOption, account: String) throws {
    // Refused before anything is opened for writing; asked again under the lock.
    _ = try data.acting(for: .staff, doing: "change the staff")
    let directory = try data.existingOffice()
    do throws(StaffRoster.Failure) {
      try StaffRoster(directory: directory).change(change, by: OSAccount.current, now: Date())
    } catch {
      switch error {
      case .refused(.notAllowed), .notStaff, .office, .storage:
        throw CommandFailure.environment(error.description)
      case .refused:
        throw CommandFailure(message: error.description, code: 1)
      }
    }
    print("ok \(account)")
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "One line per staff member: account, role, name.")

    @OptionGroup var data: DataOption

    func run() throws {
      _ = try data.acting(for: .staff, doing: "list the staff")
      let office = try data.configuration()
      let width = office.staff.map(\.account.count).max() ?? 0
      for member in office.staff {
        let account = member.account.padding(toLength: width, withPad: " ", startingAt: 0)
        let role = member.role.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        // office.json may be edited by hand: no control character reaches the terminal.
        let name = String(
          String.UnicodeScalarView(
            member.name.unicodeScalars.map { TextLayout.isControl($0) ? "\u{FFFD}" : $0 }))
        print("\(account)  \(role)  \(name)")
      }
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add an OS account to the staff with a role and the person's name.")

    @OptionGroup var data: DataOption
    @Argument(help: "The OS account, as `id -un` prints it.") var account: String
    @Option(help: "frontdesk, officer, manager or bridge.") var role: String
    @Option(help: "The person's full name, as colleagues know them.") var name: String

    func run() throws {
      let member = StaffMember(account: account, name: name, role: try StaffCommand.role(role))
      try StaffCommand.change(.add(member), data, account: account)
    }
  }

  struct SetRole: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "set-role", abstract: "Change a staff member's role.")

    @OptionGroup var data: DataOption
    @Argument(help: "The OS account.") var account: String
    @Argument(help: "frontdesk, officer, manager or bridge.") var role: String

    func run() throws {
      try StaffCommand.change(
        .setRole(account: account, role: try StaffCommand.role(role)), data, account: account)
    }
  }

  struct Remove: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Take an account off the staff; what they recorded stays theirs.")

    @OptionGroup var data: DataOption
    @Argument(help: "The OS account.") var account: String

    func run() throws {
      try StaffCommand.change(.remove(account: account), data, account: account)
    }
  }
}
