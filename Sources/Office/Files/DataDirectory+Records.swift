import JSONStore

extension DataDirectory {
  /// How many records the office's channel logs hold, read without changing them.
  public var recordCount: Int {
    channelNames().reduce(0) { total, channel in
      total
        + ((try? ChannelLog(directory: self, channel: channel, mode: .readOnly).index.recordCount)
          ?? 0)
    }
  }
}
