import Glibc

/// Who an office belongs to, read from its data folder itself so that every process agrees
/// whatever its umask: a folder that is setgid and open to its group (2770) is shared with
/// that group; anything else belongs to one account. It decides the mode and group of every
/// file and folder Relations makes in the office (CONTRACTS.md, "Modes").
public enum OfficeSharing: Sendable, Equatable {
  /// One account: folders 0700, files 0600.
  case privateToOwner
  /// A team: folders 2770 and files 0660 with this group; `drafts/` and `views/` 1770 and
  /// each person's file in them 0600.
  case group(gid_t)

  /// The sharing of the office whose data folder is `path` (private when it cannot be read).
  public static func of(office path: String) -> OfficeSharing {
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return .privateToOwner }
    return info.st_mode & S_ISGID != 0 && info.st_mode & 0o070 == 0o070
      ? .group(info.st_gid) : .privateToOwner
  }

  /// The folders that hold one file per person: nobody may replace another's (sticky).
  public static let personalFolders: Set<String> = ["drafts", "views"]

  /// The mode of a folder of the office; `personal` for `drafts/` and `views/`.
  public func folderMode(personal: Bool = false) -> mode_t {
    switch self {
    case .privateToOwner: 0o700
    case .group: personal ? 0o1770 : 0o2770
    }
  }

  /// The mode of a file of the office; `personal` for a file in `drafts/` or `views/`.
  public func fileMode(personal: Bool = false) -> mode_t {
    switch self {
    case .privateToOwner: 0o600
    case .group: personal ? 0o600 : 0o660
    }
  }

  /// The group every file and folder should have; nil for a private office.
  public var gid: gid_t? {
    if case .group(let gid) = self { return gid }
    return nil
  }

  /// Gives the open file or folder `fd` its mode and the office's group, whatever the umask
  /// was when it was made. The group comes first: changing it may clear the setgid bit.
  /// Returns whether both were set.
  @discardableResult
  public func apply(to fd: Int32, mode: mode_t) -> Bool {
    var grouped = true
    if let gid {
      var info = stat()
      if fstat(fd, &info) != 0 || info.st_gid != gid {
        grouped = fchown(fd, uid_t.max, gid) == 0
      }
    }
    return fchmod(fd, mode) == 0 && grouped
  }

  /// Gives the file or folder at `path` itself (never what a symbolic link there points at)
  /// its mode and the office's group. Returns whether both were set.
  @discardableResult
  public func apply(toPath path: String, mode: mode_t, folder: Bool) -> Bool {
    // O_NONBLOCK: a FIFO opens at once.
    let flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | (folder ? O_DIRECTORY : 0)
    let fd = open(path, flags)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    return apply(to: fd, mode: mode)
  }

  /// Makes `path` (parents included) a folder of the office; a folder made here gets the
  /// office's mode and group, one that exists is left as it is.
  public func makeFolder(_ path: String, personal: Bool = false) throws(SystemError) {
    var current = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      current += "/" + component
      if mkdir(current, 0o700) == 0 {
        apply(
          toPath: current, mode: folderMode(personal: personal && current == path), folder: true)
      } else if errno != EEXIST {
        throw SystemError("mkdir \(current)")
      }
    }
    var info = stat()
    guard stat(path, &info) == 0 else { throw SystemError("stat \(path)") }
    guard (info.st_mode & S_IFMT) == S_IFDIR else {
      throw SystemError("mkdir \(path)", code: ENOTDIR)
    }
  }
}
