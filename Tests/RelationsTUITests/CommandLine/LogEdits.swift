import Foundation
import JSONStore

/// Edits of a log as someone who knows the format would make them, for the tamper-evidence
/// and backup tests: lines changed and written again with a checksum that matches.
enum LogEdits {
  static func bytes(_ path: String) -> [UInt8] {
    (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))) ?? []
  }

  /// The file's complete lines, without their newlines.
  static func lines(_ path: String) -> [[UInt8]] {
    var pieces = bytes(path).split(separator: 0x0A, omittingEmptySubsequences: false).map(
      Array.init)
    pieces.removeLast()
    return pieces
  }

  static func write(_ lines: [[UInt8]], to path: String) throws {
    try Data(lines.flatMap { $0 + [0x0A] }).write(to: URL(fileURLWithPath: path))
  }

  /// `line` changed by `change`, with its checksum computed again.
  static func edited(_ line: [UInt8], _ change: (inout Record) -> Void) throws -> [UInt8] {
    var record = try RecordCodec.decode(line)
    change(&record)
    return Array(RecordCodec.encode(record).dropLast())
  }

  /// Changes the `data` of the record on line `number` (1-based) of `path`, checksum
  /// recomputed; with `rechain`, every later record's `prev` (and checksum) is recomputed too,
  /// so the chain holds again from there: the most a forger without the seal can do.
  static func forge(_ path: String, line number: Int, rechain: Bool = false) throws {
    var lines = lines(path)
    lines[number - 1] = try edited(lines[number - 1]) {
      $0.data = Array(#"{"text":"forged"}"#.utf8)
    }
    if rechain {
      for index in number..<lines.count {
        lines[index] = try edited(lines[index]) { $0.prev = LineHash(of: lines[index - 1]) }
      }
    }
    try write(lines, to: path)
  }

  /// The seq of the record on line `number` (1-based) of `path`.
  static func seq(_ path: String, line number: Int) throws -> Int64 {
    try RecordCodec.decode(lines(path)[number - 1]).seq
  }
}
