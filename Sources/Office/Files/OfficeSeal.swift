import Domain
import Foundation
import JSONStore

/// A seal of an office's logs, for a manager to print and file (`relations seal`,
/// docs/CONTRACTS.md "The log"): for each log, the seq of its last good record and the hash
/// of that record's line. Since every record names the one before it (`prev`), the hash
/// stands for the whole chain up to it: `relations check --seal FILE` later shows whether the
/// logs still extend what was sealed.
///
/// ```
/// # relations seal Da'wa office 2026-11-26T08:00:00Z
/// channels/visit.jsonl 1234 3f5a…
/// channels/letter.jsonl 0 -
/// ```
public struct OfficeSeal: Sendable, Equatable {
  /// One log's line: its file, the seq of its last good record (0 when it has none) and the
  /// hash of that record's line (nil then, written `-`).
  public struct Entry: Sendable, Equatable {
    public var file: String
    public var seq: Int64
    public var hash: LineHash?

    public init(file: String, seq: Int64, hash: LineHash?) {
      self.file = file
      self.seq = seq
      self.hash = hash
    }
  }

  /// The office's name, as the comment line says it.
  public var office: String
  /// When it was sealed, RFC 3339 in UTC to the second.
  public var time: String
  public var entries: [Entry]

  public init(office: String, time: String, entries: [Entry]) {
    self.office = office
    self.time = time
    self.entries = entries
  }

  /// The seal as printed: the comment line, then one line per log.
  public var text: String {
    var lines = ["# relations seal \(office) \(time)"]
    for entry in entries {
      lines.append("\(entry.file) \(entry.seq) \(entry.hash?.hex ?? "-")")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A seal file that cannot be read: where and why, as one sentence.
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var reason: String

    public var description: String {
      "\(file):\(line): \(reason); give the file relations seal printed (a line per log: FILE SEQ HASH)."
    }
  }

  /// Reads a seal as `text` prints it. Lines starting with `#` and blank lines are skipped
  /// (the first comment names the office and time); CRLF reads as LF. `file` names it in
  /// failures.
  public static func parse(_ text: String, file: String) throws(Failure) -> OfficeSeal {
    var seal = OfficeSeal(office: "", time: "", entries: [])
    var seen: Set<String> = []
    // "\r\n" is one Character: split on either, so a seal saved with CRLF reads the same.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (index, line) in lines.enumerated() {
      let number = index + 1
      if line.hasPrefix("# relations seal "), seal.time.isEmpty {
        let words = line.dropFirst("# relations seal ".count).split(separator: " ")
        seal.time = words.last.map(String.init) ?? ""
        seal.office = words.dropLast().joined(separator: " ")
        continue
      }
      if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
      let words = line.split(separator: " ", omittingEmptySubsequences: true)
      guard words.count == 3 else {
        throw Failure(file: file, line: number, reason: "expected FILE SEQ HASH")
      }
      let name = String(words[0])
      guard Self.isLogName(name) else {
        throw Failure(
          file: file, line: number,
          reason: "\(name) is not a log of an office (channels/NAME.jsonl)")
      }
      guard let seq = Int64(words[1]), seq >= 0, seq <= Record.maximumSeq else {
        throw Failure(file: file, line: number, reason: "\(words[1]) is not a seq")
      }
      let hash = LineHash(hex: String(words[2]))
      guard (seq == 0 && words[2] == "-") || (seq > 0 && hash != nil) else {
        throw Failure(
          file: file, line: number,
          reason: seq == 0
            ? "a log sealed with no record has - for its hash"
            : "\(words[2]) is not a hash (64 lowercase hex digits)")
      }
      guard seen.insert(name).inserted else {
        throw Failure(file: file, line: number, reason: "\(name) is sealed twice")
      }
      seal.entries.append(Entry(file: name, seq: seq, hash: hash))
    }
    guard !seal.entries.isEmpty else {
      throw Failure(file: file, line: 1, reason: "it seals no log")
    }
    return seal
  }

