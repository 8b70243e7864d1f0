/// Why an append or an open did not happen. Every case reads as one sentence saying what is
/// wrong and what to do; nothing was written when one is thrown.
public enum LogError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Someone else changed the stream since the caller read it.
  case conflict(Conflict)
  /// The disk refused the write or the sync; nothing of the batch is on disk.
  case io(file: String, SystemError)
  /// An earlier sync of this file failed; the file must be re-checked before more is written.
  case needsReverify(file: String, SystemError)
  case recordTooLarge(bytes: Int)
  case invalidData(reason: String)
  case networkFileSystem(path: String, name: String)
  /// The file holds records of a newer format; this build must not add to it.
  case newerFormat(file: String, version: Int)
  /// A name of the office's that is a link, FIFO, folder or device instead of a file.
  case notARegularFile(file: String, kind: String)
  /// More records in one batch than `Record.maximumBatch`.
  case batchTooLarge(records: Int)

  /// Who changed a stream, and what the caller expected.
  public struct Conflict: Sendable, Equatable {
    public var stream: String
    public var expected: ExpectedVersion
    public var actual: Int
    public var lastActor: String?
    public var lastTimestamp: Timestamp?
    public var lastType: String?
  }

  public var description: String {
    switch self {
    case .conflict(let conflict):
      let who = conflict.lastActor.map { " by \($0)" } ?? ""
      let when = conflict.lastTimestamp.map { " at \($0.rfc3339)" } ?? ""
      let what = conflict.lastType.map { " (\($0))" } ?? ""
      return "\(conflict.stream) was changed\(who)\(when)\(what) while you were working on it; "
        + "reload it and apply your change again."
    case .io(let file, let error):
      if error.isNoSpace {
        return "The disk is full: nothing was saved to \(file). Free some space and try again."
      }
      if error.isReadOnly {
        return
          "\(file) cannot be written (\(error)): nothing was saved. Check the disk and permissions."
      }
      return
        "Saving to \(file) failed (\(error)): nothing was saved. Try again; if it persists, check the disk."
    case .needsReverify(let file, let error):
      return "Saving to \(file) failed earlier (\(error)); nothing more is written to it until "
        + "Relations is restarted and the file re-checked (relations check)."
    case .recordTooLarge(let bytes):
      return
        "This change is \(bytes) bytes, more than the \(Record.maximumBytes)-byte limit of one record; shorten the text."
    case .invalidData(let reason):
      return "The record's data is not valid JSON (\(reason)); this is a bug in the caller."
    case .networkFileSystem(let path, let name):
      return "\(path) is on a network file system (\(name)), where file locks and fsync are not "
        + "reliable; put the data directory on a local disk."
    case .newerFormat(let file, let version):
      return
        "\(file) holds records of a newer Relations (format \(version)); upgrade Relations before writing to it."
    case .notARegularFile(let file, let kind):
      return "\(file) is \(kind), not a regular file; Relations opens only the office's own files. "
        + "Put the real file in its place (or move it aside) and try again."
    case .batchTooLarge(let records):
      return
        "One change of \(records) records is more than the \(Record.maximumBatch) a batch may hold; split it."
    }
  }
}

/// What the caller believes a stream's version is: the number of records it holds.
public enum ExpectedVersion: Sendable, Equatable {
  /// Append whatever the stream holds.
  case any
  /// The stream must not exist yet.
  case noStream
  /// The stream must hold exactly this many records.
  case exactly(Int)

  func admits(_ actual: Int) -> Bool {
    switch self {
    case .any: true
    case .noStream: actual == 0
    case .exactly(let version): actual == version
    }
  }
}
