import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `--data DIR`, shared by every command that reads an office.
struct DataOption: ParsableArguments {
  @Option(
    name: .long,
    help:
      "The office's data directory (default: $RELATIONS_DATA, else data = in /etc/relations.conf, else ./data)."
  )
  var data: String?

  /// The directory: --data, else $RELATIONS_DATA, else the `data =` line of the server's
  /// configuration file (SystemConfiguration), else ./data. A bad configuration file is an
  /// environment error naming its line.
  var path: String {
    get throws { try resolved().path }
  }

  /// The directory and, when the configuration file named it, that file (for the sentence
  /// when no office is there).
  private func resolved() throws -> (path: String, configuredBy: String?) {
    let environment = ProcessInfo.processInfo.environment
    if let data, !data.isEmpty { return (data, nil) }
    if let fromEnvironment = environment["RELATIONS_DATA"], !fromEnvironment.isEmpty {
      return (fromEnvironment, nil)
    }
    let file = SystemConfiguration.path(environment: environment)
    if let configured = try SystemConfiguration.load(path: file).data { return (configured, file) }
    return ("data", nil)
  }

  /// The office's configuration, checked; a mistake in office.json is an environment error
  /// naming the field.
  func configuration() throws -> OfficeConfiguration {
    let path = try existingOffice().path
    do throws(OfficeFile.Failure) {
      return try OfficeFile.load(directory: path)
    } catch {
      throw CommandFailure.environment("\(path)/\(error.description)")
    }
  }

  /// The staff member running this command, as office.json lists them: an account that is not
  /// on the staff, or whose role lacks `permission`, is refused with exit 2 before anything
  /// is read or written. `doing` names the work in the refusal ("ingest").
  func acting(for permission: Permission? = nil, doing: String = "") throws -> Acting {
    let office = try configuration()
    do throws(StaffAccess.Refusal) {
      guard let permission else { return try StaffAccess.acting(in: office) }
      return try StaffAccess.acting(in: office, for: permission, doing: doing)
    } catch {
      throw CommandFailure.environment(error.description)
    }
  }

  /// The office's survey definitions, checked. A file of surveys/ that is not a survey is
  /// skipped with a warning on stderr: the other surveys, and intake, go on.
  func surveys() throws -> [String: SurveyDefinition] {
    let path = try existingOffice().path
    do throws(SurveyFile.Failure) {
      return try SurveyFile.loadAll(directory: path) { problem in
        printError(
          "\(path)/surveys/\(problem.file) is skipped (\(problem.reason)); fix it or move it out of surveys/."
        )
      }
    } catch {
      throw CommandFailure.environment("\(path)/\(error.description)")
    }
  }

  /// The office's cases, read from its logs (and recovered when `.readWrite`).
  func store(_ mode: OfficeStore.Access, profile: OfficeStore.Profile = .full) throws -> OfficeStore
  {
    do {
      return try OfficeStore(
        directory: try existingOffice(), office: try configuration(), mode: mode, profile: profile)
    } catch let error as LogError {
      throw CommandFailure.environment(error.description)
    }
  }

  /// The directory, which must exist and hold an office.
  func existingOffice() throws -> DataDirectory {
    let (path, configuredBy) = try resolved()
    let directory = DataDirectory(path: path)
    guard directory.exists else {
      let named = configuredBy.map { " (named by \($0))" } ?? ""
      throw CommandFailure.environment(
        "No office at \(path)\(named): the folder does not exist. Name one with --data DIR, or create one with relations init \(path)."
      )
    }
    guard FileManager.default.fileExists(atPath: path + "/office.json") else {
      throw CommandFailure.environment(
        "\(path) is not an office: it has no office.json. Name the right folder with --data DIR, or run relations init \(path)."
      )
    }
    return directory
  }
}
