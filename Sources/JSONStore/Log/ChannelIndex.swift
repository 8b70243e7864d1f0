/// What a channel log knows about its streams without keeping their records: each stream's
/// version and where its last record is. Appends check expected versions against it.
///
/// Deliberately small (two integers per stream, no strings besides the key): it is updated
/// for every record on replay, and who made the last change is read back from the file only
/// when a conflict needs to name them.
public struct ChannelIndex: Sendable {
  /// The latest change of one stream.
  public struct StreamState: Sendable, Equatable {
    /// How many records the stream holds.
    public var version: Int
    /// The file offset of the stream's last record.
    public var lastOffset: Int
  }

  public private(set) var streams: [String: StreamState] = [:]
  /// The seq of the last record in the file, 0 when empty.
  public internal(set) var lastSeq: Int64 = 0
  /// How many records were read.
  public private(set) var recordCount = 0

  public func version(of stream: String) -> Int { streams[stream]?.version ?? 0 }

  mutating func apply(_ view: RecordView, at offset: Int) {
    // One hash per record: this is the hot path of replay.
    modify(&streams[view.stream, default: StreamState(version: 0, lastOffset: 0)], offset)
    lastSeq = max(lastSeq, view.seq)
    recordCount += 1
  }

  private func modify(_ state: inout StreamState, _ offset: Int) {
    state.version += 1
    state.lastOffset = offset
  }
}
