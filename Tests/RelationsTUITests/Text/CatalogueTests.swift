import Domain
import Foundation
import JSONStore
import Office
import Testing

@testable import RelationsTUI

/// Each language words every phrase: counted nouns take the form their number asks for,
/// no phrase comes out empty, and the Arabic interface has no English in it but the keys
/// and file names it must name.
@Suite struct CatalogueTests {
  static let id = CaseID(channel: .visit, number: 7)

  /// A sample of every area's phrases, holding no data in Latin letters but the case id.
  static let sample: [Phrase] =
    [
      .form(.newVisit), .form(.action(.reply, on: id)), .form(.onSpot(id)),
      .form(.satisfaction(id)),
      .form(.survey(nil, title: LocalizedText(arabic: "رضا", english: ""))),
      .form(.phone), .form(.assignTo), .form(.sameAs), .form(.nobody), .form(.noProgram),
      .form(.statusChoice(.waiting)), .form(.satisfactionScore(.neutral)), .form(.unanswered),
      .form(.phoneProblem(.wrongLength(digits: 4))), .form(.chooseKind), .form(.typeSubject),
      .form(.writeDate), .form(.nothingAnswered),
      .form(.tooLong(field: .form(.phone), limit: 32)),
      .form(.overLimit(field: .form(.name), count: 130, limit: 120)),
      .form(.permitWithAuthority), .form(.noStatusToChange(.resolved)),
      .form(.requesterAlreadyNotified), .form(.keys), .form(.confirmDiscard),
      .form(.recognisedByPhone), .form(.known(name: "سارة", earlierCases: 3)),
      .form(.knownNewest(name: "سارة", earlierCases: 3, shown: 2)),
      .form(.programDate), .form(.programPlace), .form(.programDateProblem),
      .form(.programEvaluated), .form(.chooseProgramEvaluated),
      .desk(.savedOnShortNotice(id, programDate: "2026-12-10", daysAhead: 4, minimum: 14)),
      .office(.rejection(.requesterNotTold(decision: .approved))),
      .office(.readOnlyRefusal), .office(.rejection(.closed)), .office(.rejection(.noSuchCase)),
      .office(.storage(.recordTooLarge(bytes: 2_000_000))), .office(.noServiceSurvey),
      .office(.draftNotEncoded),
      .office(.readOnly(ReadOnlyReason(cause: .openedReadOnly, path: ""))),
      .report(.start), .report(.today), .report(.responses), .report(.responseRate), .report(.mean),
      .report(.suppressed), .count(.cases(3)), .count(.earlierCases(11)), .count(.responses(100)),
      .count(.characters(1)), .count(.days(2)), .count(.bytes(5)),
      .date(.day(weekday: 4, day: 25, month: 11, year: 2026)),
      .date(.hijriDay(day: 15, month: 6, year: 1448)),
      .date(.moment(day: 25, month: 11, year: nil, hour: 9, minute: 5)),
      .date(.shortDay(day: 26, month: 11, year: nil)),
      .localized(LocalizedText(arabic: "برنامج", english: "Program")),
    ]
    + CaseStatus.allCases.map { .vocabulary(.status($0)) }
    + CaseKind.allCases.flatMap { [.vocabulary(.kind($0)), .vocabulary(.kindCode($0))] }
    + Priority.allCases.map { .vocabulary(.priority($0)) }
    + Channel.allCases.flatMap { [.vocabulary(.channel($0)), .vocabulary(.channelCode($0))] }
    + PermitStep.allCases.map { .vocabulary(.permitStep($0)) }
    + SurveyPeriod.Length.allCases.map { .vocabulary(.periodLength($0)) }
    + CaseAction.NotificationMeans.allCases.map { .form(.notification($0)) }
    + [
      .intake(.newCase), .intake(.channel), .intake(.party), .intake(.direction),
      .intake(.letterReference), .intake(.letterDate), .intake(.arrival), .intake(.platform),
      .intake(.handle), .intake(.websiteReference), .intake(.volunteer), .intake(.roles),
      .intake(.notSaid), .intake(.writeLetterDate), .intake(.chooseParty),
      .intake(.chooseChannel), .intake(.keepOneRole), .intake(.saved(id, .phone)),
      .intake(
        .detailsLine(
          .letter,
          ChannelDetails(
            direction: .incoming, reference: "١٢",
            letterDate: CivilDate(year: 2026, month: 11, day: 20),
            arrival: .email, platform: "سناب", volunteer: "سارة"))),
    ]
    + ChannelDetails.Direction.allCases.map { .intake(.directionChoice($0)) }
    + ChannelDetails.Arrival.allCases.map { .intake(.arrivalChoice($0)) }
    + ContactRole.allCases.map { .intake(.partyLine($0)) }

  static let catalogues: [any Catalogue] = [English(), Arabic(), Arabic(indicDigits: true)]

