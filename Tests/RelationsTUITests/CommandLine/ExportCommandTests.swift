import Foundation
import Testing

@Suite struct ExportCommandTests {
  /// Every file of the office with its bytes, to see that nothing changed.
  func contents(_ office: String) throws -> [String: Data] {
    var files: [String: Data] = [:]
    let walker = FileManager.default.enumerator(atPath: office)
    while let name = walker?.nextObject() as? String {
      var isFolder: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: office + "/" + name, isDirectory: &isFolder)
      files[name] =
        isFolder.boolValue
        ? Data() : try Data(contentsOf: URL(fileURLWithPath: office + "/" + name))
    }
    return files
  }

  @Test(arguments: [
    "o/channels/website.jsonl", "o/office.json", "o/channels/../office.json",
    "o/surveys/service.json", "o/new-export.csv", "link/channels/phone.jsonl", "o", "dangling",
  ])
  func exportRefusesToWriteInsideTheOfficeAndChangesNothing(out: String) throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["demo", office, "--cases", "12", "--seed", "5"])
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path + "/link", withDestinationPath: office)
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path + "/dangling", withDestinationPath: "o/channels/new.jsonl")
    let before = try contents(office)
    let target = scratch.path + "/" + out
    let result = try run(
      relationsBinary, ["export", "--data", office, "--format", "jsonl", "--out", target])
    #expect(result.status == 2)
    #expect(result.err.contains(target), "\(result.err)")
    #expect(result.err.contains("outside the office"), "\(result.err)")
    #expect(result.err.split(separator: "\n").count == 1)
    #expect(try contents(office) == before)
  }

  @Test func exportWritesBesideTheOffice() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["demo", office, "--cases", "12", "--seed", "5"])
    let result = try run(
      relationsBinary,
      ["export", "--data", office, "--format", "jsonl", "--out", office + "/../cases.jsonl"])
    #expect(result.status == 0, "\(result.err)")
    #expect(FileManager.default.fileExists(atPath: scratch.path + "/cases.jsonl"))
  }
}
