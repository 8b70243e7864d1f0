import Foundation
import Testing

/// `make install` and `make uninstall`, run on the built binary (BIN=) and a stand-in man page
/// (MAN=) so that the test needs no release build; `make man` is the plugin's own work.
@Suite struct InstallTargetTests {
  /// The package's folder, where the Makefile is.
  var packageRoot: String {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().path
  }

  @Test func installPutsTheBinaryManPageAndThreeCompletionsUnderPrefixAndUninstallRemovesThem()
    throws
  {
    let scratch = Scratch()
    let prefix = scratch.path + "/prefix"
    let man = scratch.path + "/relations.1"
    try ".Dt RELATIONS 1\n".write(toFile: man, atomically: true, encoding: .utf8)
    let make = ["make", "-s", "-C", packageRoot, "PREFIX=" + prefix, "BIN=" + relationsBinary]
    let install = try run("/usr/bin/env", make + ["MAN=" + man, "install"])
    #expect(install.status == 0, "\(install.err)")

    let binary = prefix + "/bin/relations"
    let help = try run(binary, ["--help"])
    #expect(help.status == 0)
    #expect(help.out.contains("relations"))
    #expect(
      try String(contentsOfFile: prefix + "/share/man/man1/relations.1", encoding: .utf8)
        == ".Dt RELATIONS 1\n")
    let completions = [
      "/share/bash-completion/completions/relations": "complete -o filenames",
      "/share/zsh/site-functions/_relations": "#compdef relations",
      "/share/fish/vendor_completions.d/relations.fish": "complete -c 'relations'",
    ]
    for (file, mark) in completions {
      let text = (try? String(contentsOfFile: prefix + file, encoding: .utf8)) ?? ""
      #expect(text.contains(mark), "\(file): \(text.prefix(200))")
      #expect(text.contains("report"), "\(file) completes the commands")
    }
    #expect(
      (try FileManager.default.attributesOfItem(atPath: binary)[.posixPermissions] as? Int) == 0o755
    )

    let uninstall = try run("/usr/bin/env", make + ["uninstall"])
    #expect(uninstall.status == 0, "\(uninstall.err)")
    for file in ["/bin/relations", "/share/man/man1/relations.1"] + completions.keys {
      #expect(!FileManager.default.fileExists(atPath: prefix + file), "\(file) is left")
    }
  }
}