  @Test(arguments: [
    (1, "حالة واحدة"), (2, "حالتان"), (3, "3 حالات"), (10, "10 حالات"), (11, "11 حالة"),
    (100, "100 حالة"), (103, "103 حالات"),
  ])
  func arabicCasesTakeTheFormTheirNumberAsks(count: Int, words: String) {
    #expect(Arabic().words(CountPhrase.cases(count)) == words)
  }

  @Test func arabicCountedNounsEachHaveTheirOwnForms() {
    let arabic = Arabic()
    let forms = { (phrase: (Int) -> CountPhrase) in
      [1, 2, 3, 11, 100].map { arabic.words(phrase($0)) }
    }
    #expect(forms(CountPhrase.characters) == ["حرف واحد", "حرفان", "3 أحرف", "11 حرفًا", "100 حرف"])
    #expect(forms(CountPhrase.days) == ["يوم واحد", "يومان", "3 أيام", "11 يومًا", "100 يوم"])
    #expect(forms(CountPhrase.responses) == ["رد واحد", "ردان", "3 ردود", "11 ردًا", "100 رد"])
    #expect(
      forms(CountPhrase.bytes) == ["بايت واحد", "بايتان", "3 بايتات", "11 بايتًا", "100 بايت"])
    #expect(
      forms(CountPhrase.earlierCases) == [
        "حالة سابقة واحدة", "حالتان سابقتان", "3 حالات سابقة", "11 حالة سابقة", "100 حالة سابقة",
      ])
  }

  @Test func englishCountedNounsAreSingularForOneOnly() {
    #expect(English().words(CountPhrase.cases(1)) == "1 case")
    #expect(English().words(CountPhrase.cases(0)) == "0 cases")
    #expect(English().words(CountPhrase.characters(32)) == "32 characters")
  }

  @Test func countsUseArabicIndicDigitsWhenTheOfficeAsks() {
    #expect(UIText(language: .arabic, arabicDigits: true)(.count(.cases(11))) == "١١ حالة")
    #expect(UIText(language: .arabic)(.count(.cases(11))) == "11 حالة")
    #expect(UIText(language: .english, arabicDigits: true)(.count(.cases(11))) == "11 cases")
  }

  @Test func everyCatalogueWordsEveryPhraseOfTheSample() {
    for catalogue in Self.catalogues {
      for phrase in Self.sample {
        #expect(
          !catalogue.words(phrase).isEmpty, "\(type(of: catalogue)) says nothing for \(phrase)")
      }
    }
  }

  @Test func theTwoLanguagesSayDifferentThings() {
    let differing = Self.sample.filter { English().words($0) != Arabic().words($0) }
    // Only what is the same in both scripts: the dash of an unanswered question.
    #expect(Self.sample.count - differing.count == 1)
  }

  @Test func arabicWordsHaveNoEnglishButTheKeysAndNamesTheyMustSay() {
    // Keys, file names and formats the user types or looks for, and the case id's letter.
    let allowed = [
      "Shift-Tab", "Tab", "Ctrl-S", "Esc", "YYYY-MM-DD", "surveys/service.json", "quarantine",
      Self.id.description,
    ]
    for phrase in Self.sample {
      var words = Arabic().words(phrase)
      for token in allowed { words = words.replacingOccurrences(of: token, with: "") }
      // Single-letter keys (P, x, o, y) are the only other Latin the user reads.
      let letters = words.matches(of: /[A-Za-z]{2,}/).map { String(words[$0.range]) }
      #expect(letters.isEmpty, "English in the Arabic for \(phrase): \(letters)")
    }
  }

  @Test func everyChannelHasANameInBothLanguages() {
    for channel in Channel.allCases {
      #expect(!English().words(VocabularyPhrase.channel(channel)).isEmpty)
      #expect(
        Arabic().words(VocabularyPhrase.channel(channel)).unicodeScalars.contains {
          (0x0600...0x06FF).contains($0.value)
        })
    }
  }

  @Test func theReportLabelsAreTheLanguagesOwn() {
    #expect(UIText(language: .arabic)(ReportPhrase.responses) == "الردود")
    #expect(UIText(language: .english)(ReportPhrase.responses) == "responses")
  }

  @Test func howARequesterWasToldIsSaidInTheDesksLanguage() {
    let told = InboxPhrase.permit(
      .notified, reference: nil, submittedOn: nil, decision: nil, decidedOn: nil,
      toldBy: CaseAction.NotificationMeans.phoneCall.rawValue)
    let arabic = UIText(language: .arabic)(told)
    #expect(!arabic.contains("phone call"))
    #expect(arabic.contains(UIText(language: .arabic)(FormPhrase.notification(.phoneCall))))
    // A means typed by hand in an older office is kept as written.
    let typed = InboxPhrase.permit(
      .notified, reference: nil, submittedOn: nil, decision: nil, decidedOn: nil,
      toldBy: "fax")
    #expect(UIText(language: .arabic)(typed).contains("fax"))
  }
}
