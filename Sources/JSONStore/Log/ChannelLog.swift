import Glibc

/// One channel's append-only log file: durable appends under a lock, recovery of torn tails,
/// and a live view of what other processes append.
///
/// Every record that reaches the index, whether read at open, appended here or appended by
/// another process, goes through the same `catchUp` and is handed to `sink`, so the app has
/// a single path by which records arrive.
public final class ChannelLog {
  /// Whether this handle may change the file.
  public enum Mode: Sendable {
    /// Appends, and cuts a torn tail (under the lock) when it finds one.
    case readWrite
    /// Only reads; a torn tail is left as it is and reported.
    case readOnly
  }

  /// A record to append; the log assigns `seq` and the batch marks.
  public struct Draft: Sendable {
    public var stream: String
    public var type: String
    public var data: [UInt8]
    public var id: String
    public var timestamp: Timestamp
    /// Who made the change when it is not the appending account (an import of history).
    public var actor: String?

    public init(
      stream: String, type: String, data: [UInt8], id: String, timestamp: Timestamp,
      actor: String? = nil
    ) {
      self.stream = stream
      self.type = type
      self.data = data
      self.id = id
      self.timestamp = timestamp
      self.actor = actor
    }
  }

  /// Bytes that recovery set aside.
  public struct Recovery: Sendable, Equatable {
    public var offset: Int
    public var bytes: Int
    public var quarantinedAt: String
  }

  public let channel: String
  public let path: String
  public let mode: Mode
  /// Named in messages: `channels/visit.jsonl`.
  public let displayName: String
  /// Whether records are validated byte by byte even when their checksum matches.
  public let strict: Bool
  /// Whether every record's line is hashed and the hash chain followed as it is read.
  public let chain: Bool
  let quarantine: Quarantine
  let fd: Int32

  public private(set) var index = ChannelIndex()
  /// Damage found in the file (never rewritten), seq disorder, and newer-format records.
  public private(set) var problems: [LogProblem] = []
  /// Tails this handle cut.
  public private(set) var recoveries: [Recovery] = []
  /// Set after a failed sync: the file is not appended to again through this handle.
  public private(set) var failure: SystemError?
  /// Decides what the bytes read hold: records, damage, and where a torn write begins.
  private var scanner: LogScanner

  /// The file offset up to which every line is read (delivered or reported); what follows
  /// is a write in progress or a torn one.
  public var endOffset: Int { scanner.soundEnd }
  /// Lines up to `endOffset`.
  public var lineCount: Int { scanner.soundLines }
  /// The newest format version found in the file.
  public var newestVersion: Int { scanner.newestVersion }
  /// The last good record read and the hash of its line; nil unless `chain` is on (or the
  /// file holds no record).
  public var chainHead: HashChain.Link? { scanner.hashChain.head }
  /// Where the hash chain first broke (seq and line), when `chain` is on and it did.
  public var chainBreak: (seq: Int64, line: Int)? { scanner.firstBreak }

  /// Where the last good record read starts: the record the next append's `prev` names.
  private var lastRecordOffset: Int?
  /// The hash of the line at an offset, kept from the last append so that the next one by
  /// this handle (most are) need not read it back.
  private var knownHash: (offset: Int, hash: LineHash)?

  /// Receives every record as it becomes part of the log, in file order.
  public var sink: ((RecordView) -> Void)?
  /// Receives the bytes that hold no readable record: damaged lines, tails this handle sets
  /// aside, and (at open) what quarantine/ already holds of this channel. Whatever ids they
  /// mention were once used and must never be handed out again.
  public var salvage: ((UnsafeRawBufferPointer) -> Void)?
  /// The quarantine files already handed to `salvage`.
  private var salvagedFiles: Set<String> = []

  /// How the log reaches the disk; tests replace it to simulate a full or failing disk.
  var io = FileOperations.posix

