import Domain
import Glibc
import JSONStore

/// Why the desk opened an office read-only: something the desk writes (the data folder, its
/// channels and drafts folders, a channel log) cannot be written by this account. The desk
/// still shows everything; its banner names what and why, and saving is refused.
public struct ReadOnlyReason: Equatable, Sendable {
  public enum Cause: Equatable, Sendable {
    /// The disk holding it is mounted read-only.
    case readOnlyFileSystem
    /// This account has no write permission on it.
    case noPermission
    /// The store was opened read-only by whoever started the desk.
    case openedReadOnly
    /// The account's role may change nothing at the desk (a bridge, or a role the office
    /// gave no desk permissions).
    case role(StaffMember.Role)
  }

  public var cause: Cause
  /// What cannot be written, as the banner names it: `channels/visit.jsonl`, `the data folder`.
  public var path: String

  public init(cause: Cause, path: String) {
    self.cause = cause
    self.path = path
  }

  /// The first thing under `directory` the desk writes that this account cannot, or nil
  /// when it can write all of them. Asks the kernel (`access`), so a read-only mount and
  /// missing permissions are told apart, and root, who may write anything, is never refused.
  public static func check(_ directory: DataDirectory) -> ReadOnlyReason? {
    var targets = [(directory.path, "the data folder"), (directory.channelsPath, "channels")]
    for name in directory.channelNames() {
      targets.append((directory.channelPath(name), "channels/\(name).jsonl"))
    }
    targets.append((directory.path + "/drafts", "drafts"))
    for (path, shown) in targets where access(path, W_OK) != 0 {
      switch errno {
      case EROFS: return ReadOnlyReason(cause: .readOnlyFileSystem, path: shown)
      case EACCES, EPERM: return ReadOnlyReason(cause: .noPermission, path: shown)
      default: continue  // not there (yet): made by the first write that needs it
      }
    }
    return nil
  }
}
