import Glibc

/// Opens the office's files the one safe way: never through a symbolic link (which could
/// point outside the office), and only when the name is a regular file, so a FIFO cannot
/// hang a command and a device or folder is not read as a log.
public enum RegularFile {
  /// What stands at a path instead of a regular file.
  static func kind(of mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: nil
    case S_IFLNK: "a symbolic link"
    case S_IFIFO: "a FIFO (named pipe)"
    case S_IFDIR: "a folder"
    case S_IFCHR, S_IFBLK: "a device"
    case S_IFSOCK: "a socket"
    default: "not a regular file"
    }
  }

  /// Opens `path` with `flags` (O_NOFOLLOW and O_CLOEXEC are added) and checks that it is a
  /// regular file; `shown` names it in errors. With O_CREAT, `permissions` is the new file's
  /// mode.
  public static func open(
    _ path: String, flags: Int32, permissions: mode_t = 0o600, shown: String
  ) throws(LogError) -> Int32 {
    // O_NONBLOCK so that opening a FIFO returns at once instead of waiting for a writer.
    let fd = systemOpen(path, flags | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK, permissions)
    guard fd >= 0 else {
      let code = errno
      if code == ELOOP {
        throw LogError.notARegularFile(file: shown, kind: "a symbolic link")
      }
      var info = stat()
      if lstat(path, &info) == 0, let kind = kind(of: info.st_mode) {
        throw LogError.notARegularFile(file: shown, kind: kind)
      }
      throw LogError.io(file: shown, SystemError("open \(path)", code: code))
    }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      let error = SystemError("fstat \(path)")
      close(fd)
      throw LogError.io(file: shown, error)
    }
    if let kind = kind(of: info.st_mode) {
      close(fd)
      throw LogError.notARegularFile(file: shown, kind: kind)
    }
    let status = fcntl(fd, F_GETFL)
    if status >= 0 { _ = fcntl(fd, F_SETFL, status & ~O_NONBLOCK) }
    return fd
  }

  /// The whole content of the regular file at `path`, read without following a link.
  public static func read(_ path: String, shown: String) throws(LogError) -> [UInt8] {
    let fd = try open(path, flags: O_RDONLY, shown: shown)
    defer { close(fd) }
    var bytes: [UInt8] = []
    do {
      let size = try fileSize(fd)
      bytes = [UInt8](repeating: 0, count: size)
      let got = try bytes.withUnsafeMutableBytes { try readFully(fd, into: $0, at: 0) }
      bytes.removeLast(size - got)
      // A file that grew while it was read: take the rest too.
      var chunk = [UInt8](repeating: 0, count: 65_536)
      while true {
        let more = try chunk.withUnsafeMutableBytes { try readFully(fd, into: $0, at: bytes.count) }
        if more == 0 { break }
        bytes += chunk[0..<more]
      }
    } catch let error as SystemError {
      throw LogError.io(file: shown, error)
    } catch {
      throw LogError.io(file: shown, SystemError("read \(path)", code: EIO))
    }
    return bytes
  }
}

/// The C library's `open`, named apart from `RegularFile.open`.
private func systemOpen(_ path: String, _ flags: Int32, _ permissions: mode_t) -> Int32 {
  open(path, flags, permissions)
}
