import Glibc

/// A copy of one channel log in another data folder (a backup), brought up to date while
/// people work: the log's record boundary is learnt under its lock, only the bytes the copy
/// does not hold yet are copied, and the copy is then read whole, checksums and hash chain.
///
/// Append-only is what makes this cheap: a copy whose last line is still the log's line at
/// the same place is a prefix of the log, so the new bytes are all it lacks. A copy that is
/// not (the log was cut or changed since) is never overwritten: it is moved to `replaced/`
/// and the log copied whole.
public enum LogCopy {
  /// What one update did and found.
  public struct Result: Sendable {
    /// `channels/visit.jsonl`.
    public var file: String
    /// Bytes copied by this update.
    public var copiedBytes = 0
    /// The copy's size afterwards.
    public var totalBytes = 0
    /// Records the copy holds.
    public var records = 0
    /// Where the old copy was kept when the log no longer extended it (a path in the backup).
    public var replaced: String?
    /// Bytes of a write cut short at the end of the log, copied and then left out of the copy.
    public var leftOut = 0
    /// What reading the copy found: damage, seq disorder, a break in the hash chain.
    public var problems: [LogProblem] = []
    /// The copy's last good record and the hash of its line.
    public var chainHead: HashChain.Link?
  }

  /// Brings `backup`'s copy of `channel`'s log up to date with `source`'s log, syncs it, and
  /// verifies it. Folders and files made in `backup` get its mode and group
  /// (`OfficeSharing`). `now` names a replaced copy.
  public static func update(
    channel: String, from source: DataDirectory, into backup: DataDirectory, now: Timestamp
  ) throws -> Result {
    let file = "channels/\(channel).jsonl"
    var result = Result(file: file)
    let origin = try RegularFile.open(source.channelPath(channel), flags: O_RDONLY, shown: file)
    defer { close(origin) }
    let boundary = try recordBoundary(origin, shown: file)

    let sharing = backup.sharing
    let shownCopy = "\(backup.path)/\(file)"
    do {
      try sharing.makeFolder(backup.channelsPath)
    } catch {
      throw LogError.io(file: backup.channelsPath, error)
    }
    var (copy, created) = try openCopy(backup.channelPath(channel), shown: shownCopy)
    defer { close(copy) }
    sharing.apply(to: copy, mode: sharing.fileMode())
    var start: Int
    do { start = try fileSize(copy) } catch { throw LogError.io(file: shownCopy, error) }
    if start > 0, try !isPrefix(copy, size: start, of: origin, boundary: boundary) {
      result.replaced = try setAside(
        backup.channelPath(channel), channel: channel, in: backup, now: now)
      close(copy)
      (copy, created) = try openCopy(backup.channelPath(channel), shown: shownCopy)
      sharing.apply(to: copy, mode: sharing.fileMode())
      start = 0
    }
    do {
      result.copiedBytes = try copyBytes(from: origin, to: copy, range: start..<boundary)
      guard fsync(copy) == 0 else { throw SystemError("fsync \(shownCopy)") }
      if created { try syncDirectory(backup.channelsPath) }
    } catch let error as SystemError {
      throw LogError.io(file: shownCopy, error)
    }

    let verified = try ChannelLog(
      directory: backup, channel: channel, mode: .readOnly, strict: true, chain: true)
    result.problems = verified.problems
    let tail = try verified.pendingTailBytes()
    if tail > 0 {
      if verified.endOffset >= start {
        // A write cut short at the end of the log, copied just now: the log's next writer
        // sets it aside, so the copy leaves it out and stays a prefix of what follows.
        guard ftruncate(copy, off_t(verified.endOffset)) == 0, fsync(copy) == 0 else {
          throw LogError.io(file: shownCopy, SystemError("ftruncate \(shownCopy)"))
        }
        result.leftOut = tail
      } else {
        result.problems.append(
          LogProblem(
            file: file, line: verified.lineCount + 1, kind: .tornTail(bytes: tail),
            reason: "torn tail: \(tail) bytes after the last complete record"))
      }
    }
    result.totalBytes = verified.endOffset + (result.leftOut > 0 ? 0 : tail)
    result.records = verified.index.recordCount
    result.chainHead = verified.chainHead
    return result
  }

  /// The end of the last complete line of the log, learnt under a shared lock: writers hold
  /// the exclusive one while they write, so no batch is half there while it is held.
  static func recordBoundary(_ fd: Int32, shown: String) throws -> Int {
    guard retryingEINTR({ Int(flock(fd, LOCK_SH)) }) == 0 else {
      throw LogError.io(file: shown, SystemError("flock \(shown)"))
    }
    defer { flock(fd, LOCK_UN) }
    do {
      return try lastLineEnd(fd, size: try fileSize(fd))
    } catch let error as SystemError {
      throw LogError.io(file: shown, error)
    }
  }

