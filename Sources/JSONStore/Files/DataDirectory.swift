import Glibc

/// The layout of a data directory (CONTRACTS.md): `channels/*.jsonl` and `quarantine/`.
/// Directories are 0700 and files 0600 (everything in them is personal data), or 2770 and
/// 0660 with the office's group when the office is shared (`OfficeSharing`).
public struct DataDirectory: Sendable {
  public let path: String

  public init(path: String) {
    var trimmed = path
    while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
    self.path = trimmed
  }

  public var channelsPath: String { "\(path)/channels" }
  public var quarantine: Quarantine { Quarantine(path: "\(path)/quarantine") }

  /// Whether the office is one account's or a group's, read from the folder now.
  public var sharing: OfficeSharing { OfficeSharing.of(office: path) }

  public func channelPath(_ channel: String) -> String { "\(channelsPath)/\(channel).jsonl" }

  /// Creates the folders if missing and refuses a network file system.
  public func prepare() throws {
    do {
      try makeDirectory(path)
      try sharing.makeFolder(channelsPath)
      if case .network(let name) = FileSystemKind.of(path) {
        throw LogError.networkFileSystem(path: path, name: name)
      }
    } catch let error as SystemError {
      throw LogError.io(file: path, error)
    }
  }

  /// Whether the directory exists.
  public var exists: Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  /// The channels that have a log file, sorted by name.
  public func channelNames() -> [String] {
    entryNames(in: channelsPath).filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map {
      String($0.dropLast(6))
    }
  }

  /// Files or folders whose mode lets other accounts read them.
  public func permissionProblems() -> [LogProblem] {
    var problems: [LogProblem] = []
    func inspect(_ target: String, shown: String, limit: mode_t) {
      var info = stat()
      guard stat(target, &info) == 0 else { return }
      let mode = info.st_mode & 0o777
      if mode & ~limit != 0 {
        problems.append(
          LogProblem(
            file: shown, line: 0, kind: .permissions,
            reason: "mode \(String(mode, radix: 8)) lets other accounts read personal data; "
              + "run relations check --repair (or chmod \(String(limit, radix: 8)))"))
      }
    }
    inspect(path, shown: path, limit: 0o700)
    inspect(channelsPath, shown: "channels", limit: 0o700)
    for name in channelNames() {
      inspect(channelPath(name), shown: "channels/\(name).jsonl", limit: 0o600)
    }
    return problems
  }

  /// Sets the mode of the file or folder at `path` itself, never of what a symbolic link
  /// there points at (which could be outside the office). Returns whether it was set.
  @discardableResult
  public static func setMode(of path: String, to mode: mode_t, folder: Bool) -> Bool {
    // O_NONBLOCK: a FIFO opens at once; setting its mode is harmless.
    let flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (folder ? O_DIRECTORY : 0)
    let fd = open(path, flags)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return fchmod(fd, mode) == 0
  }
}
