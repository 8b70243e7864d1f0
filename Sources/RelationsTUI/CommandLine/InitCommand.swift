import ArgumentParser
import JSONStore
import Office

/// `relations init DIR [--demo]`: a new office.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Create a new office: office.json, the six channel logs and its folders.")

  @Argument(help: "The folder for the new office (created if missing).")
  var directory: String

  @Flag(help: "Configure the demo association (staff, departments, programs, holidays).")
  var demo = false

  func run() throws {
    let data = DataDirectory(path: directory)
    do {
      try OfficeScaffold(directory: data, demo: demo).create()
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    } catch let failure as OfficeScaffold.Failure {
      throw CommandFailure.environment(failure.description)
    }
    print("Created the office in \(directory). Open it with: relations --data \(directory)")
  }
}
