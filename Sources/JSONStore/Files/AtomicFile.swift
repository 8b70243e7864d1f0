import Glibc

/// Replaces a whole file so that a reader, or a crash, sees the old file or the new one and
/// never a mix: a temporary file beside it, written and synced, renamed over the old one,
/// then the folder synced so the rename itself survives a power cut.
public enum AtomicFile {
  public static func replace(_ path: String, with bytes: [UInt8], sharing: OfficeSharing)
    throws(SystemError)
  {
    let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
      .joined(separator: "/")
    // A name nobody can guess and leave a file at beforehand.
    let temporary = "\(path).\(EventID.make()).tmp"
    // Never through a link someone left at the temporary name, never over another's file.
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { throw SystemError("open") }
    var failure: SystemError?
    if !sharing.apply(to: descriptor, mode: sharing.fileMode()) {
      failure = SystemError("fchmod")
    }
    var offset = 0
    while failure == nil, offset < bytes.count {
      let written = bytes.withUnsafeBytes {
        Glibc.write(descriptor, $0.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        failure = SystemError("write")
      } else {
        offset += written
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = SystemError("fsync") }
    close(descriptor)
    if failure == nil, rename(temporary, path) != 0 { failure = SystemError("rename") }
    if let failure {
      unlink(temporary)
      throw failure
    }
    let directory = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard directory >= 0 else { throw SystemError("open") }
    defer { close(directory) }
    guard fsync(directory) == 0 else { throw SystemError("fsync") }
  }
}
