import Foundation
import JSONStore

/// A fresh directory under the system's temp folder, removed when the test ends.
final class TemporaryDirectory {
  let path: String

  init() {
    var template = Array((NSTemporaryDirectory() + "relations-test-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.flatMap { mkdtemp($0) }
    }
    path = made.map { String(cString: $0) } ?? NSTemporaryDirectory() + "relations-test-\(UUID())"
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  var data: DataDirectory { DataDirectory(path: path) }
}

/// A draft with small JSON data, for tests.
func draft(_ stream: String, _ type: String = "test.event", data: String = #"{"x":1}"#)
  -> ChannelLog.Draft
{
  ChannelLog.Draft(
    stream: stream, type: type, data: Array(data.utf8), id: EventID.make(),
    timestamp: Timestamp(millisecondsSince1970: 1_764_057_600_000))
}

/// Every record in a channel file, read by a fresh read-only handle.
func readAll(_ directory: DataDirectory, _ channel: String) throws -> (
  records: [Record], log: ChannelLog
) {
  var records: [Record] = []
  let log = try ChannelLog(directory: directory, channel: channel, mode: .readOnly) {
    records.append($0.record)
  }
  return (records, log)
}

func fileBytes(_ path: String) -> [UInt8] {
  (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
}

func writeBytes(_ bytes: [UInt8], to path: String) throws {
  try Data(bytes).write(to: URL(fileURLWithPath: path))
}

/// The `StoreWorker` executable, built beside the test bundle.
var workerPath: String {
  let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
  var directory = executable.deletingLastPathComponent()
  // The test binary may sit inside a bundle folder (`….xctest/…`); walk up to the build dir.
  while !FileManager.default.fileExists(
    atPath: directory.appendingPathComponent("StoreWorker").path),
    directory.path != "/"
  {
    directory = directory.deletingLastPathComponent()
  }
  return directory.appendingPathComponent("StoreWorker").path
}

/// A running `StoreWorker` whose stdout is collected line by line.
final class Worker: @unchecked Sendable {
  let process = Process()
  private let pipe = Pipe()
  private let lock = NSLock()
  private var buffer = Data()
  private var collected: [String] = []

  init(_ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: workerPath)
    process.arguments = arguments
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
      self?.receive(handle.availableData)
    }
    try process.run()
  }

  private func receive(_ data: Data) {
    lock.lock()
    defer { lock.unlock() }
    buffer.append(data)
    while let newline = buffer.firstIndex(of: 0x0A) {
      collected.append(String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self))
      buffer.removeSubrange(buffer.startIndex...newline)
    }
  }

  var lines: [String] {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }

  /// Waits until a line satisfies `predicate` or `seconds` pass.
  func waitForLine(within seconds: Double, _ predicate: (String) -> Bool) -> String? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let line = lines.first(where: predicate) { return line }
      usleep(2_000)
    }
    return lines.first(where: predicate)
  }

  func kill() {
    Foundation.kill(process.processIdentifier, SIGKILL)
  }

  /// Waits for exit, then collects what was still in the pipe.
  func finish() -> [String] {
    process.waitUntilExit()
    pipe.fileHandleForReading.readabilityHandler = nil
    receive(pipe.fileHandleForReading.readDataToEndOfFile())
    return lines
  }
}
