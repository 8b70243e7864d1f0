import Foundation
import Testing

@Suite struct CheckCommandTests {
  func mode(_ path: String) throws -> Int {
    try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
  }

  @Test func checkReportsLooseModesAnywhereInTheOfficeAndRepairTightensThemAll() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office, "--demo"])
    let manager = FileManager.default
    try manager.createDirectory(atPath: office + "/drafts", withIntermediateDirectories: true)
    try Data("{}".utf8).write(to: URL(fileURLWithPath: office + "/drafts/huda.json"))
    try Data("torn".utf8).write(to: URL(fileURLWithPath: office + "/quarantine/visit.1.0.torn"))
    let folders = ["", "/channels", "/surveys", "/templates", "/library", "/quarantine", "/drafts"]
    let files =
      ["/office.json", "/channels/visit.jsonl", "/drafts/huda.json", "/quarantine/visit.1.0.torn"]
      + ["surveys", "templates", "library"].flatMap { folder in
        (try? manager.contentsOfDirectory(atPath: office + "/" + folder))?.map {
          "/\(folder)/\($0)"
        } ?? []
      }
    #expect(files.count > 6)
    for folder in folders {
      try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: office + folder)
    }
    for file in files {
      try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: office + file)
    }
    let loose = try run(relationsBinary, ["check", "--data", office])
    #expect(loose.status == 1)
    for path in folders.dropFirst() + files {
      #expect(loose.out.contains("\(path.dropFirst()):0: mode "), "\(path) is not reported")
    }
    let repaired = try run(relationsBinary, ["check", "--data", office, "--repair"])
    #expect(repaired.status == 0, "\(repaired.out)")
    for folder in folders { #expect(try mode(office + folder) == 0o700, "\(folder)") }
    for file in files { #expect(try mode(office + file) == 0o600, "\(file)") }
    #expect(try run(relationsBinary, ["check", "--data", office]).status == 0)
  }

  @Test(arguments: [
    (#"{"name": 5"#, "office.json: not valid JSON"),
    (#"{"name":"x","hours":{"start":"8am","end":"16:00"}}"#, "office.json: hours.start: "),
  ])
  func anInvalidOfficeJSONIsAProblemLineAndIsCounted(text: String, line: String) throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office])
    try Data(text.utf8).write(to: URL(fileURLWithPath: office + "/office.json"))
    let check = try run(relationsBinary, ["check", "--data", office])
    #expect(check.status == 1)
    let lines = check.out.split(separator: "\n")
    #expect(lines.contains { $0.hasPrefix(line) }, "\(check.out)")
    #expect(lines.last == "6 channel logs, 0 records: 1 problem.", "\(check.out)")
  }
}

@Suite struct CheckCommandChainTests {
  @Test func aRecordEditedWithARecomputedChecksumIsNamedByCheck() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    let made = try run(relationsBinary, ["demo", office, "--cases", "40", "--seed", "5"])
    #expect(made.status == 0, "\(made.err)")
    #expect(try run(relationsBinary, ["check", "--data", office]).status == 0)
    let path = office + "/channels/visit.jsonl"
    try LogEdits.forge(path, line: 5)
    let check = try run(relationsBinary, ["check", "--data", office])
    #expect(check.status == 1)
    let seq = try LogEdits.seq(path, line: 6)
    let named =
      "channels/visit.jsonl:6: record seq \(seq) does not follow record seq \(seq - 1) "
      + "(its prev hash does not match)"
    #expect(check.out.contains(named), "\(check.out)")
    #expect(!check.out.contains("checksum mismatch"), "the checksum was made to match")
    #expect(check.out.split(separator: "\n").last?.hasSuffix(": 1 problem.") == true)
  }
}