  /// Opens (creating when `.readWrite`) `channels/<channel>.jsonl` and reads it whole,
  /// handing each record to `sink`. A torn tail is cut (when `.readWrite`) under the lock.
  ///
  /// `strict` walks every byte of every record (for `check`); otherwise `data` is trusted
  /// once its checksum matches (see `RecordCodec.decode`). `chain` hashes every record's line
  /// and follows the hash chain, reporting its first break (for `check`, `seal` and backups);
  /// the records then reach `sink` with their `lineHash`.
  public init(
    directory: DataDirectory, channel: String, mode: Mode = .readWrite, strict: Bool = false,
    chain: Bool = false, sink: ((RecordView) -> Void)? = nil,
    salvage: ((UnsafeRawBufferPointer) -> Void)? = nil
  ) throws {
    self.channel = channel
    self.strict = strict
    self.chain = chain
    self.mode = mode
    self.path = directory.channelPath(channel)
    self.displayName = "channels/\(channel).jsonl"
    self.quarantine = directory.quarantine
    self.sink = sink
    self.salvage = salvage
    self.scanner = LogScanner(file: "channels/\(channel).jsonl", strict: strict, chain: chain)
    switch mode {
    case .readWrite:
      try directory.prepare()
      var created = true
      var descriptor: Int32
      if let made = try Self.create(path, shown: displayName) {
        descriptor = made
      } else {
        created = false
        descriptor = try RegularFile.open(path, flags: O_RDWR | O_APPEND, shown: displayName)
      }
      fd = descriptor
      // The office's mode and group, whatever this process's umask (a log made by one member
      // of a shared office must be writable by the next).
      let sharing = directory.sharing
      sharing.apply(to: fd, mode: sharing.fileMode())
      if created {
        // Every stored property is set by now, so a throw runs deinit, which closes `fd`.
        do { try syncDirectory(directory.channelsPath) } catch {
          throw LogError.io(file: displayName, error)
        }
      }
    case .readOnly:
      fd = try RegularFile.open(path, flags: O_RDONLY, shown: displayName)
    }
    // A throw from here on runs deinit, which closes `fd` (closing it here as well could
    // close a descriptor another thread has just been given the same number).
    // Without the lock a copy may still be being written: read again at the first append.
    salvageQuarantine(remembering: false)
    try catchUp()
    if try mode == .readWrite && pendingTailBytes() > 0 {
      // A writer may have been mid-write: under the lock, read what it finished first.
      try withLock {
        try self.catchUp()
        try self.recoverTail()
      }
    }
  }

  deinit {
    close(fd)
  }

  /// Hands what quarantine/ holds of this channel, and has not been handed yet, to `salvage`
  /// (reserving an id twice is harmless; missing one is not).
  private func salvageQuarantine(remembering: Bool) {
    guard let salvage else { return }
    for path in quarantine.files(of: channel) where !salvagedFiles.contains(path) {
      if remembering { salvagedFiles.insert(path) }
      guard let bytes = try? RegularFile.read(path, shown: path) else { continue }
      bytes.withUnsafeBytes { salvage($0) }
    }
  }

  /// Creates the log file; nil when it exists already.
  private static func create(_ path: String, shown: String) throws -> Int32? {
    do {
      return try RegularFile.open(
        path, flags: O_RDWR | O_APPEND | O_CREAT | O_EXCL, shown: shown)
    } catch {
      if case .io(_, let failure) = error, failure.code == EEXIST { return nil }
      throw error
    }
  }

  // MARK: Reading

  /// Reads what was appended since the last read, by any process, without taking the lock.
  /// A partial last line is not yet visible. Returns how many records arrived.
  ///
  /// When a tail stays incomplete and no writer holds the lock, the writer died mid-write:
  /// a `.readWrite` handle then recovers it.
  @discardableResult
  public func poll() throws -> Int {
    let before = index.recordCount
    try catchUp()
    if try mode == .readWrite && pendingTailBytes() > 0 {
      if flock(fd, LOCK_EX | LOCK_NB) == 0 {
        defer { flock(fd, LOCK_UN) }
        try catchUp()
        try recoverTail()
      }
    }
    return index.recordCount - before
  }

