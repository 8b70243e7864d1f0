import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations [--data DIR] [--lang en|ar]`: the full-screen desk.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open", abstract: "Open the full-screen app (the default).")

  @OptionGroup var data: DataOption

  @Option(help: "Interface language: en or ar (default: the office's, from office.json).")
  var lang: String?

  @Flag(help: "Arabic-Indic digits (٠١٢…) in the Arabic interface's numbers.")
  var arabicDigits = false

  @Option(
    help: """
      Who puts right-to-left text in visual order: app (Relations, the default), terminal \
      (for a terminal that does bidi well itself), or off.
      """)
  var bidi: String = "app"

  func validate() throws {
    if let lang, Language(rawValue: lang) == nil {
      throw ValidationError("--lang must be en or ar, not \(lang).")
    }
    guard Bidi.Mode(rawValue: bidi) != nil else {
      throw ValidationError("--bidi must be app, terminal or off, not \(bidi).")
    }
  }

  func run() throws {
    guard Terminal.isInteractive else {
      throw CommandFailure.environment(
        "The full-screen app needs a terminal, and this is not one (stdin or stdout is redirected). "
          + "Commands that work without one: \(Relations.terminalFreeCommands.joined(separator: ", "))."
      )
    }
    let directory = try data.existingOffice()
    // An account that is not on the staff is refused before the office is read.
    let acting = try data.acting()
    let surveys = try data.surveys()
    // An office this account cannot write, or a role that may change nothing at the desk,
    // is shown read-only, with a banner saying why.
    let readOnly =
      acting.worksAtTheDesk
      ? ReadOnlyReason.check(directory) : ReadOnlyReason(cause: .role(acting.role), path: "")
    let store = try data.store(readOnly == nil ? .readWrite : .readOnly, profile: .desk)
    Bidi.mode = Bidi.Mode(rawValue: bidi) ?? .app
    let terminal = Terminal()
    do {
      try terminal.start()
    } catch Terminal.StartFailure.unknownTerminal(let name) {
      throw CommandFailure.environment(
        "The terminal type \(name.map { "\"\($0)\"" } ?? "(TERM is not set)") is unknown; set TERM, e.g. TERM=xterm-256color."
      )
    } catch Terminal.StartFailure.cannotPlaceCursor(let name) {
      throw CommandFailure.environment(
        "The terminal type \(name.isEmpty ? "(TERM is empty or not set)" : "\"\(name)\"") cannot place the cursor, which the full-screen app needs: "
          + "set TERM to the terminal's own type, e.g. TERM=xterm-256color. "
          + "Commands that work without one: \(Relations.terminalFreeCommands.joined(separator: ", "))."
      )
    }
    defer { terminal.stop() }
    let (width, height) = terminal.size
    let user = acting.account
    let session = DeskSession(
      store: store, drafts: DraftStore(dataPath: directory.path, user: user), user: user,
      surveys: surveys,
      templates: ReplyTemplates.load(directory: directory.path),
      library: LibraryDocuments.load(directory: directory.path),
      language: lang.flatMap(Language.init(rawValue:)) ?? store.office.language,
      arabicDigits: arabicDigits, width: width, height: height, now: Date(), readOnly: readOnly,
      views: ViewStore(dataPath: directory.path, user: user))
    session.restoreDraft()
    session.run(terminal)
  }
}
