import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The command palette (`:`): every binding with its key, filtered as one types, and Enter
/// runs the one selected where it applies.
@Suite struct CommandPaletteTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman")
  ]

  @Test func everyBindingOfTheKeyTableIsListedWithItsKey() {
    let entries = CommandPalette.entries()
    #expect(entries.count == KeyTable.bindings.count)
    for binding in KeyTable.bindings {
      #expect(
        entries.contains {
          $0.action == binding.action && $0.context == binding.context && $0.keys == binding.label
        }, "\(binding.action) in \(binding.context)")
    }
    #expect(CommandPalette().matches(UIText(language: .arabic)).count == entries.count)
  }

  @Test func typingFiltersByTheWordsOfTheCommand() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character(":"))
    state.type("merge")
    guard case .palette(let palette)? = state.overlay else {
      Issue.record("the palette is not open")
      return
    }
    #expect(palette.matches(state.desk.text).map(\.action) == [.merge, .mergeContact])
  }

  @Test func enterRunsAScreensCommandOnThatScreen() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character("4"), .character(":"))
    state.type("filter by view")
    state.press(.enter)
    #expect(state.screen == .inbox && state.form?.purpose == .inboxFilter)
  }

  @Test func enterRunsAGlobalCommandAsItsKeyWould() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character(":"))
    state.type("surveys")
    state.press(.enter)
    #expect(state.screen == .surveys && state.overlay == nil)
  }

  @Test func aCommandThatWorksOnlyInAFormSaysWhere() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character(":"))
    state.type("choose in a choice")
    state.press(.enter)
    #expect(state.overlay == nil && state.notice == Notice(.find(.runsOnlyIn(.form)), tone: .info))
  }

  @Test func escapeClosesThePaletteAndDoesNothingElse() throws {
    var state = try MemoryDesk.state(openings)
    state.press(.character(":"))
    state.type("q")
    let effects = state.press(.escape)
    #expect(effects.isEmpty && state.overlay == nil && !state.quitting)
  }

  @Test(arguments: [Language.english, .arabic])
  func nothingOfTheScreenBehindShowsBesideThePalette(language: Language) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 120, height: 40, language: language)
    state.press(.character(":"))
    let grid = DeskView.render(state)
    let rows = (0..<grid.height).filter { grid.line($0).contains("│") && $0 > 2 && $0 < 36 }
    #expect(!rows.isEmpty)
    for row in rows {
      let line = Array(grid.line(row))
      #expect(String(line.prefix(2)) == "  " && String(line.suffix(2)) == "  ", "row \(row)")
    }
  }

  @Test func aDescriptionIsWholeWhileThePlaceColumnHasRoom() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 80, height: 24)
    state.press(.character(":"))
    state.type("case")
    let text = DeskView.render(state).text
    #expect(text.contains("go to a case by its id (V-000123, v123)"))
    #expect(text.contains("previous case (in the detail: scroll up)"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func thePaletteMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character(":"))
    state.type("case")
    state.press(.down)
    Snapshot.check(DeskView.render(state).text, "desk-palette-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicPaletteMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character(":"))
    Snapshot.check(DeskView.render(state).text, "desk-palette-ar-\(width)x\(height)")
  }
}
