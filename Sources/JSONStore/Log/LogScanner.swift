/// Reads the lines of a channel log and decides, without touching a file, which are records
/// to deliver, which are damage to report, and how far the file is sound. `ChannelLog` feeds
/// it the lines it reads; tests feed it bytes (`scan(_:)`).
///
/// The rules it keeps (docs/CONTRACTS.md, "The log"):
/// - A complete line with a valid checksum is delivered, whatever surrounds it. Only an exact
///   repeat of a record already delivered (same seq, same checksum) is skipped, and reported.
/// - A damaged line (any complete line that is not a good record) is reported by line and
///   holds no seq: seq order is judged against good records only.
/// - Only a torn write is offered for cutting: the bytes after the last newline, or a clean
///   prefix of a batch at the end of the file (its end record missing, not present but
///   damaged). `soundEnd` is where that tail begins.
/// - A trailing `\r` is not part of a line, so a log converted to CRLF reads as before.
/// - With `chain`, each delivered record's line is hashed and its `prev` followed
///   (`HashChain`); the first break of the file is reported, once. A record right after
///   damaged lines is not judged: the damage is reported already.
public struct LogScanner {
  /// Named in problems: `channels/visit.jsonl`.
  public let file: String
  /// Whether records are decoded byte by byte even when their checksum matches (`check`).
  public let strict: Bool
  /// Whether each good record's line is hashed and the hash chain followed (`check`, `seal`,
  /// backups); the desk and replay leave it off, since hashing costs a pass over every byte.
  public let chain: Bool

  /// Everything before this offset is delivered or reported; after it is a torn write or a
  /// write in progress (or nothing).
  public private(set) var soundEnd = 0
  /// Lines before `soundEnd`.
  public private(set) var soundLines = 0
  /// The highest seq delivered, 0 when none.
  public private(set) var lastSeq: Int64 = 0
  /// The newest format version seen, delivered or not.
  public private(set) var newestVersion = 0
  /// Problems found since the last `takeProblems()`, in file order.
  private var problems: [LogProblem] = []
  /// The chain followed so far, when `chain` is on.
  public private(set) var hashChain = HashChain()
  /// Where the chain first broke (seq and line), when it did; only this one is reported.
  public private(set) var firstBreak: (seq: Int64, line: Int)?

  private var ledger = SeqLedger()
  /// Damaged lines since the last good record: a seq gap no larger is explained by them.
  private var damagedSinceGood: Int64 = 0
  /// The lines of a batch read so far whose end record has not come yet.
  private var held: [HeldMember] = []
  /// Lines seen in the current pass.
  private var line = 0

  public init(file: String, strict: Bool = false, chain: Bool = false) {
    self.file = file
    self.strict = strict
    self.chain = chain
  }

  /// A good record of a batch, copied out of the read buffer until the batch is decided.
  private struct HeldMember {
    var record: Record
    var checksum: UInt32
    /// The hash of its line, when the chain is followed.
    var hash: LineHash?
    var start: Int
    var end: Int
    var line: Int
  }

  // MARK: Passes

  /// Starts reading from `soundEnd`. Lines held back by the last pass (a batch without its
  /// end yet) are read again.
  public mutating func begin() {
    held.removeAll(keepingCapacity: true)
    line = soundLines
  }

  /// One complete line (without its `\n`) that starts at `start`; `end` is past its newline.
  /// Records are handed to `deliver` with their offsets, in file order; the bytes of a line
  /// that holds no readable record go to `damaged`.
  public mutating func consume(
    line bytes: UnsafeRawBufferPointer, start: Int, end: Int,
    deliver: (RecordView, Int) -> Void, damaged: (UnsafeRawBufferPointer) -> Void = { _ in }
  ) {
    line += 1
    var content = bytes
    if let last = content.last, last == 0x0D {
      content = UnsafeRawBufferPointer(rebasing: content.dropLast())
    }
    do {
      try RecordCodec.decode(content, strict: strict) { view in
        let checksum = view.checksum
        let hash = chain ? LineHash(of: content) : nil
        if let batchEnd = view.batchEnd, batchEnd > view.seq {
          if let last = held.last,
            last.record.batchEnd != batchEnd || last.record.seq + 1 != view.seq
          {
            releaseHeld(deliver)
          }
          held.append(
            HeldMember(
              record: view.record, checksum: checksum, hash: hash, start: start, end: end,
              line: line))
          return
        }
        if let last = held.last {
          if view.batchEnd != nil, last.record.batchEnd == view.batchEnd,
            last.record.seq + 1 == view.seq
          {
            for member in held { accept(member, deliver) }
            held.removeAll(keepingCapacity: true)
          } else {
            releaseHeld(deliver)
          }
        }
        accept(view, checksum: checksum, hash: hash, offset: start, line: line, deliver)
      }
    } catch {
      releaseHeld(deliver)
      let problem = error as? RecordCodec.LineError
      if case .newerVersion(let version) = problem {
        newestVersion = max(newestVersion, version)
        report(.newerVersion, problem?.message ?? "")
      } else {
        report(.damagedRecord, problem?.message ?? "\(error)")
      }
      damagedSinceGood += 1
      damaged(content)
    }
    commit(through: end, lines: line)
  }

  /// A complete line too long to hold (`Record.maximumBytes`), which is damage.
  public mutating func consumeOverlong(start: Int, end: Int, deliver: (RecordView, Int) -> Void) {
    line += 1
    releaseHeld(deliver)
    report(.damagedRecord, RecordCodec.LineError.tooLong(bytes: end - start - 1).message)
    damagedSinceGood += 1
    commit(through: end, lines: line)
  }