  /// Whether `name` is `channels/NAME.jsonl` with NAME a plain file name: a seal cannot
  /// point a check anywhere else.
  static func isLogName(_ name: String) -> Bool {
    guard name.hasPrefix("channels/"), name.hasSuffix(".jsonl") else { return false }
    let base = name.dropFirst("channels/".count).dropLast(".jsonl".count)
    return !base.isEmpty && !base.contains("/") && !base.hasPrefix(".")
  }

  /// What reading one log now found, to judge it against its sealed line.
  public struct Reading: Sendable {
    /// The highest seq read.
    public var lastSeq: Int64
    /// The hashes of the records that hold the sealed seq (one, unless seqs repeat).
    public var hashesAtSealedSeq: [LineHash]
    /// Where the hash chain first breaks, if it does.
    public var chainBreak: (seq: Int64, line: Int)?

    public init(
      lastSeq: Int64, hashesAtSealedSeq: [LineHash], chainBreak: (seq: Int64, line: Int)?
    ) {
      self.lastSeq = lastSeq
      self.hashesAtSealedSeq = hashesAtSealedSeq
      self.chainBreak = chainBreak
    }
  }

  /// Whether the log of `entry` still extends it: it is there, still holds the sealed record
  /// with the sealed hash, and its chain is unbroken. One sentence per problem; none when it
  /// does. `reading` is nil when the log is missing.
  public static func problems(of entry: Entry, reading: Reading?) -> [String] {
    let file = entry.file
    guard let reading else {
      return [
        "\(file): sealed at seq \(entry.seq), but the log is missing from the office; restore it from a backup."
      ]
    }
    var found: [String] = []
    if let hash = entry.hash, entry.seq > 0 {
      if reading.lastSeq < entry.seq {
        found.append(
          "\(file): sealed at seq \(entry.seq), but the log now ends at seq \(reading.lastSeq): "
            + "sealed records were removed; restore the log from a backup.")
      } else if reading.hashesAtSealedSeq.isEmpty {
        found.append(
          "\(file): sealed at seq \(entry.seq), but no record with that seq is left in the log: "
            + "it was removed; restore the log from a backup.")
      } else if !reading.hashesAtSealedSeq.contains(hash) {
        let now = reading.hashesAtSealedSeq[0].short
        found.append(
          "\(file): the record with seq \(entry.seq) is not the one sealed (it hashes to \(now)…, "
            + "the seal says \(hash.short)…): it was changed after the seal; restore the log from a backup."
        )
      }
    }
    if let broken = reading.chainBreak {
      let place = broken.seq <= entry.seq ? "at or before" : "after"
      found.append(
        "\(file): the hash chain breaks at line \(broken.line) (record seq \(broken.seq)), "
          + "\(place) the sealed seq \(entry.seq): the log was changed after it was written.")
    }
    return found
  }

  /// Seals the office at `directory`: every log read whole with its hash chain followed.
  /// Returns the seal and what reading found wrong (damage, chain breaks, torn tails), which
  /// the seal does not hide: a manager should know before filing it.
  public static func make(directory: DataDirectory, now: Date = Date()) throws -> (
    seal: OfficeSeal, problems: [LogProblem]
  ) {
    var entries: [Entry] = []
    var problems: [LogProblem] = []
    for channel in directory.channelNames() {
      let log = try ChannelLog(directory: directory, channel: channel, mode: .readOnly, chain: true)
      entries.append(
        Entry(
          file: log.displayName, seq: log.chainHead?.seq ?? 0, hash: log.chainHead?.hash))
      problems += log.problems
      let tail = try log.pendingTailBytes()
      if tail > 0 {
        problems.append(
          LogProblem(
            file: log.displayName, line: log.lineCount + 1, kind: .tornTail(bytes: tail),
            reason: "torn tail: \(tail) bytes after the last complete record (not sealed)"))
      }
    }
    let name = (try? OfficeFile.load(directory: directory.path)).map {
      $0.name.text(in: $0.language)
    }
    let office = (name ?? (directory.path as NSString).lastPathComponent).map {
      $0.isNewline || $0.asciiValue.map { $0 < 0x20 } == true ? " " : $0
    }
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return (
      OfficeSeal(office: String(office), time: formatter.string(from: now), entries: entries),
      problems
    )
  }
}
