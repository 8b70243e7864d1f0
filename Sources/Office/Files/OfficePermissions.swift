import Glibc
import JSONStore

/// The modes and group of everything in an office (CONTRACTS.md), as its `OfficeSharing`
/// wants them. A private office: every folder 0700 and every file 0600, since all of it is
/// personal data (office.json, the logs, surveys, templates, library, drafts and quarantine
/// alike). A shared office: folders 2770 and files 0660 with the office's group, `drafts/`
/// and `views/` 1770 with each person's file 0600. Symbolic links are neither followed nor
/// changed.
public struct OfficePermissions {
  public let directory: DataDirectory

  public init(directory: DataDirectory) {
    self.directory = directory
  }

  /// A file or folder of the office, by its path and its name in messages.
  private struct Entry {
    public var path: String
    public var shown: String
    public var mode: mode_t
    public var gid: gid_t
    /// Inside (or itself) `drafts/` or `views/`: one person's.
    public var personal: Bool
    public var folder: Bool { mode & S_IFMT == S_IFDIR }
  }

  /// What the mode of `entry` should become, or nil when it is right already. A private
  /// office only takes rights away (the owner's own are kept as they are); a shared one
  /// wants its exact modes, since a file the group cannot write stops the team.
  private func wanted(_ entry: Entry, _ sharing: OfficeSharing) -> mode_t? {
    let current = entry.mode & 0o7777
    switch sharing {
    case .privateToOwner:
      return current & 0o077 != 0 ? current & 0o700 : nil
    case .group:
      let mode =
        entry.folder
        ? sharing.folderMode(personal: entry.personal) : sharing.fileMode(personal: entry.personal)
      return current == mode ? nil : mode
    }
  }

  private func octal(_ mode: mode_t) -> String { String(mode & 0o7777, radix: 8) }

  /// Every file and folder whose mode (or, in a shared office, group) is not the office's.
  public func problems() -> [LogProblem] {
    let sharing = directory.sharing
    var found: [LogProblem] = []
    for entry in entries() {
      if let mode = wanted(entry, sharing) {
        let reason =
          sharing == .privateToOwner
          ? "mode \(octal(entry.mode)) lets other accounts read personal data; "
            + "run relations check --repair (or chmod \(entry.folder ? "700" : "600"))"
          : "mode \(octal(entry.mode)), but this shared office wants \(octal(mode)); "
            + "run relations check --repair (or chmod \(octal(mode)))"
        found.append(LogProblem(file: entry.shown, line: 0, kind: .permissions, reason: reason))
      }
      if let gid = sharing.gid, entry.gid != gid {
        found.append(
          LogProblem(
            file: entry.shown, line: 0, kind: .permissions,
            reason: "group \(Self.groupName(entry.gid)), but this shared office's group is "
              + "\(Self.groupName(gid)); run relations check --repair "
              + "(or chgrp \(Self.groupName(gid)))"))
      }
    }
    return found
  }

  /// Gives every file and folder the office's mode and group. Returns what was changed, as
  /// `name: old -> new`.
  @discardableResult
  public func tighten() -> [String] {
    let sharing = directory.sharing
    return entries().compactMap { entry in
      let mode = wanted(entry, sharing)
      let regroup = sharing.gid.map { $0 != entry.gid } ?? false
      guard mode != nil || regroup else { return nil }
      let target = mode ?? entry.mode & 0o7777
      guard sharing.apply(toPath: entry.path, mode: target, folder: entry.folder) else {
        return nil
      }
      var changes: [String] = []
      if let mode { changes.append("mode \(octal(entry.mode)) -> \(octal(mode))") }
      if regroup, let gid = sharing.gid {
        changes.append("group \(Self.groupName(entry.gid)) -> \(Self.groupName(gid))")
      }
      return "\(entry.shown): " + changes.joined(separator: ", ")
    }
  }

  /// A group's name from the group database, or its number when it has none.
  static func groupName(_ gid: gid_t) -> String {
    if let entry = getgrgid(gid), let name = entry.pointee.gr_name {
      return String(cString: name)
    }
    return String(gid)
  }

  /// The office folder, then everything under it, folders before their contents.
  private func entries() -> [Entry] {
    var found: [Entry] = []
    func visit(_ path: String, shown: String, personal: Bool) {
      var info = stat()
      guard lstat(path, &info) == 0 else { return }
      let type = info.st_mode & S_IFMT
      guard type == S_IFDIR || type == S_IFREG else { return }
      found.append(
        Entry(path: path, shown: shown, mode: info.st_mode, gid: info.st_gid, personal: personal))
      guard type == S_IFDIR, let folder = opendir(path) else { return }
      var names: [String] = []
      while let item = readdir(folder) {
        let name = withUnsafeBytes(of: item.pointee.d_name) { raw in
          String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if name != "." && name != ".." { names.append(name) }
      }
      closedir(folder)
      let top = shown == directory.path
      for name in names.sorted() {
        visit(
          path + "/" + name, shown: top ? name : shown + "/" + name,
          personal: personal || (top && OfficeSharing.personalFolders.contains(name)))
      }
    }
    visit(directory.path, shown: directory.path, personal: false)
    return found
  }
}
