import Glibc

/// What kind of file system a data directory lives on.
///
/// Network file systems are refused: their locks and fsync do not give the guarantees the
/// log's promise ("nothing reported saved is lost") rests on.
public enum FileSystemKind: Equatable, Sendable {
  case local
  case network(name: String)

  /// Classifies a file-system type as `/proc/self/mounts` names it.
  public init(typeName: String) {
    let name = typeName.lowercased()
    if name.hasPrefix("nfs") {
      self = .network(name: "NFS")
    } else if name == "cifs" || name.hasPrefix("smb") {
      self = .network(name: "SMB/CIFS")
    } else if name == "afs" || name == "ceph" || name == "glusterfs" || name == "fuse.sshfs" {
      self = .network(name: name)
    } else {
      self = .local
    }
  }

  /// The kind of file system `path` is on: the type of the longest mount point containing it.
  ///
  /// Read from `/proc/self/mounts` because `statfs`'s header does not import into Swift.
  public static func of(_ path: String) -> FileSystemKind {
    guard let resolved = realpath(path, nil) else { return .local }
    let target = String(cString: resolved)
    free(resolved)
    guard let mounts = readSmallFile("/proc/self/mounts") else { return .local }
    var best = ""
    var bestType = ""
    for line in mounts.split(separator: "\n") {
      let fields = line.split(separator: " ")
      guard fields.count >= 3 else { continue }
      let point = unescapeMountPath(String(fields[1]))
      let contains =
        point == "/" || target == point
        || target.hasPrefix(point.hasSuffix("/") ? point : point + "/")
      if contains && point.count >= best.count {
        best = point
        bestType = String(fields[2])
      }
    }
    return FileSystemKind(typeName: bestType)
  }

  /// `/proc/self/mounts` writes spaces and tabs in paths as octal escapes.
  private static func unescapeMountPath(_ text: String) -> String {
    text.replacingOccurrences("\\040", " ").replacingOccurrences("\\011", "\t")
  }
}

extension String {
  fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}

/// Reads a small file (a few KiB, e.g. under /proc) whole.
func readSmallFile(_ path: String) -> String? {
  let fd = open(path, O_RDONLY | O_CLOEXEC)
  guard fd >= 0 else { return nil }
  defer { close(fd) }
  var out = [UInt8]()
  var chunk = [UInt8](repeating: 0, count: 16384)
  while true {
    let got = chunk.withUnsafeMutableBytes { raw in
      retryingEINTR { read(fd, raw.baseAddress, raw.count) }
    }
    guard got > 0 else { break }
    out.append(contentsOf: chunk[0..<got])
  }
  return String(decoding: out, as: UTF8.self)
}
