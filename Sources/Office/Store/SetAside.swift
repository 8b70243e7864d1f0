/// Bytes recovery cut from the end of a log (a write cut short) and kept in `quarantine/`:
/// what the desk names so that a person can look at them.
public struct SetAside: Equatable, Sendable {
  /// The log, as the data folder names it: `channels/visit.jsonl`.
  public var log: String
  /// The file that holds the bytes, from the data folder: `quarantine/visit.….torn`.
  public var quarantine: String
  public var bytes: Int
}