  /// Ends a pass. A batch still without its end stays unread when it is what a writer's
  /// torn (or unfinished) append looks like: its first record takes the seq after the last
  /// one read, and none of it repeats a record read before. Then `soundEnd` stays before it.
  /// Anything else held is no write in progress, and is read as it is.
  public mutating func end(deliver: (RecordView, Int) -> Void) {
    if let first = held.first,
      first.record.seq != lastSeq + 1
        || held.contains(where: { ledger.holds($0.record.seq, checksum: $0.checksum) })
    {
      releaseHeld(deliver)
    }
    held.removeAll(keepingCapacity: true)
    line = soundLines
  }

  /// The problems found since the last call.
  public mutating func takeProblems() -> [LogProblem] {
    defer { problems.removeAll() }
    return problems
  }

  // MARK: Deciding

  private mutating func commit(through end: Int, lines: Int) {
    guard held.isEmpty else { return }
    soundEnd = end
    soundLines = lines
  }

  /// A batch whose end record is missing or damaged, followed by something complete: its
  /// records are read as they are (nothing with a valid checksum is hidden), and reported.
  private mutating func releaseHeld(_ deliver: (RecordView, Int) -> Void) {
    guard let first = held.first, let last = held.last else { return }
    report(
      .damagedRecord,
      "records \(first.record.seq)–\(last.record.seq) belong to a batch that should end at seq "
        + "\(first.record.batchEnd ?? 0), whose end is missing or damaged; they are read as they are",
      line: first.line)
    for member in held { accept(member, deliver) }
    held.removeAll(keepingCapacity: true)
    commit(through: last.end, lines: last.line)
  }

  private mutating func accept(_ member: HeldMember, _ deliver: (RecordView, Int) -> Void) {
    member.record.data.withUnsafeBytes { data in
      let view = RecordView(
        version: member.record.version, seq: member.record.seq, id: member.record.id,
        timestamp: member.record.timestamp, actor: member.record.actor,
        stream: member.record.stream, type: member.record.type, batchEnd: member.record.batchEnd,
        prevHash: member.record.prev, data: data)
      accept(
        view, checksum: member.checksum, hash: member.hash, offset: member.start,
        line: member.line, deliver)
    }
  }

  /// Judges a good record's seq against the good records before it, then delivers it unless
  /// it repeats one already delivered.
  private mutating func accept(
    _ view: RecordView, checksum: UInt32, hash: LineHash?, offset: Int, line: Int,
    _ deliver: (RecordView, Int) -> Void
  ) {
    let seq = view.seq
    if seq > lastSeq {
      // Both are at most Record.maximumSeq, so the difference cannot overflow.
      let missing = seq - lastSeq - 1
      if missing > damagedSinceGood {
        report(.sequence, "seq gap: expected \(lastSeq + 1), found \(seq)", line: line)
      }
      lastSeq = seq
    } else if ledger.holds(seq, checksum: checksum) {
      report(
        .sequence, "repeats the record with seq \(seq), already read; the copy is skipped",
        line: line)
      return
    } else {
      report(
        .sequence, "seq \(seq) is out of order (after seq \(lastSeq)); the record is read",
        line: line)
    }
    ledger.record(seq, checksum: checksum)
    let afterDamage = damagedSinceGood > 0
    damagedSinceGood = 0
    newestVersion = max(newestVersion, view.version)
    guard let hash else { return deliver(view, offset) }
    if afterDamage {
      hashChain.resume(seq: seq, hash: hash, prev: view.prev)
    } else if let reason = hashChain.follow(seq: seq, hash: hash, prev: view.prev),
      firstBreak == nil
    {
      firstBreak = (seq, line)
      report(.chain, reason, line: line)
    }
    var hashed = view
    hashed.lineHash = hash
    deliver(hashed, offset)
  }

  private mutating func report(_ kind: LogProblem.Kind, _ reason: String, line: Int? = nil) {
    problems.append(LogProblem(file: file, line: line ?? self.line, kind: kind, reason: reason))
  }
}

extension LogScanner {
  /// What a scan of a whole log's bytes found: for tests and tools that hold the bytes.
  public struct Result {
    public var records: [Record]
    public var offsets: [Int]
    public var problems: [LogProblem]
    /// Where the torn write begins (the file's size when there is none).
    public var soundEnd: Int
    /// The last good record and the hash of its line, when the chain was followed.
    public var chainHead: HashChain.Link?
  }

  /// Scans `bytes` as a log file, the way `ChannelLog` reads one.
  public static func scan(
    _ bytes: [UInt8], file: String = "log", strict: Bool = false, chain: Bool = false
  ) -> Result {
    var scanner = LogScanner(file: file, strict: strict, chain: chain)
    var records: [Record] = []
    var offsets: [Int] = []
    func deliver(_ view: RecordView, _ offset: Int) {
      records.append(view.record)
      offsets.append(offset)
    }
    scanner.begin()
    bytes.withUnsafeBytes { raw in
      var start = 0
      while start < raw.count, let newline = raw[start...].firstIndex(of: 0x0A) {
        if newline - start > Record.maximumBytes {
          scanner.consumeOverlong(start: start, end: newline + 1, deliver: deliver)
        } else {
          scanner.consume(
            line: UnsafeRawBufferPointer(rebasing: raw[start..<newline]), start: start,
            end: newline + 1, deliver: deliver)
        }
        start = newline + 1
      }
    }
    scanner.end(deliver: deliver)
    return Result(
      records: records, offsets: offsets, problems: scanner.takeProblems(),
      soundEnd: scanner.soundEnd, chainHead: scanner.hashChain.head)
  }
}
