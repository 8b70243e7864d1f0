import Foundation
import Office
import Testing

@testable import JSONStore
@testable import RelationsTUI

/// A save refused because a colleague changed the case first names the change in words and
/// the time in the office's zone, never the record's type or a UTC timestamp.
@Suite struct OfficeNoticesTests {
  /// 2026-11-25T07:42:00Z: 10:42 in Riyadh.
  static let when = Timestamp(millisecondsSince1970: 1_795_592_520_000)
  static let now = Date(timeIntervalSince1970: 1_795_600_000)

  static func conflict(_ type: String?) -> OfficeStore.Failure {
    .storage(
      .conflict(
        LogError.Conflict(
          stream: "V-000123", expected: .exactly(3), actual: 4, lastActor: "sara",
          lastTimestamp: when, lastType: type)))
  }

  static let riyadh = DateText(timeZoneIdentifier: "Asia/Riyadh")

  @Test func aConflictSaysWhoDidWhatAndWhenInTheOfficesTime() {
    let words = Self.conflict("case.resumed").phrase(dates: Self.riyadh, now: Self.now).words()
    #expect(words == "sara resumed V-000123 at 25 Nov 10:42 while you were working on it.")
    #expect(!words.contains("case.resumed") && !words.contains("2026-"))
  }

  @Test func inArabicTheChangeIsNamedInArabic() {
    let words = Self.conflict("case.resumed").phrase(dates: Self.riyadh, now: Self.now).words(
      .arabic)
    #expect(words.contains("عدّل sara V-000123 (استئناف)"))
    #expect(words.contains("10:42"))
    #expect(!words.contains("case.resumed"))
  }

  @Test func aRecordTypeTheDeskDoesNotKnowIsStillSaidInWords() {
    let words = Self.conflict("case.tagged").phrase(dates: Self.riyadh, now: Self.now).words()
    #expect(words.hasPrefix("sara changed V-000123 at 25 Nov 10:42"))
  }

  @Test func everyRecordTypeOfTheContractHasItsWords() {
    for change in LoggedChange.allCases {
      #expect(
        !Phrase.field(.changedMeanwhile(stream: "V-1", by: "a", change: change, at: nil))
          .words().contains("changed V-1"), "\(change.rawValue)")
    }
  }

  @Test func otherFailuresAreSaidAsBefore() {
    let failure = OfficeStore.Failure.rejected(.closed)
    #expect(failure.phrase(dates: Self.riyadh, now: Self.now) == failure.phrase)
  }
}
