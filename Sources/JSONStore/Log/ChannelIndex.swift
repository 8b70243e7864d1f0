/// What a channel log knows about its streams without keeping their records: each stream's
/// version and who changed it last. Appends check expected versions against it.
public struct ChannelIndex: Sendable {
  /// The latest change of one stream.
  public struct StreamState: Sendable, Equatable {
    /// How many records the stream holds.
    public var version: Int
    public var lastSeq: Int64
    public var lastActor: String
    public var lastTimestamp: Timestamp
    public var lastType: String
  }

  public private(set) var streams: [String: StreamState] = [:]
  /// The seq of the last record in the file, 0 when empty.
  public internal(set) var lastSeq: Int64 = 0
  /// How many records were read.
  public private(set) var recordCount = 0

  public func version(of stream: String) -> Int { streams[stream]?.version ?? 0 }

  mutating func apply(_ view: RecordView) {
    let version = (streams[view.stream]?.version ?? 0) + 1
    streams[view.stream] = StreamState(
      version: version, lastSeq: view.seq, lastActor: view.actor, lastTimestamp: view.timestamp,
      lastType: view.type)
    lastSeq = max(lastSeq, view.seq)
    recordCount += 1
  }
}
