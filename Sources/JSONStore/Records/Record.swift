/// One record of a channel log: the envelope the store manages and the `data` it carries.
///
/// The store knows envelopes, not cases: `data` is the raw JSON of whatever the app put in,
/// kept as bytes so that replay does not build values nobody asked for.
public struct Record: Sendable, Hashable {
  /// The format version this build writes and the newest it reads.
  public static let currentVersion = 1
  /// No record may be larger than this, so a single bad input cannot bloat a log.
  public static let maximumBytes = 1 << 20
  /// The largest seq a record may carry: the largest integer every JSON reader holds
  /// exactly, and far from overflow in any arithmetic on it.
  public static let maximumSeq: Int64 = (1 << 53) - 1
  /// The most records one batch may hold.
  public static let maximumBatch = 10_000

  public var version: Int
  /// 1, 2, 3… per file, no gaps.
  public var seq: Int64
  public var id: String
  public var timestamp: Timestamp
  /// The OS account that made the change.
  public var actor: String
  /// What the record belongs to, e.g. a case id.
  public var stream: String
  public var type: String
  /// The seq of the last record of the batch this record was written in, when the batch held
  /// more than one record. A batch is all or nothing: recovery drops an incomplete one.
  public var batchEnd: Int64?
  /// The hash of the good record before this one in its file (the hash chain); nil for the
  /// first record of a file and for records written before the chain existed.
  public var prev: LineHash?
  /// The JSON value of `data`, as bytes.
  public var data: [UInt8]

  public init(
    version: Int = Record.currentVersion, seq: Int64, id: String, timestamp: Timestamp,
    actor: String, stream: String, type: String, batchEnd: Int64? = nil, prev: LineHash? = nil,
    data: [UInt8]
  ) {
    self.version = version
    self.seq = seq
    self.id = id
    self.timestamp = timestamp
    self.actor = actor
    self.stream = stream
    self.type = type
    self.batchEnd = batchEnd
    self.prev = prev
    self.data = data
  }

  /// `data` as text, for display and debugging.
  public var dataText: String { String(decoding: data, as: UTF8.self) }
}

/// A record as replay hands it out: the envelope decoded, `data` still in the read buffer.
///
/// Valid only inside the callback that receives it; call `record` to keep a copy.
public struct RecordView {
  public var version: Int
  public var seq: Int64
  public var id: String
  public var timestamp: Timestamp
  public var actor: String
  public var stream: String
  public var type: String
  public var batchEnd: Int64?
  /// The 64 hex digits of `prev` as the line holds them (checked to be 64 lowercase hex
  /// digits), nil when the record has none; kept as bytes so replay parses nothing it does
  /// not use.
  public var prevHex: UnsafeRawBufferPointer?
  /// `prev` already parsed, for a record rebuilt from an owned copy (a batch held back);
  /// `prevHex` is nil then.
  public var prevHash: LineHash?
  public var data: UnsafeRawBufferPointer
  /// The hash of this record's own line, when it was read by a log that checks the chain
  /// (`check`, `seal`, backups); nil otherwise.
  public var lineHash: LineHash?
  /// Where the record starts in its file, for reading it back later (`ChannelLog.record(at:)`).
  public var offset = 0
  /// The CRC-32C the line carries (and matches), which tells an exact copy of a line apart.
  public var checksum: UInt32 = 0

  /// The hash of the good record before this one, as `prev` says.
  public var prev: LineHash? { prevHash ?? prevHex.flatMap { LineHash(hex: $0) } }

  /// An owned copy.
  public var record: Record {
    Record(
      version: version, seq: seq, id: id, timestamp: timestamp, actor: actor, stream: stream,
      type: type, batchEnd: batchEnd, prev: prev, data: Array(data))
  }
}
