#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder where recovery sets aside bytes it cuts from a log. The program never deletes
/// anything here: a person decides.
public struct Quarantine: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// Writes `bytes` to a new file (0600) named after the channel, the time and the offset,
  /// and syncs it and the folder before returning its path, so the cut that follows can
  /// never lose them.
  func setAside(
    _ bytes: UnsafeRawBufferPointer, channel: String, offset: Int, now: Timestamp
  ) throws(SystemError) -> String {
    try makeDirectory(path)
    let stamp = now.rfc3339.filter { $0.isNumber }
    var name = "\(path)/\(channel).\(stamp).\(offset).torn"
    var attempt = 1
    var fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    while fd < 0 && errno == EEXIST {
      attempt += 1
      name = "\(path)/\(channel).\(stamp).\(offset).\(attempt).torn"
      fd = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    }
    guard fd >= 0 else { throw SystemError("open \(name)") }
    defer { close(fd) }
    var done = 0
    while done < bytes.count {
      let result = retryingEINTR {
        write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
      }
      guard result > 0 else { throw SystemError("write \(name)") }
      done += result
    }
    guard fsync(fd) == 0 else { throw SystemError("fsync \(name)") }
    try syncDirectory(path)
    return name
  }
}
