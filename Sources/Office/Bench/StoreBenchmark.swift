import Foundation
import JSONStore

/// The store's own timings for `relations bench`: a raw replay of every log, and durable
/// appends in a scratch office.
public enum StoreBenchmark {
  /// Every record of every log of `directory` through the log's read path, nothing built.
  public static func replay(_ directory: DataDirectory) throws -> (
    records: Int, bytes: Int, seconds: Double
  ) {
    var records = 0
    let seconds = try time {
      for channel in directory.channelNames() {
        _ = try ChannelLog(directory: directory, channel: channel, mode: .readOnly) { _ in
          records += 1
        }
      }
    }
    let bytes = directory.channelNames().reduce(0) { total, channel in
      total
        + ((try? FileManager.default.attributesOfItem(atPath: directory.channelPath(channel))[.size]
          as? Int) ?? 0)
    }
    return (records, bytes, seconds)
  }

  /// What `appends` measured.
  public struct Appends {
    public var p50Milliseconds: Double
    public var p99Milliseconds: Double
    /// Records a second written 500 to a batch, when asked for.
    public var batchRecordsPerSecond: Double?
  }

  /// `count` single durable appends to a log of `scratch`, then (with `batches`) 10,000
  /// records in batches of 500.
  public static func appends(in scratch: DataDirectory, count: Int, batches: Bool) throws
    -> Appends
  {
    let log = try ChannelLog(directory: scratch, channel: "visit")
    var latencies: [Double] = []
    for index in 0..<count {
      let draft = SyntheticLog.draft(index)
      latencies.append(try time { try log.append([draft], actor: "bench") } * 1000)
    }
    latencies.sort()
    func percentile(_ percent: Int) -> Double {
      latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, latencies.count * percent / 100)]
    }
    var result = Appends(p50Milliseconds: percentile(50), p99Milliseconds: percentile(99))
    if batches {
      let batch = (0..<10_000).map(SyntheticLog.draft)
      let seconds = try time {
        for start in stride(from: 0, to: batch.count, by: 500) {
          try log.append(Array(batch[start..<start + 500]), actor: "bench")
        }
      }
      result.batchRecordsPerSecond = Double(batch.count) / seconds
    }
    return result
  }

  static func time(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }
}

/// Synthetic records for benchmarks: about 400 bytes each, Arabic and English, spread over
/// the six channels.
public enum SyntheticLog {
  public static let channels = ["visit", "phone", "social", "letter", "volunteer", "website"]

  public static func draft(_ index: Int) -> ChannelLog.Draft {
    let arabic = index % 2 == 0
    let subject =
      arabic
      ? "استفسار عن مواعيد البرنامج الدعوي الأسبوعي رقم \(index % 97) في المسجد"
      : "Question about the weekly program schedule number \(index % 97) at the mosque"
    let body =
      arabic
      ? "السلام عليكم، أرغب في معرفة موعد الدرس القادم وهل يوجد ترجمة"
      : "Hello, I would like to know when the next lesson is and whether there is translation"
    let json =
      #"{"subject":"\#(subject)","body":"\#(body)","phone":"+9665\#(String(10_000_000 + index % 89_999_999))","kind":"inquiry"}"#
    return ChannelLog.Draft(
      stream: "V-\(String(100_000 + index / 4).suffix(6))", type: "case.opened",
      data: Array(json.utf8),
      id: EventID.make(),
      timestamp: Timestamp(millisecondsSince1970: 1_764_057_600_000 + Int64(index) * 1000))
  }

  /// Appends `records` records in batches of 1,000 (one write and one sync each).
  public static func fill(_ directory: DataDirectory, records: Int) throws {
    try FileManager.default.createDirectory(
      atPath: directory.path, withIntermediateDirectories: true)
    if !FileManager.default.fileExists(atPath: directory.path + "/office.json") {
      try OfficeScaffold(directory: directory, demo: true).create()
    }
    let logs = try channels.map { try ChannelLog(directory: directory, channel: $0) }
    var next = 0
    while next < records {
      let count = min(1000, records - next)
      for (offset, log) in logs.enumerated() {
        let drafts = stride(from: next + offset, to: next + count, by: logs.count).map(draft)
        if !drafts.isEmpty { try log.append(drafts, actor: "bench") }
      }
      next += count
    }
  }
}
