import Foundation
import Glibc

/// Whether a path is inside an office's data directory, compared by real paths, so that a
/// command writing a file of its own (an export) can never overwrite one of the office's,
/// however the path is spelt: `..`, a symbolic link to the office or to one of its files.
public struct OfficeBoundary {
  /// The office's real path; nil when it cannot be resolved (then nothing is inside it).
  public let root: String?

  public init(office: String) {
    root = Self.realPath(office)
  }

  /// Whether writing `path` would write inside the office (or replace the office itself).
  public func contains(_ path: String) -> Bool {
    guard let root, let target = Self.target(of: path) else { return false }
    return target == root || target.hasPrefix(root == "/" ? "/" : root + "/")
  }

  /// The real path a write to `path` lands on. The file itself may not exist yet, so its
  /// folder is resolved and its name added; a symbolic link at `path` is followed first,
  /// since creating the file would follow it too.
  public static func target(of path: String) -> String? {
    var current = path
    for _ in 0..<40 {
      if let resolved = realPath(current) { return resolved }
      var info = stat()
      guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { break }
      guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current)
      else { return nil }
      current =
        destination.hasPrefix("/")
        ? destination : (current as NSString).deletingLastPathComponent + "/" + destination
    }
    let folder = (current as NSString).deletingLastPathComponent
    let name = (current as NSString).lastPathComponent
    guard let resolvedFolder = realPath(folder.isEmpty ? "." : folder) else { return nil }
    if name == ".." { return (resolvedFolder as NSString).deletingLastPathComponent }
    if name == "." || name.isEmpty { return resolvedFolder }
    return resolvedFolder == "/" ? "/" + name : resolvedFolder + "/" + name
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
