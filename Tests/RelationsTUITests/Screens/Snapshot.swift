import Foundation
import Testing

/// Compares screen text with `Golden/NAME.txt`; `UPDATE_GOLDEN=1` writes the file instead.
enum Snapshot {
  static func check(
    _ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent()
      .appendingPathComponent("Golden/\(name).txt")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
      try? (text + "\n").write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "No snapshot \(name); run with UPDATE_GOLDEN=1 to write it.", sourceLocation: sourceLocation
      )
      return
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let wanted = expected.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
    for (index, pair) in zip(lines, wanted).enumerated() where pair.0 != pair.1 {
      Issue.record(
        "\(name) line \(index + 1):\n got: \(pair.0)\nwant: \(pair.1)",
        sourceLocation: sourceLocation)
      return
    }
    #expect(lines.count == wanted.count, "\(name): line count", sourceLocation: sourceLocation)
  }
}
