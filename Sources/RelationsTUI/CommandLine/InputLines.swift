import Glibc

/// The lines of a file descriptor, handed out as soon as each one is complete, so a command
/// reading a pipe that stays open (a streaming bridge) answers each line before the next
/// arrives. A last line without a newline is a line too; a trailing CR is dropped.
struct InputLines {
  /// Why reading stopped early.
  struct Failure: Error {
    var reason: String
  }

  let descriptor: Int32
  private var buffer: [UInt8] = []
  private var start = 0
  /// Where the search for the next newline resumes: the bytes before it hold none, so a
  /// long line is scanned once, not again after every read.
  private var scanned = 0
  private var ended = false

  init(descriptor: Int32) {
    self.descriptor = descriptor
  }

  /// The next line without its newline, or nil at the end of input.
  mutating func next() throws(Failure) -> [UInt8]? {
    while true {
      if let newline = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
        let line = take(upTo: newline)
        start = newline + 1
        scanned = start
        return line
      }
      scanned = buffer.count
      if ended {
        guard start < buffer.count else { return nil }
        let line = take(upTo: buffer.count)
        start = buffer.count
        return line
      }
      // Keeps only the unfinished line before reading more.
      if start > 0 {
        buffer.removeFirst(start)
        scanned -= start
        start = 0
      }
      var chunk = [UInt8](repeating: 0, count: 65536)
      let count = chunk.withUnsafeMutableBytes { raw in
        var result: Int
        repeat {
          result = read(descriptor, raw.baseAddress, raw.count)
        } while result < 0
          && errno == EINTR
        return result
      }
      guard count >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
      if count == 0 { ended = true } else { buffer += chunk[0..<count] }
    }
  }

  private func take(upTo end: Int) -> [UInt8] {
    var line = Array(buffer[start..<end])
    if line.last == 0x0D { line.removeLast() }
    return line
  }
}
