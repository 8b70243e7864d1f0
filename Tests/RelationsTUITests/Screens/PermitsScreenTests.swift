import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct PermitsScreenTests {
  @Test func permitsWaitingOnTheOfficeComeFirstAndEnterOpensTheCase() throws {
    let fixture = try DeskFixture()
    let waiting = try fixture.store.open(on: .volunteer, by: .manager("huda"), now: DeskFixture.now)
    {
      id in
      CaseChange.Opening(id: id, kind: .permit, subject: "Lecture", receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.press(.character("3"))
    #expect(state.screen == .permits)
    let all = fixture.store.cases.values.filter { $0.permit != nil }
    #expect(state.permits.permits.count == all.count)
    let firstWaiting = try #require(state.permits.permits.first.flatMap { fixture.store.cases[$0] })
    #expect(
      PermitTiming(
        firstWaiting, now: DeskFixture.now, calendar: WorkingCalendar(office: fixture.store.office)
      )?.waitsOnOffice == true)
    #expect(state.permits.permits.contains(waiting.id))
    let text = DeskView.render(state).text
    #expect(text.contains("Permit requests: \(all.count)"))
    state.press(.enter)
    #expect(
      state.screen == .inbox && state.inbox.selectedID == state.permits.permits.first
        && state.inbox.pane == .detail)
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func thePermitsScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("3"))
    Snapshot.check(DeskView.render(state).text, "desk-permits-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicPermitsScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("3"))
    Snapshot.check(DeskView.render(state).text, "desk-permits-ar-\(width)x\(height)")
  }

  /// The permit rows of a rendered screen, and the heading row above them.
  func rows(_ language: Language) throws -> (heading: [Character], rows: [[Character]]) {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 120, height: 40, language: language)
    state.press(.character("3"))
    let lines = DeskView.render(state).text.split(separator: "\n").map { Array($0) }
    let heading = try #require(
      lines.firstIndex { String($0).contains(language == .english ? "Requester" : "ﺐﻠﻄﻟﺍ ﻡﺪﻘﻣ") })
    let rows = lines[(heading + 1)...].prefix { String($0).contains("-0000") }
    return (lines[heading], Array(rows))
  }

  @Test func everyRequesterStartsUnderItsHeadingInEnglishWhateverTheNamesScript() throws {
    let (heading, rows) = try rows(.english)
    let column = try #require(String(heading).range(of: "Requester")).lowerBound.utf16Offset(
      in: String(heading))
    #expect(rows.count >= 9)
    #expect(rows.contains { Bidi.hasRightToLeft(String($0)) })
    for row in rows {
      #expect(row.count > column && row[column] != " " && row[column - 1] == " ", "\(String(row))")
    }
  }

  @Test func everyRequesterEndsUnderItsHeadingInArabicWhateverTheNamesScript() throws {
    let (heading, rows) = try rows(.arabic)
    // The heading is drawn in visual order: the title's last cell is its reading start.
    let title = Array("ﺐﻠﻄﻟﺍ ﻡﺪﻘﻣ")
    let start = try #require(
      (0...(heading.count - title.count)).first { Array(heading[$0..<($0 + title.count)]) == title }
    )
    let column = start + title.count - 1
    #expect(rows.contains { String($0).contains("Maria Santos") })
    for row in rows {
      #expect(row[column] != " " && row[column + 1] == " ", "\(String(row))")
    }
  }

  @Test func daysAreCountedInWordsUnderHeadingsThatSayWhoHasTheRequest() throws {
    let (heading, rows) = try rows(.english)
    #expect(String(heading).contains("With us") && String(heading).contains("With the authority"))
    #expect(rows.allSatisfy { String($0).contains(" days") || String($0).contains(" day ") })
    #expect(!rows.contains { String($0).contains(".0d") })
  }

  @Test(arguments: [80, 120])
  func theHintSaysEnterOpensTheCaseWherePRecordsTheNextStep(width: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: 24)
    state.press(.character("3"))
    #expect(
      DeskView.render(state).text.contains("Enter open (P: next step)"))
  }
}
