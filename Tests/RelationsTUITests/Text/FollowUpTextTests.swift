import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A follow-up in words names the scores that made it low, not the high ones beside them.
@Suite struct FollowUpTextTests {
  func followUp(primary: Int?, recommend: Int?) -> FollowUp {
    FollowUp(
      responseID: "R-1", primary: primary, recommend: recommend,
      scoredAt: Date(timeIntervalSince1970: 0))
  }

  @Test func aHighRecommendBesideALowScoreIsNotShownAsLow() {
    let text = UIText(language: .english)
    #expect(FollowUpText.score(followUp(primary: 2, recommend: 10), text) == "2/5")
  }

  @Test func aFollowUpsDueDayIsSaidInWordsNotAsISO() throws {
    let fixture = try DeskFixture()
    let desk = fixture.state().desk
    var open = followUp(primary: 2, recommend: nil)
    open.owner = "huda"
    // 26 Nov 2026 and 3 Jan 2027, at noon in Riyadh.
    let dates = DateText(timeZoneIdentifier: "Asia/Riyadh", text: desk.text)
    open.due = Date(timeIntervalSince1970: 1_795_683_600)
    let thisYear = FollowUpText.ownerDue(open, desk: desk, dates: dates, now: DeskFixture.now)
    #expect(thisYear.contains("26 Nov"))
    #expect(!thisYear.contains("2026-11-26"))
    open.due = Date(timeIntervalSince1970: 1_798_966_800)
    let nextYear = FollowUpText.ownerDue(open, desk: desk, dates: dates, now: DeskFixture.now)
    #expect(nextYear.contains("3 Jan 2027"))
  }

  @Test func theFieldsWhereADayIsTypedSayItsFormat() {
    #expect(Phrase.surveys(.due).words().contains("YYYY-MM-DD"))
    #expect(Phrase.surveys(.due).words(.arabic).contains("YYYY-MM-DD"))
    #expect(Phrase.form(.date).words().contains("YYYY-MM-DD"))
    #expect(Phrase.form(.date).words(.arabic).contains("YYYY-MM-DD"))
  }

  @Test func aNeutralThreeBesideADetractorShowsTheDetractorOnly() {
    let text = UIText(language: .english)
    #expect(FollowUpText.score(followUp(primary: 3, recommend: 4), text) == "4/10")
  }
}
