import Glibc

/// Reads the complete lines of a file region in large chunks, without copying each line.
///
/// A line longer than `Record.maximumBytes` is not buffered whole: it is reported by its
/// extent and skipped, so a 10 MB line costs no more memory than a short one.
struct LineReader {
  enum Item {
    /// A complete line (without its `\n`) starting at `start`; `end` is past the newline.
    case line(UnsafeRawBufferPointer, start: Int, end: Int)
    /// A complete line too long to hold; `end` is past its newline.
    case overlong(start: Int, end: Int)
  }

  static let chunkSize = 4 << 20

  /// Calls `body` for each complete line in `[start, end)`; returns where the unterminated
  /// remainder (if any) begins.
  static func read(
    _ fd: Int32, from start: Int, to end: Int, _ body: (Item) throws -> Void
  ) throws -> Int {
    guard end > start else { return start }
    let capacity = min(chunkSize, end - start)
    var buffer = [UInt8](repeating: 0, count: capacity)
    var fileOffset = start  // file offset of buffer[0]
    var filled = 0
    var skippingFrom: Int?  // start of an over-long line being skipped
    return try buffer.withUnsafeMutableBytes { raw -> Int in
      guard let base = raw.baseAddress else { return start }
      while true {
        let want = min(capacity - filled, end - (fileOffset + filled))
        var got = 0
        if want > 0 {
          got = try readFully(
            fd, into: UnsafeMutableRawBufferPointer(start: base + filled, count: want),
            at: fileOffset + filled)
        }
        filled += got
        var lineStart = 0
        while lineStart < filled {
          guard let newline = memchr(base + lineStart, 0x0A, filled - lineStart) else { break }
          let index = base.distance(to: newline)
          if let from = skippingFrom {
            try body(.overlong(start: from, end: fileOffset + index + 1))
            skippingFrom = nil
          } else {
            try body(
              .line(
                UnsafeRawBufferPointer(start: base + lineStart, count: index - lineStart),
                start: fileOffset + lineStart, end: fileOffset + index + 1))
          }
          lineStart = index + 1
        }
        let remainder = filled - lineStart
        let reachedEnd = got == 0 || fileOffset + filled >= end
        if reachedEnd {
          return skippingFrom ?? (fileOffset + lineStart)
        }
        if remainder == capacity || (skippingFrom != nil && lineStart == 0) {
          // No newline in a full buffer: the line is over-long; drop what we hold of it.
          if skippingFrom == nil { skippingFrom = fileOffset + lineStart }
          fileOffset += filled
          filled = 0
        } else {
          if lineStart > 0 {
            memmove(base, base + lineStart, remainder)
          }
          fileOffset += lineStart
          filled = remainder
        }
      }
    }
  }
}
