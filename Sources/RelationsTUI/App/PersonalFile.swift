import Foundation
import Glibc
import JSONStore

/// One person's own file in a folder of the office (`DATA/drafts/USER.json`,
/// `DATA/views/USER.json`): 0600 in a 0700 folder, or in a shared office a sticky 1770 folder
/// so nobody replaces another person's file. Written to a temporary file and renamed over the
/// old one, so it is whole or absent; read as a regular file, never through a link.
struct PersonalFile {
  let directory: String
  let dataPath: String
  let user: String
  /// The office's modes and group, read from its folder once: a draft is written at every
  /// keystroke, and the folder's mode does not change under a running desk.
  let sharing: OfficeSharing

  init(dataPath: String, folder: String, user: String) {
    directory = dataPath + "/" + folder
    self.dataPath = dataPath
    self.user = user
    sharing = OfficeSharing.of(office: dataPath)
  }

  var path: String {
    let safe = user.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
    return "\(directory)/\(String(safe)).json"
  }

  /// Why the file could not be written, if it could not.
  enum Failure: Error {
    case cannotCreate(reason: String)
    case notWritten(reason: String)
  }

  /// Replaces the file with `data`. Not fsynced: these files guard against the program
  /// stopping, and a sync per keystroke would make typing wait on the disk.
  func write(_ data: Data) -> Failure? {
    try? sharing.makeFolder(directory, personal: true)
    let temporary = path + ".tmp"
    // Never through a link someone left at the temporary name.
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else { return .cannotCreate(reason: String(cString: strerror(errno))) }
    // A file left at the temporary name keeps its old mode: give it the office's, and group.
    sharing.apply(to: descriptor, mode: sharing.fileMode(personal: true))
    let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    guard written == data.count, rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      return .notWritten(reason: reason)
    }
    return nil
  }

  /// The file's JSON object, when there is a file that holds one.
  func readObject(shown: String) -> [String: Any]? {
    guard let bytes = try? RegularFile.read(path, shown: shown) else { return nil }
    return try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
  }

  func remove() {
    unlink(path)
  }
}
