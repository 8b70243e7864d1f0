import Domain
import Foundation
import Glibc
import Office
import Testing

@testable import RelationsTUI

@Suite struct InitCommandTests {
  /// The permission bits (setgid and sticky included) and group of `path` itself.
  func status(_ path: String) throws -> (mode: Int, gid: gid_t) {
    var info = stat()
    try #require(lstat(path, &info) == 0, "\(path) is missing")
    return (Int(info.st_mode & 0o7777), info.st_gid)
  }

  /// Every folder and file of the office, as paths relative to it ("" for the office).
  func everything(in office: String) throws -> (folders: [String], files: [String]) {
    var folders = [""]
    var files: [String] = []
    let items = try #require(FileManager.default.subpathsOfDirectory(atPath: office) as [String]?)
    for item in items.sorted() {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: office + "/" + item, isDirectory: &isFolder)
      if isFolder.boolValue { folders.append(item) } else { files.append(item) }
    }
    return (folders, files)
  }

  /// The staff of the office.json in `office`, as (account, role).
  func staff(_ office: String) throws -> [(String, String)] {
    let data = try Data(contentsOf: URL(fileURLWithPath: office + "/office.json"))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let members = try #require(object["staff"] as? [[String: Any]])
    return members.map { ($0["account"] as? String ?? "", $0["role"] as? String ?? "") }
  }

  @Test func withoutAGroupTheOfficeIsOneAccountsWithFolders0700AndFiles0600() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    let made = try run(
      "/bin/sh", ["-c", #"umask 022; exec "$0" init "$1""#, relationsBinary, office])
    #expect(made.status == 0, "\(made.err)")
    let (folders, files) = try everything(in: office)
    #expect(folders.contains("drafts") && folders.contains("channels"))
    #expect(files.contains("channels/visit.jsonl") && files.contains("office.json"))
    for folder in folders { #expect(try status(office + "/" + folder).mode == 0o700, "\(folder)") }
    for file in files { #expect(try status(office + "/" + file).mode == 0o600, "\(file)") }
    #expect(try staff(office).map(\.1) == ["manager"])
    #expect(try staff(office).map(\.0) == [OSAccount.current])
  }

  @Test func managerNamesTheFirstManagerAndAnUnknownGroupIsRefusedWithNothingMade() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    let quoted = try run(relationsBinary, ["init", office, "--manager", #"kh"alid"#])
    #expect(quoted.status == 2)
    #expect(quoted.err.contains("is not an OS account name"), "\(quoted.err)")
    #expect(!FileManager.default.fileExists(atPath: office))
    let made = try run(relationsBinary, ["init", office, "--manager", "Khalid.Z@ORG"])
    #expect(made.status == 0, "\(made.err)")
    #expect(try staff(office).map(\.0) == ["Khalid.Z@ORG"])
    #expect(try staff(office).map(\.1) == ["manager"])
    let unknown = try run(
      relationsBinary, ["init", scratch.path + "/p", "--group", "no-such-group-relations"])
    #expect(unknown.status != 0)
    #expect(
      unknown.err.contains("There is no group named no-such-group-relations"), "\(unknown.err)")
    #expect(!FileManager.default.fileExists(atPath: scratch.path + "/p"))
  }

  @Test func aSharedOfficeKeepsItsGroupAndModesWhateverTheUmaskAndCheckRepairsThem() throws {
    guard geteuid() == 0 else {
      print("skipped: a shared office's test needs root (to create a group with groupadd)")
      return
    }
    let group = "rel\(getpid())\(UInt16.random(in: 0...UInt16.max))"
    let added = try run("/usr/sbin/groupadd", [group])
    try #require(added.status == 0, "groupadd: \(added.err)")
    defer { _ = try? run("/usr/sbin/groupdel", [group]) }
    let gid = try #require(getgrnam(group)).pointee.gr_gid

    let scratch = Scratch()
    let office = scratch.path + "/o"
    let made = try run(
      "/bin/sh",
      ["-c", #"umask 077; exec "$0" init "$1" --group "$2""#, relationsBinary, office, group])
    #expect(made.status == 0, "\(made.err)")
    func expectShared(_ why: String) throws {
      let (folders, files) = try everything(in: office)
      for folder in folders {
        let personal = folder == "drafts" || folder == "views"
        let found = try status(office + "/" + folder)
        #expect(found.mode == (personal ? 0o1770 : 0o2770), "\(why): \(folder)")
        #expect(found.gid == gid, "\(why): \(folder)")
      }
      for file in files {
        let personal = file.hasPrefix("drafts/") || file.hasPrefix("views/")
        let found = try status(office + "/" + file)
        #expect(found.mode == (personal ? 0o600 : 0o660), "\(why): \(file)")
        #expect(found.gid == gid, "\(why): \(file)")
      }
    }
    try expectShared("after init")
    #expect(try staff(office).map(\.1) == ["manager"])

    // A later process with a restrictive umask: a log made anew, a torn tail set aside.
    try FileManager.default.removeItem(atPath: office + "/channels/phone.jsonl")
    let website = try #require(FileHandle(forWritingAtPath: office + "/channels/website.jsonl"))
    website.seekToEndOfFile()
    website.write(Data(#"{"torn"#.utf8))
    try website.close()
    let input = scratch.path + "/in.jsonl"
    try Data(IngestCommandTests.examples[0].utf8).write(to: URL(fileURLWithPath: input))
    let ingest = try run(
      "/bin/sh",
      ["-c", #"umask 077; exec "$0" ingest --data "$1" "$2""#, relationsBinary, office, input])
    #expect(ingest.status == 0, "\(ingest.out) \(ingest.err)")
    #expect(FileManager.default.fileExists(atPath: office + "/channels/phone.jsonl"))
    let torn = try FileManager.default.contentsOfDirectory(atPath: office + "/quarantine")
    #expect(torn.contains { $0.hasPrefix("website.") }, "\(torn)")
    let configuration = try OfficeFile.load(directory: office)
    #expect(
      DraftStore(dataPath: office, user: "huda").save(IntakeForm.make(office: configuration)) == nil
    )
    #expect(FileManager.default.fileExists(atPath: office + "/drafts/huda.json"))
    try expectShared("after a umask 077 ingest and a draft")
    #expect(try run(relationsBinary, ["check", "--data", office]).status == 0)

    // check names a file that lost the group's rights or its group; --repair gives them back.
    #expect(chmod(office + "/channels/visit.jsonl", 0o600) == 0)
    #expect(chown(office + "/office.json", uid_t.max, 0) == 0)
    #expect(chmod(office + "/surveys", 0o700) == 0)
    let loose = try run(relationsBinary, ["check", "--data", office])
    #expect(loose.status == 1)
    #expect(
      loose.out.contains("channels/visit.jsonl:0: mode 600, but this shared office wants 660"),
      "\(loose.out)")
    #expect(
      loose.out.contains("office.json:0: group root, but this shared office's group is \(group)"),
      "\(loose.out)")
    #expect(
      loose.out.contains("surveys:0: mode 700, but this shared office wants 2770"), "\(loose.out)")
    let repaired = try run(relationsBinary, ["check", "--data", office, "--repair"])
    #expect(repaired.status == 0, "\(repaired.out)")
    #expect(
      repaired.out.contains("repaired: office.json: group root -> \(group)"), "\(repaired.out)")
    try expectShared("after check --repair")
  }
}