  /// The offset just past the last newline before `size`; 0 when there is none.
  static func lastLineEnd(_ fd: Int32, size: Int) throws -> Int {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    var end = size
    while end > 0 {
      let start = max(0, end - chunk.count)
      let got = try chunk.withUnsafeMutableBytes { raw in
        try readFully(
          fd, into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<(end - start)]), at: start)
      }
      if let newline = chunk[0..<got].lastIndex(of: 0x0A) { return start + newline + 1 }
      end = start
    }
    return 0
  }

  /// Whether the copy's `size` bytes are the log's first bytes: the log reaches as far, and
  /// the copy's last line is the log's line at the same place (the log only grows, so one
  /// that still holds it was not cut or rewritten before it; the chain, verified after, sees
  /// to the rest).
  static func isPrefix(_ copy: Int32, size: Int, of origin: Int32, boundary: Int) throws -> Bool {
    guard size <= boundary else { return false }
    do {
      guard try lastLineEnd(copy, size: size) == size else { return false }
      let lastStart = try lastLineEnd(copy, size: size - 1)
      let ours = try read(copy, lastStart..<size)
      let theirs = try read(origin, lastStart..<size)
      return ours == theirs
    } catch let error as SystemError {
      throw LogError.io(file: "a backup copy", error)
    }
  }

  private static func read(_ fd: Int32, _ range: Range<Int>) throws -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: range.count)
    let got = try bytes.withUnsafeMutableBytes { raw in
      try readFully(fd, into: raw, at: range.lowerBound)
    }
    return Array(bytes[0..<got])
  }

  /// Opens the copy for reading and writing, creating it when missing (then `created`).
  private static func openCopy(_ path: String, shown: String) throws -> (fd: Int32, created: Bool) {
    do {
      return (try RegularFile.open(path, flags: O_RDWR | O_CREAT | O_EXCL, shown: shown), true)
    } catch {
      guard case .io(_, let failure) = error, failure.code == EEXIST else { throw error }
      return (try RegularFile.open(path, flags: O_RDWR, shown: shown), false)
    }
  }

  /// Moves a copy the log no longer extends to `replaced/CHANNEL.TIME.jsonl` in the backup
  /// (renamed, never deleted), syncing both folders; returns its name in the backup.
  private static func setAside(
    _ path: String, channel: String, in backup: DataDirectory, now: Timestamp
  ) throws -> String {
    let folder = "\(backup.path)/replaced"
    do {
      try backup.sharing.makeFolder(folder)
      let stamp = now.rfc3339.filter { $0.isNumber }
      var name = "\(channel).\(stamp).jsonl"
      var attempt = 1
      var info = stat()
      while lstat("\(folder)/\(name)", &info) == 0 {
        attempt += 1
        name = "\(channel).\(stamp).\(attempt).jsonl"
      }
      guard rename(path, "\(folder)/\(name)") == 0 else {
        throw SystemError("rename \(path) to \(folder)/\(name)")
      }
      try syncDirectory(folder)
      try syncDirectory(backup.channelsPath)
      return "replaced/\(name)"
    } catch let error as SystemError {
      throw LogError.io(file: folder, error)
    }
  }

  /// Copies `range` of `origin` to the same offsets of `copy`; returns the bytes copied.
  private static func copyBytes(from origin: Int32, to copy: Int32, range: Range<Int>) throws
    -> Int
  {
    guard !range.isEmpty else { return 0 }
    var buffer = [UInt8](repeating: 0, count: min(4 << 20, range.count))
    var offset = range.lowerBound
    while offset < range.upperBound {
      let want = min(buffer.count, range.upperBound - offset)
      let got = try buffer.withUnsafeMutableBytes { raw in
        try readFully(
          origin, into: UnsafeMutableRawBufferPointer(rebasing: raw[0..<want]), at: offset)
      }
      // The log never shrinks below a record boundary while it is read; if it did, stop.
      guard got == want else { throw SystemError("read (the log got shorter)", code: EIO) }
      var done = 0
      while done < got {
        let written = buffer.withUnsafeBytes { raw in
          retryingEINTR {
            pwrite(copy, raw.baseAddress.map { $0 + done }, got - done, off_t(offset + done))
          }
        }
        guard written > 0 else { throw SystemError("write", code: written == 0 ? ENOSPC : errno) }
        done += written
      }
      offset += got
    }
    return range.count
  }
}
