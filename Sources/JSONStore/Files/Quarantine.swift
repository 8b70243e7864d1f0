import Glibc

/// The folder where recovery sets aside bytes it cuts from a log. The program never deletes
/// anything here: a person decides.
public struct Quarantine: Sendable {
  public let path: String

  public init(path: String) {
    self.path = path
  }

  /// The sharing of the office this folder belongs to.
  var sharing: OfficeSharing {
    let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    return OfficeSharing.of(office: parent.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : parent)
  }

  /// Writes `bytes` to a new file (0600, or 0660 with the group of a shared office) named after the channel, the time and the offset,
  /// and syncs it and the folder before returning its path, so the cut that follows can
  /// never lose them.
  func setAside(
    _ bytes: UnsafeRawBufferPointer, channel: String, offset: Int, now: Timestamp
  ) throws(SystemError) -> String {
    let sharing = sharing
    try sharing.makeFolder(path)
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
    // The umask of whoever cut the tail must not hide the copy from the rest of the team.
    sharing.apply(to: fd, mode: sharing.fileMode())
    do throws(SystemError) {
      defer { close(fd) }
      var done = 0
      while done < bytes.count {
        let result = retryingEINTR {
          write(fd, bytes.baseAddress.map { $0 + done }, bytes.count - done)
        }
        guard result > 0 else {
          throw SystemError("write \(name)", code: result == 0 ? ENOSPC : errno)
        }
        done += result
      }
      guard fsync(fd) == 0 else { throw SystemError("fsync \(name)") }
      try syncDirectory(path)
    } catch {
      // A copy that is not whole is no copy: leave no empty or partial file to mislead.
      unlink(name)
      throw error
    }
    return name
  }

  /// The files set aside from `channel`'s log (`CHANNEL.….torn`), sorted by name.
  public func files(of channel: String) -> [String] {
    entryNames(in: path).filter { $0.hasPrefix(channel + ".") && $0.hasSuffix(".torn") }.map {
      "\(path)/\($0)"
    }
  }

  /// Every file in the folder, sorted by name, with its size, for `relations check`.
  public func listing() -> [(name: String, bytes: Int)] {
    entryNames(in: path).map { name in
      var info = stat()
      return (name, lstat("\(path)/\(name)", &info) == 0 ? Int(info.st_size) : 0)
    }
  }

  /// What the folder holds of `channel`, read (a file that cannot be read is passed over:
  /// this only keeps ids from being handed out again).
  func contents(of channel: String) -> [[UInt8]] {
    files(of: channel).compactMap { try? RegularFile.read($0, shown: $0) }
  }
}
