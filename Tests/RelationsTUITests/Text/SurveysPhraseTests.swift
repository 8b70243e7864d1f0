import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The surveys screen's period, trend and follow-up phrases in both languages: every case has
/// words, and the Arabic has no English in it but keys, case ids and the date pattern.
@Suite struct SurveysPhraseTests {
  static let id = CaseID(channel: .phone, number: 4)

  static let sample: [SurveysPhrase] = [
    .noLaterPeriod, .trendValues(latest: "٦٨٪", lowest: "٥٩٪", highest: "٨٣٪"),
    .trendOnePeriod, .trendNoPeriods,
    .score(primary: 2, recommend: 3), .score(primary: 1, recommend: nil),
    .score(primary: nil, recommend: 4), .score(primary: nil, recommend: nil),
    .ownerDue(owner: "سارة", due: "2026-11-30"), .ownerDue(owner: "سارة", due: nil),
    .ownerDue(owner: nil, due: "2026-11-30"), .ownerDue(owner: nil, due: nil),
    .listKeys, .shownOfTotal(first: 3, last: 6, total: 25),
    .openOnCase(score: "2/5", ownerDue: "سارة"),
    .doneOnCase(by: "سارة", on: "2026-11-26", note: "اتصلت"),
    .takeTitle(id), .completeTitle(id), .owner, .due, .outcome,
    .chooseOwner, .writeDue, .writeOutcome, .dueInThePast, .percent(42), .dimension(.channel),
    .mode(assisted: false), .mode(assisted: true),
  ]

  /// The case's name, by an exhaustive switch: a case added to `SurveysPhrase` does not
  /// compile here until it is named, and `everyCaseIsInTheSample` asks for it in the sample.
  static func name(_ phrase: SurveysPhrase) -> String {
    switch phrase {
    case .noLaterPeriod: "noLaterPeriod"
    case .trendValues: "trendValues"
    case .trendOnePeriod: "trendOnePeriod"
    case .trendNoPeriods: "trendNoPeriods"
    case .score: "score"
    case .ownerDue: "ownerDue"
    case .listKeys: "listKeys"
    case .shownOfTotal: "shownOfTotal"
    case .openOnCase: "openOnCase"
    case .doneOnCase: "doneOnCase"
    case .takeTitle: "takeTitle"
    case .completeTitle: "completeTitle"
    case .owner: "owner"
    case .due: "due"
    case .outcome: "outcome"
    case .chooseOwner: "chooseOwner"
    case .writeDue: "writeDue"
    case .dueInThePast: "dueInThePast"
    case .writeOutcome: "writeOutcome"
    case .percent: "percent"
    case .dimension: "dimension"
    case .mode: "mode"
    }
  }

  @Test func everyCaseIsInTheSample() {
    #expect(Set(Self.sample.map(Self.name)).count == 22)
  }

  @Test func everySurveysPhraseHasWordsInEveryCatalogue() {
    let catalogues: [any Catalogue] = [English(), Arabic(), Arabic(indicDigits: true)]
    for catalogue in catalogues {
      for phrase in Self.sample {
        #expect(
          !catalogue.words(phrase).trimmingCharacters(in: .whitespaces).isEmpty,
          "\(type(of: catalogue)) says nothing for \(phrase)")
      }
    }
  }

  @Test func arabicSurveysWordsHaveNoEnglishButKeysIdsAndTheDatePattern() {
    for phrase in Self.sample {
      var words = Arabic().words(phrase)
      for allowed in ["Enter", "YYYY-MM-DD", Self.id.description] {
        words = words.replacingOccurrences(of: allowed, with: "")
      }
      let letters = words.matches(of: /[A-Za-z]{2,}/).map { String(words[$0.range]) }
      #expect(letters.isEmpty, "English in the Arabic for \(phrase): \(letters)")
    }
  }

  @Test func aScoreSaysBothScalesWhenBothAreLow() {
    #expect(English().words(SurveysPhrase.score(primary: 3, recommend: 5)) == "3/5 · 5/10")
    #expect(
      Arabic(indicDigits: true).words(SurveysPhrase.score(primary: 2, recommend: nil)) == "٢/٥")
  }
}