  /// Bytes after the last good record: a write in progress, or a torn tail.
  public func pendingTailBytes() throws -> Int {
    let size: Int
    do { size = try fileSize(fd) } catch { throw LogError.io(file: displayName, error) }
    return max(0, size - endOffset)
  }

  /// Reads from `endOffset` to the end of the file: the scanner delivers every good record
  /// and reports every damaged line; a torn write (or one in progress) stays unread.
  func catchUp() throws {
    let size: Int
    do { size = try fileSize(fd) } catch { throw LogError.io(file: displayName, error) }
    guard size > scanner.soundEnd else { return }
    scanner.begin()
    defer {
      scanner.end(deliver: deliver)
      problems += scanner.takeProblems()
    }
    _ = try LineReader.read(fd, from: scanner.soundEnd, to: size) { item in
      switch item {
      case .overlong(let start, let end):
        scanner.consumeOverlong(start: start, end: end, deliver: deliver)
      case .line(let bytes, let start, let end):
        scanner.consume(
          line: bytes, start: start, end: end, deliver: deliver,
          damaged: { self.salvage?($0) })
      }
    }
  }

  private func deliver(_ view: RecordView, at offset: Int) {
    index.apply(view, at: offset)
    lastRecordOffset = offset
    guard let sink else { return }
    var located = view
    located.offset = offset
    sink(located)
  }

  // MARK: Recovery

  /// Sets the bytes after the last good record aside in quarantine, then cuts them off.
  /// Must run under the lock, after `catchUp`, so no writer is mid-write.
  func recoverTail() throws {
    let size: Int
    do { size = try fileSize(fd) } catch { throw LogError.io(file: displayName, error) }
    guard size > endOffset else { return }
    var bytes = [UInt8](repeating: 0, count: size - endOffset)
    do {
      let got = try bytes.withUnsafeMutableBytes { try readFully(fd, into: $0, at: endOffset) }
      let saved = try bytes.withUnsafeBytes { raw in
        let tail = UnsafeRawBufferPointer(rebasing: raw[0..<got])
        salvage?(tail)
        let copy = try quarantine.setAside(
          tail, channel: channel, offset: endOffset, now: Timestamp.now())
        salvagedFiles.insert(copy)
        return copy
      }
      guard io.truncate(fd, endOffset) == 0 else { throw SystemError("ftruncate \(path)") }
      guard io.sync(fd) == 0 else { throw SystemError("fsync \(path)") }
      recoveries.append(Recovery(offset: endOffset, bytes: got, quarantinedAt: saved))
    } catch let error as SystemError {
      throw LogError.io(file: displayName, error)
    }
  }

  // MARK: Appending

  /// Appends the records `body` returns, as one batch: one write, one sync, all or nothing.
  ///
  /// `body` runs under the file's exclusive lock after every other process's records have
  /// been read, so what it sees in `index` is current: check versions and allocate ids there.
  /// Nothing is acknowledged (returned) before the batch is on disk.
  @discardableResult
  public func transact<Result>(
    actor: String, _ body: (ChannelIndex) throws -> (drafts: [Draft], result: Result)
  ) throws -> (result: Result, seqs: ClosedRange<Int64>?) {
    try appendGroups(actor: actor) { index in
      let (drafts, result) = try body(index)
      return ([drafts], result)
    }
  }

  /// Appends several batches with one write and one sync; each group is a batch of its own
  /// in the file, as if appended one after another. For `relations demo`, which writes a
  /// whole office at once.
  @discardableResult
  public func append(batches: [[Draft]], actor: String) throws -> ClosedRange<Int64>? {
    try appendGroups(actor: actor) { _ in (batches, ()) }.seqs
  }

