import Foundation

/// A running `relations` (or any program) whose stdin is a pipe the test keeps open: it
/// writes a line, reads the answer, and only then writes the next, as a streaming bridge does.
final class ChildProcess {
  let process = Process()
  private let input = Pipe()
  private let output = Pipe()
  private let errors = Pipe()
  private var buffered = Data()

  init(_ executable: String, _ arguments: [String]) throws {
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
  }

  /// Writes `line` and a newline to the child's stdin.
  func send(_ line: String) {
    input.fileHandleForWriting.write(Data((line + "\n").utf8))
  }

  /// The next line the child prints, or nil when it closes stdout or `seconds` pass first.
  func readLine(within seconds: Double = 10) -> String? {
    let descriptor = output.fileHandleForReading.fileDescriptor
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      if let newline = buffered.firstIndex(of: 0x0A) {
        let line = buffered[buffered.startIndex..<newline]
        buffered = Data(buffered[(newline + 1)...])
        return String(decoding: line, as: UTF8.self)
      }
      let left = deadline.timeIntervalSinceNow
      guard left > 0 else { return nil }
      var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      // Waits for output without blocking past the deadline, so a child that holds its
      // answers back fails the test instead of hanging it.
      guard poll(&poller, 1, Int32(min(left, 1) * 1000)) > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = read(descriptor, &chunk, chunk.count)
      guard count > 0 else { return nil }
      buffered.append(contentsOf: chunk[0..<count])
    }
  }

  /// Closes the child's stdin: it reads end of input.
  func closeInput() {
    try? input.fileHandleForWriting.close()
  }

  /// Closes stdin, waits for the child to end and returns its exit status, the output not
  /// read yet, and stderr.
  func finish() -> (status: Int32, out: String, err: String) {
    closeInput()
    let rest = output.fileHandleForReading.readDataToEndOfFile()
    let err = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      process.terminationStatus, String(decoding: buffered + rest, as: UTF8.self),
      String(decoding: err, as: UTF8.self)
    )
  }
}

/// Runs a program with `input` as its stdin (from a file, so a large input cannot deadlock
/// against the output pipes); returns its exit status, stdout and stderr.
func run(_ executable: String, _ arguments: [String], input: Data) throws
  -> (status: Int32, out: String, err: String)
{
  let scratch = Scratch()
  let path = scratch.path + "/stdin"
  try input.write(to: URL(fileURLWithPath: path))
  guard let handle = FileHandle(forReadingAtPath: path) else {
    throw CocoaError(.fileReadNoSuchFile)
  }
  return try run(executable, arguments, standardInput: handle)
}
