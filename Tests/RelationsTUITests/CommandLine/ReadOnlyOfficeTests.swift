import Foundation
import Testing

/// The commands that only read (report, export, check without --repair) work for an account
/// that may read the office but not write it, and change nothing.
@Suite struct ReadOnlyOfficeTests {
  /// Every file and folder of the office with its mode and bytes.
  func snapshot(_ office: String) throws -> [String: String] {
    var entries: [String: String] = [:]
    let walker = FileManager.default.enumerator(atPath: office)
    while let name = walker?.nextObject() as? String {
      let path = office + "/" + name
      let attributes = try FileManager.default.attributesOfItem(atPath: path)
      let mode = attributes[.posixPermissions] as? Int ?? -1
      let bytes =
        (attributes[.type] as? FileAttributeType) == .typeDirectory
        ? "" : (try Data(contentsOf: URL(fileURLWithPath: path))).base64EncodedString()
      entries[name] = "\(String(mode, radix: 8)) \(bytes)"
    }
    return entries
  }

  /// How to run a command as an account that cannot write the office: this one when
  /// permissions bind it, else (as root) the unprivileged `nobody`, through setpriv.
  func readerPrefix(office: String) throws -> [String]? {
    let folders = try FileManager.default.subpathsOfDirectory(atPath: office)
    if getuid() != 0 {
      return []
    }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else { return nil }
    // The office belongs to nobody, who may read but not write it; the folders above it are
    // searchable by everyone.
    for name in [""] + folders.map({ "/" + $0 }) {
      guard chown(office + name, 65534, 65534) == 0 else { return nil }
    }
    return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
  }

  @Test func reportExportAndCheckWorkOnAnOfficeTheAccountMayOnlyReadAndChangeNothing() throws {
    let scratch = Scratch()
    chmod(scratch.path, 0o755)
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["demo", office, "--cases", "20", "--seed", "9"])
    guard let prefix = try readerPrefix(office: office) else {
      print("ReadOnlyOfficeTests: skipped: running as root without setpriv or chown to nobody.")
      return
    }
    // Read-only for everyone: folders r-x, files r--, nothing for other accounts.
    for name in try FileManager.default.subpathsOfDirectory(atPath: office) {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: office + "/" + name, isDirectory: &isFolder)
      chmod(office + "/" + name, isFolder.boolValue ? 0o500 : 0o400)
    }
    chmod(office, 0o500)
    let before = try snapshot(office)
    func reader(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
      let all = prefix + [relationsBinary] + arguments
      return try run(all[0], Array(all.dropFirst()))
    }
    let commands: [[String]] = [
      ["report", "surveys", "--data", office],
      ["report", "surveys", "--data", office, "--format", "json", "--by", "channel"],
      ["export", "--data", office, "--format", "jsonl", "--what", "events"],
      ["export", "--data", office, "--format", "csv", "--what", "surveys"],
      ["check", "--data", office],
    ]
    for command in commands {
      let result = try reader(command)
      #expect(result.status == 0, "\(command.prefix(2)): \(result.err)\(result.out.suffix(300))")
      #expect(result.err.isEmpty, "\(command.prefix(2)): \(result.err)")
      #expect(!result.out.isEmpty)
    }
    #expect(try snapshot(office) == before)
    // Scratch removes the folder as root; make it writable again for a non-root run.
    chmod(office, 0o700)
    for name in try FileManager.default.subpathsOfDirectory(atPath: office) {
      chmod(office + "/" + name, 0o700)
    }
  }

  @Test func aChannelLogThatDoesNotExistYetReadsAsEmptyForTheReadOnlyCommands() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["demo", office, "--cases", "20", "--seed", "9"])
    try FileManager.default.removeItem(atPath: office + "/channels/website.jsonl")
    for command in [
      ["report", "surveys", "--data", office],
      ["export", "--data", office, "--format", "jsonl", "--what", "cases"],
      ["check", "--data", office],
    ] {
      let result = try run(relationsBinary, command)
      #expect(result.status == 0, "\(command.prefix(2)): \(result.err)")
    }
    #expect(!FileManager.default.fileExists(atPath: office + "/channels/website.jsonl"))
  }
}
