import Domain
import Foundation
import Glibc

/// office.json as it stands now, re-read only when the file changed (another inode after a
/// staff change's rename, another size or time): a long-running desk or ingest acts with
/// the staff list a manager just changed, without parsing the file at every keystroke.
struct OfficeFileWatch {
  let directory: String
  private var stamp: (inode: UInt64, size: Int64, seconds: Int, nanoseconds: Int)?

  init(directory: String) {
    self.directory = directory
  }

  /// The configuration when office.json changed since the last call (or on the first call),
  /// nil when it did not; a file that cannot be read or parsed is nil too, so the office
  /// keeps the configuration it has.
  mutating func changed() -> OfficeConfiguration? {
    var info = stat()
    guard lstat(directory + "/office.json", &info) == 0 else { return nil }
    let now = (
      inode: UInt64(info.st_ino), size: Int64(info.st_size), seconds: info.st_mtim.tv_sec,
      nanoseconds: info.st_mtim.tv_nsec
    )
    if let stamp, stamp == now { return nil }
    guard let office = try? OfficeFile.load(directory: directory)
    else { return nil }
    stamp = now
    return office
  }
}
