import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The help wraps what each key does to the width it has, scrolls, and finds a key by a
/// word typed after `/`.
@Suite struct HelpOverlayTests {
  let openings: [MemoryDesk.Opening] = [
    .init(id: CaseID(channel: .visit, number: 1), subject: "Lesson moved", name: "Salman")
  ]

  func helpAt(width: Int, height: Int) throws -> AppState {
    var state = try MemoryDesk.state(openings)
    state.receive(.resize(width: width, height: height))
    state.press(.character("?"))
    return state
  }

  @Test func everyWordOfTheHelpIsOnScreenSomewhereAt80Columns() throws {
    let text = UIText(language: .english)
    let lines = HelpOverlay.lines(for: .inbox, text, width: 76)
    #expect(lines.allSatisfy { TextLayout.width(of: $0) <= 76 })
    // The longest description is wrapped, not cut: its last word is on a line of its own.
    #expect(lines.joined(separator: " ").contains("Unassigned, Overdue, All"))
  }

  @Test func theHelpScrollsWithJAndPageDown() throws {
    var state = try helpAt(width: 80, height: 24)
    let first = DeskView.render(state).text
    state.press(.character("j"))
    guard case .help(let help)? = state.overlay else {
      Issue.record("the help closed on j")
      return
    }
    #expect(help.top == 1)
    state.press(.pageDown)
    guard case .help(let paged)? = state.overlay else {
      Issue.record("the help closed on PgDn")
      return
    }
    #expect(paged.top > 1)
    #expect(DeskView.render(state).text != first)
  }

  @Test func searchingTheHelpFindsTheKeyThatResolves() throws {
    var state = try helpAt(width: 80, height: 24)
    state.press(.character("/"))
    state.type("resolve")
    let screen = DeskView.render(state).text
    #expect(screen.contains("x               resolve, with the resolution"))
    #expect(!screen.contains("assign to a member of staff"))
    #expect(screen.contains("Search the help: resolve"))
  }

  @Test func theHelpExplainsWhatTheScreenWritesShort() throws {
    let lines = HelpOverlay.lines(for: .inbox, UIText(language: .arabic), width: 116)
    #expect(lines.contains { $0.contains("V- حضور") })
    let english = HelpOverlay.lines(for: .inbox, UIText(language: .english), width: 116)
    #expect(english.contains { $0.contains("!  overdue") })
  }

  @Test func theAgeLegendNamesTheUnitsTheListDraws() throws {
    let text = UIText(language: .english)
    let legend = text(.guide(.legend(.ages)))
    for seconds: TimeInterval in [0, 40 * 3600, 13 * 86400, 16 * 7 * 86400] {
      let unit = DateText.age(seconds, text).split(separator: " ").last.map(String.init) ?? ""
      #expect(legend.contains(unit), "the legend does not name \(unit)")
    }
    #expect(!legend.contains("wk") && !legend.contains(" h "))
  }

  @Test func escClosesTheHelpAndAnUnboundKeyToo() throws {
    var state = try helpAt(width: 80, height: 24)
    state.press(.escape)
    #expect(state.overlay == nil)
    state.press(.character("?"), .character("x"))
    #expect(state.overlay == nil && state.form == nil)
  }
}
