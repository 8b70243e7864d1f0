/// The one key table. `update` looks keys up here by context, and the hint line and the
/// help of every screen are made from it, so what they say is what the keys do. A key is
/// bound at most once per context, and never both globally and on a screen (tests check).
enum KeyTable {
  static let bindings: [KeyBinding] =
    global + inbox + surveys + permits + contacts + library + outbox
    + search + form + savedVisit + palette + help

  static let global: [KeyBinding] = [
    KeyBinding([.character("?"), .function(1)], .global, .help, hinted: true),
    KeyBinding([.character("q"), .function(10)], .global, .quit, hinted: true),
    KeyBinding([.character("n")], .global, .newVisit, hinted: true),
    KeyBinding([.character("1")], .global, .screen(.inbox)),
    KeyBinding([.character("2")], .global, .screen(.surveys)),
    KeyBinding([.character("3")], .global, .screen(.permits)),
    KeyBinding([.character("4")], .global, .screen(.contacts)),
    KeyBinding([.character("5")], .global, .screen(.library)),
    KeyBinding([.character("6")], .global, .screen(.outbox)),
    KeyBinding([.character("#")], .global, .jumpToCase),
    KeyBinding([.character(":")], .global, .palette, hinted: true),
    KeyBinding([.character("N")], .global, .newCase),
  ]

  static let inbox: [KeyBinding] = [
    KeyBinding([.character("/")], .inbox, .search, hinted: true),
    KeyBinding([.character("v")], .inbox, .cycleView, hinted: true),
    KeyBinding([.character("f")], .inbox, .filter, hinted: true),
    KeyBinding([.character("V")], .inbox, .views),
    KeyBinding([.character("j"), .down], .inbox, .down),
    KeyBinding([.character("k"), .up], .inbox, .up),
    KeyBinding([.pageDown], .inbox, .pageDown),
    KeyBinding([.pageUp], .inbox, .pageUp),
    KeyBinding([.character("g"), .home], .inbox, .top),
    KeyBinding([.character("G"), .end], .inbox, .bottom),
    KeyBinding([.enter], .inbox, .open),
    KeyBinding([.tab], .inbox, .nextPane),
    KeyBinding([.backTab], .inbox, .previousPane),
    KeyBinding([.escape], .inbox, .back),
    KeyBinding([.character("a")], .inbox, .assign, hinted: true),
    KeyBinding([.character("p")], .inbox, .priority, hinted: true),
    KeyBinding([.character("s")], .inbox, .status, hinted: true),
    KeyBinding([.character("c")], .inbox, .note, hinted: true),
    KeyBinding([.character("R")], .inbox, .reply, hinted: true),
    KeyBinding([.character("x")], .inbox, .resolve, hinted: true),
    KeyBinding([.character("o")], .inbox, .reopen),
    KeyBinding([.character("P")], .inbox, .permit, hinted: true),
    KeyBinding([.character("S")], .inbox, .survey),
    KeyBinding([.character("F")], .inbox, .followUp),
    KeyBinding([.character("t")], .inbox, .triage),
    KeyBinding([.character("M")], .inbox, .merge),
    KeyBinding([.character("L")], .inbox, .link),
    KeyBinding([.character("A")], .inbox, .attach),
  ]

  static let surveys: [KeyBinding] = [
    KeyBinding([.left], .surveys, .previousPeriod, hinted: true, hintKeys: "←/→"),
    KeyBinding([.right], .surveys, .nextPeriod),
    KeyBinding([.character("t")], .surveys, .periodLength, hinted: true),
    KeyBinding([.character(".")], .surveys, .currentPeriod, hinted: true),
    KeyBinding([.character("b")], .surveys, .breakdown, hinted: true),
    KeyBinding([.character("u")], .surveys, .nextSurvey, hinted: true),
    KeyBinding([.character("j"), .down], .surveys, .down, hinted: true, hintKeys: "j/k"),
    KeyBinding([.character("k"), .up], .surveys, .up),
    KeyBinding([.enter], .surveys, .open, hinted: true),
    KeyBinding([.character("F")], .surveys, .followUp, hinted: true),
    KeyBinding([.character("S")], .surveys, .survey),
    KeyBinding([.character("/")], .surveys, .search),
    KeyBinding([.escape], .surveys, .back),
  ]

