import Foundation
import Glibc
import JSONStore

/// The server's configuration for every account on it, `/etc/relations.conf` (or the file
/// `$RELATIONS_CONFIG` names): the office staff open when they type only `relations`.
/// Lines are `data = PATH`, `#` comments and blank lines (CONTRACTS.md, command line).
struct SystemConfiguration: Equatable {
  /// The office's data folder, when the file names one.
  var data: String?

  static let defaultPath = "/etc/relations.conf"

  /// The file to read: `$RELATIONS_CONFIG` when set and not empty, else /etc/relations.conf.
  static func path(environment: [String: String]) -> String {
    if let named = environment["RELATIONS_CONFIG"], !named.isEmpty { return named }
    return defaultPath
  }

  /// The configuration in the file at `path`; empty when there is no file there. The file is
  /// read only as a regular file, never through a symbolic link, like the office's own files.
  static func load(path: String) throws(CommandFailure) -> SystemConfiguration {
    var info = stat()
    if lstat(path, &info) != 0, errno == ENOENT { return SystemConfiguration() }
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(path, shown: path)
    } catch .notARegularFile(_, let kind) {
      throw .environment(
        "\(path) is \(kind), not a regular file, so Relations does not read it; put the file itself there (or name another with RELATIONS_CONFIG)."
      )
    } catch {
      throw .environment(
        "\(path) cannot be read (\(error.description)); let this account read it, or name another file with RELATIONS_CONFIG."
      )
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .environment("\(path) is not UTF-8 text; write it again as plain text.")
    }
    return try parse(text, file: path)
  }

  /// Reads `data = PATH` lines; `file` names the file in the sentence a bad line gets.
  static func parse(_ text: String, file: String) throws(CommandFailure) -> SystemConfiguration {
    var configuration = SystemConfiguration()
    // "\r\n" is one Character in Swift: a file saved with CRLF reads the same as with LF.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, line) in lines.enumerated() {
      let number = index + 1
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      guard let equals = trimmed.firstIndex(of: "=") else {
        throw .environment(
          "\(file) line \(number) is not a setting: write data = /path/to/office, or start a comment with #."
        )
      }
      let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
      let value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
      guard key == "data" else {
        throw .environment(
          "\(file) line \(number) sets something Relations does not know; the only setting is data = /path/to/office."
        )
      }
      guard configuration.data == nil else {
        throw .environment(
          "\(file) line \(number) names the data folder a second time; keep one data line.")
      }
      // Staff start relations from any folder, so a relative path would name a different
      // office for each of them.
      guard value.hasPrefix("/") else {
        throw .environment(
          "\(file) line \(number) needs the data folder as an absolute path, such as data = /srv/relations/office."
        )
      }
      configuration.data = value
    }
    return configuration
  }
}