  private func appendGroups<Result>(
    actor: String, _ body: (ChannelIndex) throws -> (groups: [[Draft]], result: Result)
  ) throws -> (result: Result, seqs: ClosedRange<Int64>?) {
    guard mode == .readWrite else {
      throw LogError.io(file: displayName, SystemError("append", code: EBADF))
    }
    if let failure { throw LogError.needsReverify(file: displayName, failure) }
    return try withLock {
      try catchUp()
      try recoverTail()
      // Another process may have set a tail aside since: its ids are taken too. Under the
      // lock, so a file is only read once its copy is whole.
      salvageQuarantine(remembering: true)
      if newestVersion > Record.currentVersion {
        throw LogError.newerFormat(file: displayName, version: newestVersion)
      }
      let (groups, result) = try body(index)
      let written = groups.filter { !$0.isEmpty }
      guard !written.isEmpty else { return (result, nil) }
      let (bytes, seqs, last) = try encode(written, actor: actor, after: try headHash())
      let start = endOffset
      try write(bytes)
      knownHash = (start + last.offset, last.hash)
      try catchUp()
      return (result, seqs)
    }
  }

  /// The hash of the last good record's line, which the next record's `prev` names: kept
  /// from this handle's last append when no other process appended since, else read back
  /// (one short read). Nil when the file holds no record yet.
  private func headHash() throws -> LineHash? {
    guard let offset = lastRecordOffset else { return nil }
    if let knownHash, knownHash.offset == offset { return knownHash.hash }
    guard let line = line(at: offset) else {
      throw LogError.io(
        file: displayName, SystemError("read the record at byte \(offset)", code: EIO))
    }
    let hash = LineHash(of: line)
    knownHash = (offset, hash)
    return hash
  }

  /// The lines of `groups`, numbered on from the last seq, each group marked as a batch and
  /// each line naming the one before it (`prev`, the hash chain); `previous` is the hash of
  /// the file's last good record. Also returns where the last line starts in `bytes` and its
  /// hash.
  private func encode(_ groups: [[Draft]], actor: String, after previous: LineHash?) throws -> (
    bytes: [UInt8], seqs: ClosedRange<Int64>, last: (offset: Int, hash: LineHash)
  ) {
    let first = index.lastSeq + 1
    var next = first
    var bytes = [UInt8]()
    var prev = previous
    var last = (offset: 0, hash: LineHash(of: []))
    for drafts in groups {
      guard drafts.count <= Record.maximumBatch else {
        throw LogError.batchTooLarge(records: drafts.count)
      }
      let end = next + Int64(drafts.count) - 1
      guard end <= Record.maximumSeq else {
        throw LogError.io(
          file: displayName, SystemError("append (seq space exhausted)", code: EFBIG))
      }
      for draft in drafts {
        if let reason = RecordCodec.validateJSON(draft.data) {
          throw LogError.invalidData(reason: reason)
        }
        let line = RecordCodec.encode(
          Record(
            seq: next, id: draft.id, timestamp: draft.timestamp, actor: draft.actor ?? actor,
            stream: draft.stream, type: draft.type, batchEnd: drafts.count > 1 ? end : nil,
            prev: prev, data: draft.data))
        guard line.count - 1 <= Record.maximumBytes else {
          throw LogError.recordTooLarge(bytes: line.count - 1)
        }
        let hash = line.withUnsafeBytes {
          LineHash(of: UnsafeRawBufferPointer(rebasing: $0.dropLast()))
        }
        last = (bytes.count, hash)
        prev = hash
        bytes.append(contentsOf: line)
        next += 1
      }
    }
    return (bytes, first...(next - 1), last)
  }

