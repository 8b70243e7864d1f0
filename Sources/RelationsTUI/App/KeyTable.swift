/// What a key asks the desk to do, outside forms (DESIGN §8).
enum DeskAction: Hashable, Sendable {
  case help, quit, newVisit, search, cycleView
  case down, up, pageDown, pageUp, top, bottom
  case open, nextPane, previousPane
  case assign, priority, status, note, reply, resolve, reopen, permit
  case screen(DeskScreen)
}

/// One line of the key table: the keys, what they do, and whether the hint line shows them.
struct KeyBinding: Sendable {
  var keys: [KeyPress]
  var action: DeskAction
  var help: String
  /// The short word on the hint line; nil keeps the binding to the help overlay.
  var hint: String?

  var label: String {
    keys.map(\.label).joined(separator: " ")
  }
}

/// The one key table: `update` looks keys up here, the help overlay and the hint line are
/// generated from it, so what the help says is what the keys do.
enum KeyTable {
  static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.character("?"), .function(1)], action: .help, help: "help (this list)", hint: "help"),
    KeyBinding(
      keys: [.character("q"), .function(10)], action: .quit, help: "quit (Ctrl-C quits anywhere)",
      hint: "quit"),
    KeyBinding(
      keys: [.character("n")], action: .newVisit, help: "new in-person visit (intake form)",
      hint: "new visit"),
    KeyBinding(
      keys: [.character("/")], action: .search, help: "search the list (Arabic-aware); Esc clears",
      hint: "search"),
    KeyBinding(
      keys: [.character("v")], action: .cycleView,
      help: "cycle views: All open, Mine, Unassigned, Overdue, All", hint: "view"),
    KeyBinding(
      keys: [.character("j"), .down], action: .down, help: "next case (in the detail: scroll down)"),
    KeyBinding(
      keys: [.character("k"), .up], action: .up, help: "previous case (in the detail: scroll up)"),
    KeyBinding(keys: [.pageDown], action: .pageDown, help: "one page down"),
    KeyBinding(keys: [.pageUp], action: .pageUp, help: "one page up"),
    KeyBinding(keys: [.character("g"), .home], action: .top, help: "first case"),
    KeyBinding(keys: [.character("G"), .end], action: .bottom, help: "last case"),
    KeyBinding(keys: [.enter], action: .open, help: "open the case: focus its detail"),
    KeyBinding(keys: [.tab], action: .nextPane, help: "next pane"),
    KeyBinding(keys: [.backTab], action: .previousPane, help: "previous pane"),
    KeyBinding(
      keys: [.character("a")], action: .assign, help: "assign to a member of staff", hint: "assign"),
    KeyBinding(
      keys: [.character("p")], action: .priority, help: "set the priority", hint: "priority"),
    KeyBinding(
      keys: [.character("s")], action: .status, help: "change the status (waiting, resume, close)",
      hint: "status"),
    KeyBinding(
      keys: [.character("c")], action: .note, help: "internal note (not sent to the person)",
      hint: "note"),
    KeyBinding(
      keys: [.character("R")], action: .reply, help: "reply to the person (from a template)",
      hint: "reply"),
    KeyBinding(
      keys: [.character("x")], action: .resolve, help: "resolve, with the resolution in writing",
      hint: "resolve"),
    KeyBinding(keys: [.character("o")], action: .reopen, help: "reopen a resolved case"),
    KeyBinding(
      keys: [.character("P")], action: .permit,
      help: "next permit step (submitted, decision, notified)", hint: "permit"),
    KeyBinding(keys: [.character("1")], action: .screen(.inbox), help: "Inbox"),
    KeyBinding(keys: [.character("2")], action: .screen(.surveys), help: "Surveys"),
    KeyBinding(keys: [.character("3")], action: .screen(.permits), help: "Permits"),
    KeyBinding(keys: [.character("4")], action: .screen(.contacts), help: "Contacts"),
    KeyBinding(keys: [.character("5")], action: .screen(.library), help: "Library"),
  ]

  /// Keys that work the same in every form and prompt; listed in the help.
  static let formKeys: [(String, String)] = [
    ("Tab / Shift-Tab", "next / previous field"),
    ("← →", "choose in a choice field"),
    ("Enter", "next field (a new line in Details, notes and replies)"),
    ("Ctrl-S / F2", "save"),
    ("Esc", "cancel (asks first if something was typed)"),
  ]

  private static let byKey: [KeyPress: DeskAction] = {
    var table: [KeyPress: DeskAction] = [:]
    for binding in bindings {
      for key in binding.keys { table[key] = binding.action }
    }
    return table
  }()

  static func action(for key: KeyPress) -> DeskAction? { byKey[key] }
}
