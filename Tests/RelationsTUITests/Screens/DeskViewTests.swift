import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct DeskViewTests {
  @Test(arguments: [(80, 24), (120, 40)])
  func theInboxMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("j"))
    Snapshot.check(DeskView.render(state).text, "desk-inbox-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theHelpMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("?"))
    Snapshot.check(DeskView.render(state).text, "desk-help-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicHelpMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("?"))
    Snapshot.check(DeskView.render(state).text, "desk-help-ar-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theIntakeFormMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("n"))
    state.type("0551234567")
    state.press(.tab)
    state.type("Salman Al-Otaibi")
    state.press(.tab, .tab)
    state.type("Asks about the Friday lesson")
    _ = state.press(.control("s"), .tab)
    state.type("Also")
    Snapshot.check(DeskView.render(state).text, "desk-intake-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicInboxIsMirroredAndMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("j"))
    let grid = DeskView.render(state)
    Snapshot.check(grid.text, "desk-inbox-ar-\(width)x\(height)")
    // Mirrored: the first column (the case id) ends at the right edge of the screen.
    #expect(grid.line(3).trimmingTrailingSpaces.hasSuffix("!"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicIntakeFormMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("n"))
    state.type("0551234567")
    state.press(.tab)
    state.type("سلمان العتيبي")
    state.press(.tab, .tab)
    state.type("يسأل عن درس الجمعة")
    Snapshot.check(DeskView.render(state).text, "desk-intake-ar-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theOpenChoiceListMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("a"), .enter)
    let grid = DeskView.render(state)
    Snapshot.check(grid.text, "desk-choice-list-\(width)x\(height)")
    #expect(grid.text.contains("Find:"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicOpenChoiceListMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("a"), .enter)
    Snapshot.check(DeskView.render(state).text, "desk-choice-list-ar-\(width)x\(height)")
  }

  @Test func aStoredSubjectWithTagCharactersIsDrawnWithPlaceholders() throws {
    let fixture = try DeskFixture()
    let opened = try fixture.store.open(on: .website, by: .manager("web"), now: DeskFixture.now) {
      id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "Hello\u{E0049}\u{E0047}\u{E007F}",
        receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.inbox.selectedID = opened.id
    state.receive(.tick(DeskFixture.now))
    let grid = DeskView.render(state)
    let scalars = grid.cells.flatMap { Array($0.character.unicodeScalars) }
    #expect(!scalars.contains { (0xE0000...0xE007F).contains($0.value) })
    #expect(grid.text.contains("Hello\u{FFFD}\u{FFFD}"))
  }

  @Test func theHelpOfEveryScreenListsItsBindingsTheGlobalOnesAndTheFormKeys() throws {
    let fixture = try DeskFixture()
    for screen in DeskScreen.allCases {
      var state = fixture.state(width: 80, height: 24)
      state.press(.character(Character(String(screen.rawValue))))
      state.press(.character("?"))
      #expect(DeskView.render(state).text.contains(state.desk.text(.helpTitle(screen))))
      // The help scrolls: all of it, as its lines at the width of an 80-column screen.
      let text = HelpOverlay.lines(for: screen, state.desk.text, width: 76).joined(
        separator: "\n")
      let shown =
        KeyTable.bindings(in: .global) + KeyTable.bindings(in: .screen(screen))
        + KeyTable.bindings(in: .form)
      for binding in shown {
        #expect(text.contains(binding.label), "\(screen) help shows \(binding.label)")
      }
      for other in DeskScreen.allCases where other != screen {
        for binding in KeyTable.bindings(in: .screen(other))
        where KeyTable.action(for: binding.keys[0], in: .screen(screen)) == nil
          && KeyTable.action(for: binding.keys[0], in: .global) == nil
          && !shown.contains(where: { $0.label.contains(binding.label) })
        {
          #expect(
            !text.contains(state.desk.text(binding.help)),
            "\(screen) help leaves out \(other)'s \(binding.label)")
        }
      }
    }
  }

  @Test func theHintLineOfEveryScreenShowsItsMostUsefulKeysFromTheKeyTableAndFits() throws {
    let fixture = try DeskFixture()
    for screen in DeskScreen.allCases {
      var state = fixture.state()
      state.press(.character(Character(String(screen.rawValue))))
      let hints = DeskView.hints(state)
      // The help's own hint is the line's last: "? more".
      #expect(hints.hasSuffix("? more"))
      #expect(TextLayout.width(of: hints) <= state.width)
      let hinted = (KeyTable.bindings(in: .screen(screen)) + KeyTable.bindings(in: .global))
        .filter { $0.hinted && $0.action != .help }
      let words = hinted.map { "\($0.hintLabel) \(state.desk.text($0.hint))" }
      for (binding, shown) in zip(hinted, words) where binding.priority >= 2 {
        #expect(hints.contains(shown), "\(screen) hints \(binding.label)")
      }
      // Everything on the line is a binding of the screen or a global one.
      let entries = hints.dropLast("? more".count).split(separator: "  ").map {
        $0.trimmingCharacters(in: .whitespaces)
      }.filter { !$0.isEmpty }
      for entry in entries {
        #expect(words.contains(entry), "\(screen): \(entry) is in the table")
      }
    }
  }

  @Test func aTerminalBelow80By24SaysSoAndHowBig() throws {
    let fixture = try DeskFixture()
    let text = DeskView.render(fixture.state(width: 20, height: 5)).text
    #expect(text.contains("too small"))
    #expect(text.contains("20×5"))
  }

  @Test func theStatusBarShowsOfficeUserBothDatesAndCounts() throws {
    let fixture = try DeskFixture()
    let state = fixture.state()
    let bar = DeskView.render(state).line(0)
    #expect(bar.contains("Wed 25 Nov 2026"))
    #expect(bar.contains("1448 AH"))
    #expect(bar.contains("\(state.inbox.counts.open) open"))
    #expect(bar.contains("\(state.inbox.counts.overdue) overdue"))
  }

  @Test func escapeSequencesInACaseNeverReachTheScreen() throws {
    let fixture = try DeskFixture()
    let hostile = try fixture.store.open(on: .website, by: .manager("ingest"), now: DeskFixture.now)
    {
      id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "Hi\u{1B}]52;c;cm0gLXJmIC8=\u{07}\u{1B}[2J\u{9B}31m",
        body: "line\u{1B}[1;1H\r\nmore", receivedAt: DeskFixture.now, priority: .urgent)
    }
    var state = fixture.state()
    state.inbox.selectedID = hostile.id
    let grid = DeskView.render(state)
    let controls = grid.cells.filter { cell in
      cell.character.unicodeScalars.contains { TextLayout.isControl($0) }
    }
    #expect(controls.isEmpty)
    #expect(grid.text.contains("Hi␛]52"))
  }

  @Test func theNarrowLayoutStacksTheDetailUnderTheList() throws {
    let narrow = DeskLayout(width: 80, height: 24)
    #expect(!narrow.sideBySide)
    #expect(narrow.detail.y > narrow.list.y + narrow.list.height - 1)
    let wide = DeskLayout(width: 120, height: 40)
    #expect(wide.sideBySide)
    #expect(wide.detail.x > wide.list.width - 1)
  }
}