  /// Appends `drafts` to one stream if it is still at `expected`; otherwise throws a
  /// conflict naming who changed it.
  @discardableResult
  public func append(
    _ drafts: [Draft], actor: String, expected: ExpectedVersion = .any
  ) throws -> ClosedRange<Int64>? {
    try transact(actor: actor) { index in
      for stream in Set(drafts.map(\.stream)) {
        if let conflict = conflict(for: stream, expected: expected, in: index) { throw conflict }
      }
      return (drafts, ())
    }.seqs
  }

  /// The conflict to report when `stream` is not at `expected` in `index` (naming who changed
  /// it last), or nil when it is. For `transact` bodies that check versions themselves.
  public func conflict(for stream: String, expected: ExpectedVersion, in index: ChannelIndex)
    -> LogError?
  {
    let state = index.streams[stream]
    let actual = state?.version ?? 0
    guard !expected.admits(actual) else { return nil }
    let last = state.flatMap { record(at: $0.lastOffset) }
    return .conflict(
      .init(
        stream: stream, expected: expected, actual: actual, lastActor: last?.actor,
        lastTimestamp: last?.timestamp,
        lastType: last?.type))
  }

  /// The record that starts at `offset`, read back from the file (to name who made a change).
  public func record(at offset: Int) -> Record? {
    guard let line = line(at: offset) else { return nil }
    return try? RecordCodec.decode(line, strict: false)
  }

  /// The complete line that starts at `offset`, without its newline and, as the scanner reads
  /// it, without a trailing `\r` (a line an editor ended with CRLF); nil when there is none.
  private func line(at offset: Int) -> [UInt8]? {
    // Nearly every record is short: one small read finds its end without the large buffer.
    var small = [UInt8](repeating: 0, count: 8192)
    let got = small.withUnsafeMutableBytes { raw in
      (try? readFully(fd, into: raw, at: offset)) ?? 0
    }
    var found: [UInt8]?
    if let newline = small[0..<got].firstIndex(of: 0x0A) {
      found = Array(small[0..<newline])
    } else {
      _ = try? LineReader.read(fd, from: offset, to: offset + Record.maximumBytes + 1) { item in
        guard found == nil, case .line(let bytes, _, _) = item else { return }
        found = Array(bytes)
      }
    }
    if found?.last == 0x0D { found?.removeLast() }
    return found
  }

  /// One write of the whole batch, then a sync. A short or failed write is rolled back so
  /// nothing half-written stays; a failed sync stops further appends through this handle.
  private func write(_ bytes: [UInt8]) throws {
    let written = bytes.withUnsafeBytes { raw in retryingEINTR { io.write(fd, raw) } }
    if written != bytes.count {
      let error =
        written < 0
        ? SystemError("write \(path)") : SystemError("write \(path) (short write)", code: ENOSPC)
      if io.truncate(fd, endOffset) != 0 || io.sync(fd) != 0 {
        failure = error
        throw LogError.needsReverify(file: displayName, error)
      }
      throw LogError.io(file: displayName, error)
    }
    guard io.sync(fd) == 0 else {
      let error = SystemError("fsync \(path)")
      failure = error
      throw LogError.needsReverify(file: displayName, error)
    }
  }

  private func withLock<T>(_ body: () throws -> T) throws -> T {
    guard retryingEINTR({ Int(flock(fd, LOCK_EX)) }) == 0 else {
      throw LogError.io(file: displayName, SystemError("flock \(path)"))
    }
    defer { flock(fd, LOCK_UN) }
    return try body()
  }
}

/// The system calls an append makes, replaceable so tests can make the disk fail.
struct FileOperations: Sendable {
  var write: @Sendable (Int32, UnsafeRawBufferPointer) -> Int
  var sync: @Sendable (Int32) -> Int32
  var truncate: @Sendable (Int32, Int) -> Int32

  static let posix = FileOperations(
    write: { fd, bytes in Glibc.write(fd, bytes.baseAddress, bytes.count) },
    sync: { fd in fdatasync(fd) },
    truncate: { fd, length in ftruncate(fd, off_t(length)) })
}