  static let permits: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .permits, .down, hinted: true, hintKeys: "j/k"),
    KeyBinding([.character("k"), .up], .permits, .up),
    KeyBinding([.pageDown], .permits, .pageDown),
    KeyBinding([.pageUp], .permits, .pageUp),
    KeyBinding([.enter], .permits, .open, hinted: true),
    KeyBinding([.character("/")], .permits, .search),
    KeyBinding([.escape], .permits, .back),
  ]

  static let contacts: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .contacts, .down, hinted: true, hintKeys: "j/k"),
    KeyBinding([.character("k"), .up], .contacts, .up),
    KeyBinding([.character("/")], .contacts, .search, hinted: true),
    KeyBinding([.character("e")], .contacts, .editContact, hinted: true),
    KeyBinding([.character("m")], .contacts, .mergeContact, hinted: true),
    KeyBinding([.character("l")], .contacts, .keepInTouch, hinted: true),
    KeyBinding([.enter], .contacts, .open, hinted: true),
    KeyBinding([.tab], .contacts, .nextPane),
    KeyBinding([.escape], .contacts, .back),
  ]

  static let library: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .library, .down, hinted: true, hintKeys: "j/k"),
    KeyBinding([.character("k"), .up], .library, .up),
    KeyBinding([.pageDown], .library, .pageDown, hinted: true, hintKeys: "PgUp/PgDn"),
    KeyBinding([.pageUp], .library, .pageUp),
    KeyBinding([.character("/")], .library, .search, hinted: true),
    KeyBinding([.escape], .library, .back),
  ]

  static let outbox: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .outbox, .down, hinted: true, hintKeys: "j/k"),
    KeyBinding([.character("k"), .up], .outbox, .up),
    KeyBinding([.pageDown], .outbox, .pageDown),
    KeyBinding([.pageUp], .outbox, .pageUp),
    KeyBinding([.character("g"), .home], .outbox, .top),
    KeyBinding([.character("G"), .end], .outbox, .bottom),
    KeyBinding([.character("v")], .outbox, .cycleView, hinted: true),
    KeyBinding([.enter], .outbox, .open, hinted: true),
    KeyBinding([.character("/")], .outbox, .search),
    KeyBinding([.escape], .outbox, .back),
  ]

  static let search: [KeyBinding] = [
    KeyBinding([.enter, .tab], .search, .keepSearch, hinted: true),
    KeyBinding([.escape], .search, .clearSearch, hinted: true),
  ]

  static let form: [KeyBinding] = [
    KeyBinding([.tab, .down], .form, .nextField, hinted: true),
    KeyBinding([.backTab, .up], .form, .previousField),
    KeyBinding([.left, .right], .form, .choose),
    KeyBinding([.enter], .form, .advance),
    KeyBinding([.control("s"), .function(2)], .form, .save, hinted: true),
    KeyBinding([.escape], .form, .cancel, hinted: true),
  ]

  static let savedVisit: [KeyBinding] = [
    KeyBinding([.enter], .savedVisit, .done, hinted: true),
    KeyBinding([.character("r")], .savedVisit, .answeredOnTheSpot, hinted: true),
    KeyBinding([.character("n")], .savedVisit, .nextVisit, hinted: true),
  ]

  static let palette: [KeyBinding] = [
    KeyBinding([.enter], .palette, .runCommand, hinted: true),
    KeyBinding([.down], .palette, .down, hinted: true, hintKeys: "↓/↑"),
    KeyBinding([.up], .palette, .up),
    KeyBinding([.escape], .palette, .cancel, hinted: true),
  ]

  static let help: [KeyBinding] = [
    KeyBinding([.character("j"), .down], .help, .down),
    KeyBinding([.character("k"), .up], .help, .up),
    KeyBinding([.pageDown, .character(" ")], .help, .pageDown),
    KeyBinding([.pageUp], .help, .pageUp),
    KeyBinding([.character("g"), .home], .help, .top),
    KeyBinding([.character("G"), .end], .help, .bottom),
    KeyBinding([.character("/")], .help, .search),
    KeyBinding([.escape, .character("q"), .character("?"), .function(1)], .help, .back),
  ]

  private static let byContext: [KeyContext: [KeyPress: DeskAction]] = {
    var table: [KeyContext: [KeyPress: DeskAction]] = [:]
    for binding in bindings {
      for key in binding.keys { table[binding.context, default: [:]][key] = binding.action }
    }
    return table
  }()

  /// Keys bound twice in one context, or on a screen as well as globally (where the
  /// global binding would always win): none in `bindings`, as a test checks.
  static func clashes(in bindings: [KeyBinding]) -> [(KeyContext, KeyPress)] {
    var seen: Set<[AnyHashable]> = []
    var clashes: [(KeyContext, KeyPress)] = []
    let global = Set(bindings.filter { $0.context == .global }.flatMap(\.keys))
    let screens = Set(DeskScreen.allCases.map(KeyContext.screen))
    for binding in bindings {
      for key in binding.keys {
        let twice = !seen.insert([binding.context, key]).inserted
        if twice || (screens.contains(binding.context) && global.contains(key)) {
          clashes.append((binding.context, key))
        }
      }
    }
    return clashes
  }

  /// What the key does in the context, if it is bound there.
  static func action(for key: KeyPress, in context: KeyContext) -> DeskAction? {
    byContext[context]?[key]
  }

  /// The bindings of one context, in the table's order.
  static func bindings(in context: KeyContext) -> [KeyBinding] {
    bindings.filter { $0.context == context }
  }

  /// The screens other than `screen` where the key does something: said when it does
  /// nothing here, so a key pressed on the wrong screen is explained, not ignored.
  static func screens(binding key: KeyPress, besides screen: DeskScreen) -> [DeskScreen] {
    DeskScreen.allCases.filter { other in
      other != screen && action(for: key, in: .screen(other)) != nil
    }
  }
}
