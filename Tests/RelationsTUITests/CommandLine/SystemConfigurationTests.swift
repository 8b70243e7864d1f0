import Foundation
import Testing

@testable import RelationsTUI

/// The data folder is --data, else $RELATIONS_DATA, else the server's configuration file
/// (/etc/relations.conf, or the file $RELATIONS_CONFIG names), else ./data.
@Suite struct SystemConfigurationTests {
  /// This process's environment without RELATIONS_DATA, with `config` as the configuration.
  func environment(config: String, data: String? = nil) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["RELATIONS_DATA"] = data
    environment["RELATIONS_CONFIG"] = config
    return environment
  }

  @Test func theDataFolderIsTheOptionThenTheVariableThenTheConfigurationThenDotData() throws {
    let scratch = Scratch()
    let config = scratch.path + "/relations.conf"
    try "# the office\n\ndata = \(scratch.path)/from-config\n".write(
      toFile: config, atomically: true, encoding: .utf8)
    // Each command looks in a folder that does not exist, so its sentence names the one chosen;
    // it runs in the scratch folder, where ./data does not exist either.
    func chosen(_ arguments: [String], _ environment: [String: String]) throws -> String {
      let command = ["-C", scratch.path, relationsBinary, "export", "--format", "jsonl"]
      let result = try run("/usr/bin/env", command + arguments, environment: environment)
      #expect(result.status == 2)
      return result.err
    }
    let option = try chosen(
      ["--data", scratch.path + "/from-option"],
      environment(config: config, data: scratch.path + "/from-variable"))
    #expect(option.contains("No office at \(scratch.path)/from-option:"))
    let variable = try chosen(
      [], environment(config: config, data: scratch.path + "/from-variable"))
    #expect(variable.contains("No office at \(scratch.path)/from-variable:"))
    let configured = try chosen([], environment(config: config))
    #expect(configured.contains("No office at \(scratch.path)/from-config (named by \(config)):"))
    let fallback = try chosen([], environment(config: scratch.path + "/no-such.conf"))
    #expect(fallback.contains("No office at data:"))
  }

  @Test func anOfficeTheConfigurationNamesIsOpenedWithoutAnyOption() throws {
    let scratch = Scratch()
    let office = scratch.path + "/office"
    #expect(try run(relationsBinary, ["init", office]).status == 0)
    let config = scratch.path + "/relations.conf"
    try "data = \(office)\r\n".write(toFile: config, atomically: true, encoding: .utf8)
    let result = try run(relationsBinary, ["check"], environment: environment(config: config))
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("clean"))
  }

  @Test func aBadLineIsOneSentenceNamingTheFileAndLineAndExitsTwo() throws {
    let scratch = Scratch()
    let config = scratch.path + "/relations.conf"
    try "# office\n\ndata: /srv/relations/office\n".write(
      toFile: config, atomically: true, encoding: .utf8)
    let result = try run(relationsBinary, ["check"], environment: environment(config: config))
    #expect(result.status == 2)
    #expect(
      result.err
        == "\(config) line 3 is not a setting: write data = /path/to/office, or start a comment with #.\n"
    )
  }

  @Test func aSymlinkedConfigurationIsRefusedByName() throws {
    let scratch = Scratch()
    let office = scratch.path + "/office"
    #expect(try run(relationsBinary, ["init", office]).status == 0)
    let real = scratch.path + "/real.conf"
    try "data = \(office)\n".write(toFile: real, atomically: true, encoding: .utf8)
    let link = scratch.path + "/relations.conf"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
    let result = try run(relationsBinary, ["check"], environment: environment(config: link))
    #expect(result.status == 2)
    #expect(result.err.contains("\(link) is a symbolic link, not a regular file"))
    #expect(result.err.split(separator: "\n").count == 1)
  }

  @Test func commentsBlankLinesAndSpacesAroundTheEqualsSignAreAllowed() throws {
    let text = "  # Relations for the whole office\n\n  data=/srv/relations/office  \n# end\n"
    let configuration = try SystemConfiguration.parse(text, file: "f")
    #expect(configuration.data == "/srv/relations/office")
    #expect(try SystemConfiguration.parse("# nothing set\n", file: "f").data == nil)
  }

  @Test func anUnknownSettingASecondDataLineAndARelativePathAreRefusedWithTheirLine() {
    func sentence(_ text: String) -> String? {
      do {
        _ = try SystemConfiguration.parse(text, file: "/etc/relations.conf")
        return nil
      } catch {
        return error.message
      }
    }
    #expect(
      sentence("datum = /x\n")?.hasPrefix("/etc/relations.conf line 1 sets something") == true)
    #expect(
      sentence("data = /a\ndata = /b\n")?.hasPrefix(
        "/etc/relations.conf line 2 names the data folder a second time") == true)
    #expect(
      sentence("\ndata = office\n")?.hasPrefix(
        "/etc/relations.conf line 2 needs the data folder as an absolute path") == true)
  }

  @Test func theFileIsRelationsConfigWhenSetElseEtcRelationsConf() {
    #expect(SystemConfiguration.path(environment: [:]) == "/etc/relations.conf")
    #expect(
      SystemConfiguration.path(environment: ["RELATIONS_CONFIG": ""]) == "/etc/relations.conf")
    #expect(
      SystemConfiguration.path(environment: ["RELATIONS_CONFIG": "/tmp/r.conf"]) == "/tmp/r.conf")
  }
}
