/// Something wrong in a log file, located by file and line, for `relations check` and the app.
public struct LogProblem: Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// A line that is not a good record, followed by good ones: reported, skipped, never rewritten.
    case damagedRecord
    /// Bytes after the last good record (a write cut short): set aside and cut by recovery.
    case tornTail(bytes: Int)
    /// seq numbers that skip or repeat.
    case sequence
    /// A record this build cannot read because a newer Relations wrote it.
    case newerVersion
    /// File permissions that let others read personal data.
    case permissions
    /// A record whose `prev` does not name the good record before it: the file was changed
    /// after it was written (reported once per file, by readers that follow the chain).
    case chain
  }

  public var file: String
  /// 1-based.
  public var line: Int
  public var kind: Kind
  public var reason: String

  public init(file: String, line: Int, kind: Kind, reason: String) {
    self.file = file
    self.line = line
    self.kind = kind
    self.reason = reason
  }

  /// `file:line: reason`, the format of `relations check`.
  public var description: String { "\(file):\(line): \(reason)" }
}
