import Domain
import Testing

@testable import RelationsTUI

/// The words of the form controls in both languages: every phrase said, the Arabic with no
/// English but the keys and placeholders it must name, numbers in the office's digits.
@Suite struct FieldPhraseTests {
  static let sample: [FieldPhrase] =
    [
      .scoreKeys(1...5), .typeScore(0...10), .chooseScore(1...5), .scoreReadBack(4, of: 5),
      .scoreReadBack(9, of: 10), .choiceKeys, .listKeys, .pickerKeys, .scoreKeysAlone(0...10),
      .listFilter("سا", matches: 2, of: 5), .noMatch, .fillPlaceholder("{{resolution}}"),
      .templateFits(kinds: [.complaint], steps: []),
      .templateFits(kinds: [.permit], steps: [.approved, .rejected]),
      .changedMeanwhile(stream: "V-000123", by: nil, change: nil, at: nil),
    ]
    + SatisfactionForm.Score.allCases.map { .satisfactionWord($0) }
    + LoggedChange.allCases.map {
      .changedMeanwhile(
        stream: "V-000123", by: "سارة", change: $0,
        at: .moment(day: 25, month: 11, year: nil, hour: 10, minute: 42))
    }

  @Test func bothLanguagesSayEveryPhraseDifferently() {
    for phrase in Self.sample {
      let english = English().words(phrase)
      let arabic = Arabic().words(phrase)
      #expect(!english.isEmpty && !arabic.isEmpty, "\(phrase)")
      #expect(english != arabic, "\(phrase)")
    }
  }

  @Test func arabicWordsHaveNoEnglishButTheKeysAndPlaceholders() {
    let allowed = ["Enter", "Ctrl-S", "Tab", "Esc", "Backspace", "{{resolution}}", "V-000123"]
    for phrase in Self.sample {
      var words = Arabic().words(phrase)
      for token in allowed { words = words.replacingOccurrences(of: token, with: "") }
      let letters = words.matches(of: /[A-Za-z]{2,}/).map { String(words[$0.range]) }
      #expect(letters.isEmpty, "English in the Arabic for \(phrase): \(letters)")
    }
  }

  @Test func theScoreIsReadBackInArabicIndicDigitsWhenTheOfficeAsks() {
    #expect(Arabic(indicDigits: true).words(FieldPhrase.scoreReadBack(4, of: 5)) == "٤ من ٥، راضٍ")
    #expect(English().words(FieldPhrase.scoreReadBack(9, of: 10)) == "9 of 10")
  }

  @Test func theListsCountSaysItCountsMatches() {
    #expect(
      English().words(FieldPhrase.listFilter("ram", matches: 1, of: 6))
        == "Find: ram   1 match of 6")
    #expect(
      English().words(FieldPhrase.listFilter("a", matches: 3, of: 6)).hasSuffix("3 matches of 6"))
  }
}
