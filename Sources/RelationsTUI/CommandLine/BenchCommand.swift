import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations bench [--data DIR] [--synthetic N]`: timings as one JSON object (BENCHMARKS.md).
///
/// Measures the store and the desk: a raw replay of every log (`replaySeconds`,
/// `replayMBps`); a cold open to a ready inbox (`openSeconds`) and its first frame; key to
/// frame for scrolling, view changes and search on the full inbox, rendered headless at
/// 120×40; the process's peak memory; durable single appends (p50, p99) and batch append
/// throughput, the last two in a scratch folder so the office is never touched.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench", abstract: "Measure replay and append speed; print one JSON object.")

  @OptionGroup var data: DataOption

  @Option(
    help:
      "First fill --data with this many synthetic records (about 400 bytes each), unless it holds them already."
  )
  var synthetic: Int?

  @Option(help: "How many single durable appends to time.")
  var appends = 1000

  func run() throws {
    let directory = DataDirectory(path: try data.path)
    var result: [String: Double] = [:]
    if let synthetic {
      let existing = directory.recordCount
      if existing < synthetic {
        let seconds = try time { try SyntheticLog.fill(directory, records: synthetic) }
        result["syntheticWriteSeconds"] = seconds
        result["batchAppendRecordsPerSecond"] = Double(synthetic) / seconds
      }
    } else {
      _ = try data.existingOffice()
    }

    // Raw replay: every record of every channel through the log's read path, nothing built.
    let replay = try StoreBenchmark.replay(directory)
    result["events"] = Double(replay.records)
    result["bytes"] = Double(replay.bytes)
    result["replaySeconds"] = replay.seconds
    result["replayMBps"] = Double(replay.bytes) / 1_000_000 / replay.seconds

    // The desk: open to a ready inbox, the first frame, then keys to frames.
    let start = DispatchTime.now().uptimeNanoseconds
    let office = try OfficeFile.load(directory: directory.path)
    let store = try OfficeStore(
      directory: directory, office: office, mode: .readOnly, profile: .desk)
    var state = AppState(
      desk: Desk(
        office: office, user: "bench", cases: store.cases, inbox: store.inbox,
        contacts: store.contacts),
      width: 120, height: 40, now: Date())
    result["openSeconds"] = Self.seconds(since: start)
    _ = DeskView.render(state)
    result["firstFrameSeconds"] = Self.seconds(since: start)
    let latencies = DeskKeyBench.run(&state)
    result["keyToFrameP50Ms"] = latencies.percentile(50)
    result["keyToFrameP99Ms"] = latencies.percentile(99)
    result["keyToFrameMaxMs"] = latencies.last ?? 0
    // Resident memory while the desk is in use, and the peak while the office was read.
    result["rssMB"] = Self.residentMB("VmRSS:")
    result["peakRssMB"] = Self.residentMB("VmHWM:")
    // The surveys screen's first frame: every response read, the figures for a month.
    let surveysStart = DispatchTime.now().uptimeNanoseconds
    try store.loadResponses()
    state.desk.surveys = (try? SurveyFile.loadAll(directory: directory.path) { _ in }) ?? [:]
    state.desk.responses = store.responses
    state.desk.responsesLoaded = true
    _ = DeskUpdate.update(&state, .key(.character("2")))
    _ = DeskView.render(state)
    result["surveysFirstFrameSeconds"] = Self.seconds(since: surveysStart)
    result["surveysRssMB"] = Self.residentMB("VmRSS:")
    withExtendedLifetime(store) {}

    // Durable appends, in a scratch office beside the data (same disk).
    let scratch = DataDirectory(path: directory.path + "/../.relations-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(atPath: scratch.path) }
    let appended = try StoreBenchmark.appends(
      in: scratch, count: appends, batches: result["batchAppendRecordsPerSecond"] == nil)
    result["appendP50Ms"] = appended.p50Milliseconds
    result["appendP99Ms"] = appended.p99Milliseconds
    if let rate = appended.batchRecordsPerSecond {
      result["batchAppendRecordsPerSecond"] = rate
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let rounded = result.mapValues { ($0 * 1000).rounded() / 1000 }
    print(String(decoding: try encoder.encode(rounded), as: UTF8.self))
  }

  private func time(_ body: () throws -> Void) throws -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  private static func seconds(since start: UInt64) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// A memory figure of /proc/self/status (`VmRSS:` now, `VmHWM:` the peak), in MB.
  static func residentMB(_ field: String) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return 0
    }
    for line in status.split(separator: "\n") where line.hasPrefix(field) {
      let digits = line.filter(\.isNumber)
      return (Double(digits) ?? 0) / 1024
    }
    return 0
  }
}

/// Keys a user presses on the full inbox, each timed from message to rendered frame:
/// scrolling (j, PgDn, G, g), every view in turn, and a search typed letter by letter.
enum DeskKeyBench {
  static func run(_ state: inout AppState) -> [Double] {
    var keys: [KeyPress] = Array(repeating: .character("j"), count: 200)
    keys += Array(repeating: .pageDown, count: 50) + [.character("G"), .character("g")]
    keys += Array(repeating: .character("v"), count: 10)
    keys += [.character("/")] + "استفسار".map { .character($0) } + [.escape]
    keys += [.character("/")] + "ahmed".map { .character($0) }
    keys += Array(repeating: .backspace, count: 5) + [.escape]
    var latencies: [Double] = []
    for key in keys {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = DeskUpdate.update(&state, .key(key))
      _ = DeskView.render(state)
      latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      // RELATIONS_BENCH_KEYS=1 lists each key with its time, to find the slow ones.
      if ProcessInfo.processInfo.environment["RELATIONS_BENCH_KEYS"] != nil {
        FileHandle.standardError.write(
          Data("\(key.label)\t\(String(format: "%.2f", latencies[latencies.count - 1]))\n".utf8))
      }
    }
    return latencies.sorted()
  }
}

extension [Double] {
  /// The value below which `percent` of the sorted values fall.
  func percentile(_ percent: Int) -> Double {
    guard !isEmpty else { return 0 }
    return self[Swift.min(count - 1, count * percent / 100)]
  }
}
