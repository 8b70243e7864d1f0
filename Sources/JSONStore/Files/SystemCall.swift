import Glibc

/// An OS error with the call that failed, for messages that say what went wrong.
public struct SystemError: Error, Sendable, Equatable, CustomStringConvertible {
  public var call: String
  public var code: Int32

  public init(_ call: String, code: Int32 = errno) {
    self.call = call
    self.code = code
  }

  public var description: String {
    "\(call): \(String(cString: strerror(code)))"
  }

  public var isNoSpace: Bool { code == ENOSPC || code == EDQUOT }
  public var isReadOnly: Bool { code == EROFS || code == EACCES || code == EPERM }
}

/// Retries a call interrupted by a signal.
@inline(__always)
func retryingEINTR(_ call: () -> Int) -> Int {
  while true {
    let result = call()
    if result >= 0 || errno != EINTR { return result }
  }
}

/// Syncs a directory so that a file created in it survives a power cut.
func syncDirectory(_ path: String) throws(SystemError) {
  let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
  guard fd >= 0 else { throw SystemError("open \(path)") }
  defer { close(fd) }
  guard fsync(fd) == 0 else { throw SystemError("fsync \(path)") }
}

/// Creates a directory with mode 0700 (it holds personal data), parents included.
func makeDirectory(_ path: String) throws(SystemError) {
  var current = path.hasPrefix("/") ? "" : "."
  for component in path.split(separator: "/") {
    current += "/" + component
    if mkdir(current, 0o700) != 0 && errno != EEXIST {
      throw SystemError("mkdir \(current)")
    }
  }
  var info = stat()
  guard stat(path, &info) == 0 else { throw SystemError("stat \(path)") }
  guard (info.st_mode & S_IFMT) == S_IFDIR else {
    throw SystemError("mkdir \(path)", code: ENOTDIR)
  }
}

/// Reads `count` bytes at `offset`, fewer only at end of file.
func readFully(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int)
  throws(SystemError) -> Int
{
  var done = 0
  while done < buffer.count {
    let base = buffer.baseAddress.map { $0 + done }
    let result = retryingEINTR { pread(fd, base, buffer.count - done, off_t(offset + done)) }
    guard result >= 0 else { throw SystemError("read") }
    if result == 0 { break }
    done += result
  }
  return done
}

/// The size of an open file.
func fileSize(_ fd: Int32) throws(SystemError) -> Int {
  var info = stat()
  guard fstat(fd, &info) == 0 else { throw SystemError("fstat") }
  return Int(info.st_size)
}

/// The names in a folder, `.` and `..` left out, sorted; none when it cannot be read.
func entryNames(in path: String) -> [String] {
  guard let dir = opendir(path) else { return [] }
  defer { closedir(dir) }
  var names: [String] = []
  while let entry = readdir(dir) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    if name != "." && name != ".." { names.append(name) }
  }
  return names.sorted()
}
