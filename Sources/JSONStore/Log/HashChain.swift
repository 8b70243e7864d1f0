/// The hash chain of one log file, followed record by record: each good record's `prev`
/// must be the hash of the good record before it in the file (docs/CONTRACTS.md, "The log").
///
/// Damaged lines and exact copies of a record are not part of the chain: only the records a
/// reader delivers are. A record that follows damaged lines is not judged (`resume`): the
/// damage is reported already, and the record it names may be among them. Records written before the chain existed carry no `prev`; the chain
/// begins at the first record that carries one, and every record after it must carry one.
/// A pure value: `LogScanner` feeds it when asked to (`check`, `seal`, backups), and tests
/// feed it directly.
public struct HashChain: Sendable {
  /// A good record of the chain: its seq and the hash of its line.
  public struct Link: Sendable, Equatable {
    public var seq: Int64
    public var hash: LineHash

    public init(seq: Int64, hash: LineHash) {
      self.seq = seq
      self.hash = hash
    }
  }

  /// The last good record followed: what the next record's `prev` must name.
  public private(set) var head: Link?
  /// Whether a record carrying `prev` was followed: from then on every record must carry one.
  public private(set) var begun = false

  public init() {}

  /// Takes the good record `seq` as the head without judging its `prev`: the lines just
  /// before it are damaged (and reported as such), and one of them may be the record it
  /// names, so its link cannot be told from a break and would only report the damage twice.
  public mutating func resume(seq: Int64, hash: LineHash, prev: LineHash?) {
    head = Link(seq: seq, hash: hash)
    if prev != nil { begun = true }
  }

  /// Follows the good record `seq` whose line hashes to `hash` and which carries `prev`.
  /// Returns why it does not follow the record before it (one sentence), or nil when it does.
  /// The chain goes on from this record either way, so a later break is judged on its own.
  public mutating func follow(seq: Int64, hash: LineHash, prev: LineHash?) -> String? {
    defer {
      head = Link(seq: seq, hash: hash)
      if prev != nil { begun = true }
    }
    switch (prev, head) {
    case (let prev?, let head?) where prev != head.hash:
      return "record seq \(seq) does not follow record seq \(head.seq) (its prev hash does not "
        + "match): one of them was changed after it was written"
    case (.some, nil):
      return "record seq \(seq) names a record before it (prev), but none is left before it in "
        + "the file: records were removed from the start of the file"
    case (nil, _) where begun:
      return "record seq \(seq) carries no prev hash though the records before it do: it was "
        + "changed after it was written, or written by an older Relations"
    default:
      return nil
    }
  }
}
