import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The phrases of finding things in both languages: every case has words, counted ones take
/// the form their number asks for, and the Arabic has no English in it but keys and ids.
@Suite struct FindPhraseTests {
  static let id = CaseID(channel: .visit, number: 999)

  /// Every case of `FindPhrase`, with each nested choice, no data in Latin letters.
  static let sample: [FindPhrase] =
    FindPhrase.Dimension.allCases.map { .dimension($0) }
    + KeyContext.allCases.flatMap { [.worksIn($0), .runsOnlyIn($0)] }
    + InboxQuery.View.allCases.map { .widened($0, count: 3) }
    + [
      .filterTitle, .any, .saveAs, .viewsTitle, .savedView("شكاوى"),
      .savedViewShowing("شكاوى", count: 4), .withCount(.plain("شكاوى"), count: 3),
      .filters(["زيارة", "شكوى"]), .filtered(cases: 2),
      .viewSaved("شكاوى", cases: 11), .viewNameTooLong(limit: 40),
      .viewsNotSaved(path: "/tmp/x", reason: "لا مساحة"), .jumpTitle, .caseID, .typeACaseID,
      .notACaseID("مرحبا"), .noSuchCase(id), .paletteTitle, .noCommandMatches("دمج"),
    ]

  /// The case's name, by an exhaustive switch: a case added to `FindPhrase` does not compile
  /// here until it is named, and `everyCaseIsInTheSample` asks for it in the sample.
  static func name(_ phrase: FindPhrase) -> String {
    switch phrase {
    case .filterTitle: "filterTitle"
    case .dimension: "dimension"
    case .any: "any"
    case .saveAs: "saveAs"
    case .viewsTitle: "viewsTitle"
    case .savedView: "savedView"
    case .savedViewShowing: "savedViewShowing"
    case .withCount: "withCount"
    case .filters: "filters"
    case .widened: "widened"
    case .filtered: "filtered"
    case .viewSaved: "viewSaved"
    case .viewNameTooLong: "viewNameTooLong"
    case .viewsNotSaved: "viewsNotSaved"
    case .jumpTitle: "jumpTitle"
    case .caseID: "caseID"
    case .typeACaseID: "typeACaseID"
    case .notACaseID: "notACaseID"
    case .noSuchCase: "noSuchCase"
    case .paletteTitle: "paletteTitle"
    case .noCommandMatches: "noCommandMatches"
    case .worksIn: "worksIn"
    case .runsOnlyIn: "runsOnlyIn"
    }
  }

  /// How many cases `FindPhrase` has: one line per case in `name`.
  static let caseCount = 23

  static let catalogues: [any Catalogue] = [English(), Arabic(), Arabic(indicDigits: true)]

  @Test func everyCaseIsInTheSample() {
    #expect(Set(Self.sample.map(Self.name)).count == Self.caseCount)
  }

  @Test func everyFindPhraseHasWordsInEveryCatalogue() {
    for catalogue in Self.catalogues {
      for phrase in Self.sample {
        #expect(
          !catalogue.words(phrase).trimmingCharacters(in: .whitespaces).isEmpty,
          "\(type(of: catalogue)) says nothing for \(phrase)")
      }
    }
  }

  @Test func theTwoLanguagesSayEveryFindPhraseDifferently() {
    for phrase in Self.sample {
      #expect(English().words(phrase) != Arabic().words(phrase), "the same in both: \(phrase)")
    }
  }

  @Test func arabicFindWordsHaveNoEnglishButKeysAndCaseIDs() {
    for phrase in Self.sample {
      var words = Arabic().words(phrase)
      for allowed in [
        "Backspace", "Enter", "Esc", Self.id.description, "V-000123", "v123", "/tmp/x",
      ] {
        words = words.replacingOccurrences(of: allowed, with: "")
      }
      let letters = words.matches(of: /[A-Za-z]{2,}/).map { String(words[$0.range]) }
      #expect(letters.isEmpty, "English in the Arabic for \(phrase): \(letters)")
    }
  }

  @Test func theWidenedSearchCountsItsCasesInTheirArabicForm() {
    #expect(
      [1, 2, 3, 11].map { Arabic().words(FindPhrase.widened(.allOpen, count: $0)) } == [
        "لا تطابق في كل المفتوحة؛ المعروض حالة واحدة من كل الحالات",
        "لا تطابق في كل المفتوحة؛ المعروض حالتان من كل الحالات",
        "لا تطابق في كل المفتوحة؛ المعروض 3 حالات من كل الحالات",
        "لا تطابق في كل المفتوحة؛ المعروض 11 حالة من كل الحالات",
      ])
    #expect(
      English().words(FindPhrase.widened(.mine, count: 1))
        == "No match in Mine; showing 1 case of all cases")
  }

  @Test func aCaseIdOfNoCaseIsOneSentenceSayingWhatToDo() {
    #expect(
      English().words(FindPhrase.noSuchCase(Self.id))
        == "There is no case V-000999; check the number.")
  }
}
