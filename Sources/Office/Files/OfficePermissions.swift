import JSONStore

import Glibc

/// The modes of everything in an office (CONTRACTS.md): every folder 0700 and every file 0600,
/// since all of it is personal data: office.json, the logs, surveys, templates, library,
/// drafts and quarantine alike. Symbolic links are neither followed nor changed.
public struct OfficePermissions {
  public let directory: DataDirectory

  /// A file or folder of the office, by its path and its name in messages.
  private struct Entry {
    public var path: String
    public var shown: String
    public var mode: mode_t
  }

  /// Every file and folder whose mode lets other accounts read, write or enter it.
  public func problems() -> [LogProblem] {
    entries().filter { $0.mode & 0o077 != 0 }.map { entry in
      let isFolder = entry.mode & S_IFMT == S_IFDIR
      let mode = entry.mode & 0o777
      return LogProblem(
        file: entry.shown, line: 0, kind: .permissions,
        reason: "mode \(String(mode, radix: 8)) lets other accounts read personal data; "
          + "run relations check --repair (or chmod \(isFolder ? "700" : "600"))")
    }
  }

  /// Takes every right of other accounts away; the owner's own rights are kept as they are,
  /// so nothing is ever loosened. Returns what was changed, as `name: old -> new`.
  @discardableResult
  public func tighten() -> [String] {
    entries().filter { $0.mode & 0o077 != 0 }.compactMap { entry in
      let tightened = entry.mode & 0o700
      guard
        DataDirectory.setMode(
          of: entry.path, to: tightened, folder: entry.mode & S_IFMT == S_IFDIR)
      else { return nil }
      return
        "\(entry.shown): mode \(String(entry.mode & 0o777, radix: 8)) -> \(String(tightened, radix: 8))"
    }
  }

  /// The office folder, then everything under it, folders before their contents.
  private func entries() -> [Entry] {
    var found: [Entry] = []
    func visit(_ path: String, shown: String) {
      var info = stat()
      guard lstat(path, &info) == 0 else { return }
      let type = info.st_mode & S_IFMT
      guard type == S_IFDIR || type == S_IFREG else { return }
      found.append(Entry(path: path, shown: shown, mode: info.st_mode))
      guard type == S_IFDIR, let folder = opendir(path) else { return }
      var names: [String] = []
      while let item = readdir(folder) {
        let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(folder)
      for name in names.sorted() {
        visit(path + "/" + name, shown: shown == directory.path ? name : shown + "/" + name)
      }
    }
    visit(directory.path, shown: directory.path)
    return found
  }
}
