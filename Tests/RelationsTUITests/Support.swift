import Foundation

/// A fresh folder under the system's temp folder, removed when the value goes away.
final class Scratch {
  let path: String

  init() {
    path = NSTemporaryDirectory() + "relations-tui-\(UUID().uuidString.prefix(8))"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }
}

/// The built `relations` executable, beside the test bundle.
var relationsBinary: String {
  var directory = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    .deletingLastPathComponent()
  while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("relations").path),
    directory.path != "/"
  {
    directory = directory.deletingLastPathComponent()
  }
  return directory.appendingPathComponent("relations").path
}

/// Runs a program to completion; returns its exit status, stdout and stderr.
func run(
  _ executable: String, _ arguments: [String], environment: [String: String]? = nil,
  standardInput: FileHandle = FileHandle.nullDevice
) throws -> (status: Int32, out: String, err: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: executable)
  process.arguments = arguments
  if let environment { process.environment = environment }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = standardInput
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: outData, as: UTF8.self),
    String(decoding: errData, as: UTF8.self)
  )
}
