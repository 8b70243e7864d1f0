import JSONStore

#if canImport(Glibc)
  import Glibc
#endif

/// Why the desk opened an office read-only: something the desk writes (the data folder, its
/// channels and drafts folders, a channel log) cannot be written by this account. The desk
/// still shows everything; its banner names what and why, and saving is refused.
struct ReadOnlyReason: Equatable, Sendable {
  enum Cause: Equatable, Sendable {
    /// The disk holding it is mounted read-only.
    case readOnlyFileSystem
    /// This account has no write permission on it.
    case noPermission
    /// The store was opened read-only by whoever started the desk.
    case openedReadOnly
  }

  var cause: Cause
  /// What cannot be written, as the banner names it: `channels/visit.jsonl`, `the data folder`.
  var path: String

  /// The first thing under `directory` the desk writes that this account cannot, or nil
  /// when it can write all of them. Asks the kernel (`access`), so a read-only mount and
  /// missing permissions are told apart, and root, who may write anything, is never refused.
  static func check(_ directory: DataDirectory) -> ReadOnlyReason? {
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

  /// The banner: the office is read-only, why, and what it means for the user.
  func banner(_ text: UIText) -> String {
    let why =
      switch cause {
      case .readOnlyFileSystem:
        text(
          "the disk holding \(path) is mounted read-only",
          "القرص الذي يحمل \(path) مركّب للقراءة فقط")
      case .noPermission:
        text("this account may not write \(path)", "هذا الحساب لا يملك إذن الكتابة في \(path)")
      case .openedReadOnly:
        text("it was opened for reading only", "فُتح للقراءة فقط")
      }
    return text(
      "The office is open read-only: \(why); nothing can be saved until whoever looks after this computer makes it writable.",
      "المكتب مفتوح للقراءة فقط: \(why)؛ لا يُحفظ شيء حتى يتيح مسؤول هذا الجهاز الكتابة فيه.")
  }

  /// The sentence on a form whose Ctrl-S was refused.
  static func refusal(_ text: UIText) -> String {
    text(
      "The office is open read-only, so this cannot be saved; what you typed stays here until you leave the form.",
      "المكتب مفتوح للقراءة فقط، فلا يمكن حفظ هذا؛ ما كتبته يبقى هنا حتى تغادر النموذج.")
  }
}
