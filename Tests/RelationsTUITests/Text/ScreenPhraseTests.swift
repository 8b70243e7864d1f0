import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The surveys, permits, contacts and library screens in both languages: every phrase has
/// words, counted periods and characters take the form their number asks for in Arabic,
/// and the screens' notices are phrases.
@Suite struct ScreenPhraseTests {
  /// Every case of `ScreenPhrase`, with every value of the small enums it carries.
  static let sample: [ScreenPhrase] =
    [
      .noSurveys, .addSurvey, .readingResponses,
      .figures(
        responses: 30, responseRate: "32%", csat: "67%", csatLow: "49%", csatHigh: "81%",
        mean: "3.73", nps: "+20"),
      .noResponses, .noResponsesHint, .mainQuestionAnswers, .questions, .groupSuppressed,
      .breakdownHint, .lowScores(0), .lowScores(4), .lowScoresKeys,
      .permitCounts(requests: 12, waitingOnOffice: 3), .noPermits,
      .contacts, .nobodyMatches, .roles([]), .roles([.volunteer, .supporter]),
      .casesOnEveryChannel, .keptInTouch(count: 2),
      .touch(.thanked, day: "٢٦ نوفمبر", by: "هدى", note: "شكرًا على دعم الإفطار"),
      .probablySamePerson, .choosePersonFirst, .nothingToMerge,
      .library, .nothingMatches, .template, .search("درس"), .searchTooLong(limit: 200),
    ]
    + SurveyBreakdown.Dimension.allCases.flatMap { [.breakdownBy($0), .breakdownHeading($0)] }
    + SurveyPeriod.Length.allCases.map { .csatTrend(periods: 12, length: $0) }
    + ScreenPhrase.PermitColumn.allCases.map { .permitColumn($0) }
    + ContactRole.allCases.map { .role($0) }

  /// The case's name. The switch is exhaustive: a case added to `ScreenPhrase` does not
  /// compile until it is named here, and `everyCaseIsInTheSample` then asks for it.
  static func name(_ phrase: ScreenPhrase) -> String {
    switch phrase {
    case .noSurveys: "noSurveys"
    case .addSurvey: "addSurvey"
    case .breakdownBy: "breakdownBy"
    case .readingResponses: "readingResponses"
    case .figures: "figures"
    case .noResponses: "noResponses"
    case .noResponsesHint: "noResponsesHint"
    case .mainQuestionAnswers: "mainQuestionAnswers"
    case .questions: "questions"
    case .csatTrend: "csatTrend"
    case .breakdownHeading: "breakdownHeading"
    case .groupSuppressed: "groupSuppressed"
    case .breakdownHint: "breakdownHint"
    case .lowScores: "lowScores"
    case .lowScoresKeys: "lowScoresKeys"
    case .permitCounts: "permitCounts"
    case .noPermits: "noPermits"
    case .permitColumn: "permitColumn"
    case .contacts: "contacts"
    case .nobodyMatches: "nobodyMatches"
    case .roles: "roles"
    case .role: "role"
    case .casesOnEveryChannel: "casesOnEveryChannel"
    case .keptInTouch: "keptInTouch"
    case .touch: "touch"
    case .probablySamePerson: "probablySamePerson"
    case .choosePersonFirst: "choosePersonFirst"
    case .nothingToMerge: "nothingToMerge"
    case .library: "library"
    case .nothingMatches: "nothingMatches"
    case .template: "template"
    case .search: "search"
    case .searchTooLong: "searchTooLong"
    }
  }

  /// How many cases `name(_:)` names.
  static let caseCount = 33

  static let catalogues: [any Catalogue] = [English(), Arabic(), Arabic(indicDigits: true)]

  @Test func everyCaseIsInTheSample() {
    #expect(Set(Self.sample.map(Self.name)).count == Self.caseCount)
  }

  @Test func everyCatalogueWordsEveryScreenPhrase() {
    for catalogue in Self.catalogues {
      for phrase in Self.sample {
        let words = catalogue.words(phrase)
        #expect(
          !words.trimmingCharacters(in: .whitespaces).isEmpty,
          "\(type(of: catalogue)) says nothing for \(phrase)")
      }
    }
  }

  @Test func theTwoLanguagesSayDifferentThings() {
    for phrase in Self.sample {
      #expect(English().words(phrase) != Arabic().words(phrase), "the same words for \(phrase)")
    }
  }

  @Test func arabicWordsHaveNoEnglishButTheKeysNamesAndFiguresTheyMustSay() {
    // Keys, commands and files the user types or looks for, the figures' own names, and
    // the breakdown's dimensions, which are ids in both languages.
    let allowed =
      [
        "DATA/surveys/ID.json", "relations import survey", "Enter", "Esc", "CSAT", "NPS",
      ] + SurveyBreakdown.Dimension.allCases.map(\.rawValue)
    for phrase in Self.sample {
      var words = Arabic().words(phrase)
      for token in allowed { words = words.replacingOccurrences(of: token, with: "") }
      // Single-letter keys (t, b, j/k) are the only other Latin the user reads.
      let letters = words.matches(of: /[A-Za-z]{2,}/).map { String(words[$0.range]) }
      #expect(letters.isEmpty, "English in the Arabic for \(phrase): \(letters)")
    }
  }

  // MARK: Counted phrases

  @Test(arguments: [
    (
      SurveyPeriod.Length.week,
      [
        "رضا آخر أسبوع واحد", "رضا آخر أسبوعين", "رضا آخر 3 أسابيع", "رضا آخر 11 أسبوعًا",
        "رضا آخر 100 أسبوع",
      ]
    ),
    (
      .month,
      ["رضا آخر شهر واحد", "رضا آخر شهرين", "رضا آخر 3 أشهر", "رضا آخر 11 شهرًا", "رضا آخر 100 شهر"]
    ),
    (
      .quarter,
      [
        "رضا آخر ربع سنة واحد", "رضا آخر ربعي سنة", "رضا آخر 3 أرباع سنة", "رضا آخر 11 ربع سنة",
        "رضا آخر 100 ربع سنة",
      ]
    ),
    (
      .year,
      [
        "رضا آخر سنة واحدة", "رضا آخر سنتين", "رضا آخر 3 سنوات", "رضا آخر 11 سنة",
        "رضا آخر 100 سنة",
      ]
    ),
  ])
  func theArabicTrendCountsItsPeriodsInTheFormTheirNumberAsks(
    length: SurveyPeriod.Length, expected: [String]
  ) {
    let words = [1, 2, 3, 11, 100].map {
      Arabic().words(ScreenPhrase.csatTrend(periods: $0, length: length))
    }
    #expect(words == expected)
  }

  @Test func theArabicPeriodsCountedAloneAreNominative() {
    let months = [1, 2, 3, 11, 100].map { Arabic().words(CountPhrase.periods($0, .month)) }
    #expect(months == ["شهر واحد", "شهران", "3 أشهر", "11 شهرًا", "100 شهر"])
    let quarters = [1, 2, 3, 11, 100].map { Arabic().words(CountPhrase.periods($0, .quarter)) }
    #expect(quarters == ["ربع سنة واحد", "ربعا سنة", "3 أرباع سنة", "11 ربع سنة", "100 ربع سنة"])
  }

  @Test func theEnglishTrendSaysItsPeriodsInTheSingularForOneOnly() {
    let english = English()
    #expect(
      english.words(ScreenPhrase.csatTrend(periods: 12, length: .month)) == "CSAT, last 12 months")
    #expect(
      english.words(ScreenPhrase.csatTrend(periods: 12, length: .year)) == "CSAT, last 12 years")
    #expect(english.words(ScreenPhrase.csatTrend(periods: 1, length: .week)) == "CSAT, last 1 week")
    #expect(
      english.words(ScreenPhrase.csatTrend(periods: 2, length: .quarter)) == "CSAT, last 2 quarters"
    )
  }

  // After «لـ» the count is genitive: two characters are «حرفين» there.
  @Test(arguments: [
    (1, "حرف واحد"), (2, "حرفين"), (3, "3 أحرف"), (11, "11 حرفًا"), (100, "100 حرف"),
    (200, "200 حرف"),
  ])
  func theArabicSearchLimitCountsItsCharactersInTheFormTheirNumberAsks(limit: Int, form: String) {
    #expect(
      Arabic().words(ScreenPhrase.searchTooLong(limit: limit))
        == "البحث يتسع لـ \(form) على الأكثر؛ لم يُضف ما زاد على ذلك.")
  }

  @Test func theScreensNumbersAreInArabicIndicDigitsWhenTheOfficeAsks() {
    let text = UIText(language: .arabic, arabicDigits: true)
    #expect(text(.screen(.csatTrend(periods: 12, length: .month))) == "رضا آخر ١٢ شهرًا")
    #expect(
      text(.screen(.permitCounts(requests: 12, waitingOnOffice: 3)))
        == "طلبات التصاريح: ١٢ · بانتظار المكتب: ٣")
    #expect(text(.screen(.lowScores(4))) == "درجات منخفضة للمتابعة: ٤")
    #expect(
      text(
        .screen(
          .figures(
            responses: 30, responseRate: "٣٢%", csat: "٦٧%", csatLow: "٤٩%", csatHigh: "٨١%",
            mean: "٣.٧٣", nps: "+٢٠"))
      ).contains("(" + text(.surveys(.percent(95))) + " ٤٩%–٨١%) · المتوسط ٣.٧٣/٥"))
    #expect(
      UIText(language: .english, arabicDigits: true)(.screen(.lowScores(4)))
        == "Low scores to follow up: 4")
  }

  // MARK: The words as the screens had them

  @Test func theEnglishWordsAreTheScreensOwn() {
    let english = English()
    #expect(
      english.words(ScreenPhrase.permitCounts(requests: 5, waitingOnOffice: 2))
        == "Permit requests: 5 · waiting on the office: 2")
    #expect(
      english.words(ScreenPhrase.noPermits)
        == "No permit requests yet: they come in as kind \"permit\" (volunteer service, visits).")
    #expect(
      english.words(ScreenPhrase.roles([.internalBeneficiary, .volunteer]))
        == "Roles: internal beneficiary, volunteer")
    #expect(english.words(ScreenPhrase.roles([])) == "Roles: ")
    #expect(Arabic().words(ScreenPhrase.roles([.volunteer, .supporter])) == "الصفات: متطوع، داعم")
    #expect(english.words(ScreenPhrase.search("iftar")) == "search: iftar")
    #expect(
      english.words(ScreenPhrase.searchTooLong(limit: 200))
        == "A search takes at most 200 characters; what went past that was not added.")
  }

  @Test func aListHeadingSaysItsSearchInTheDesksLanguage() {
    let searching = SearchField("درس")
    let heading = ListHeading.text(
      .library, count: 3, search: "", searching: searching, UIText(language: .arabic))
    #expect(heading == " المكتبة (3) · بحث: " + Bidi.isolate("درس") + "▏")
    #expect(
      ListHeading.text(
        .contacts, count: 12, search: "", searching: nil, UIText(language: .english))
        == " Contacts (12)")
  }

  // MARK: Notices

  @Test func aSearchTypedPastItsLengthIsAPhrasedNotice() {
    #expect(SearchField.tooLong.phrase == .screen(.searchTooLong(limit: FieldLimit.line)))
    #expect(SearchField.tooLong.tone == .error)
  }

  @Test func editingWithNobodySelectedAsksForAPerson() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("nobody is called this")
    state.press(.enter, .character("e"))
    #expect(state.notice == Notice(.screen(.choosePersonFirst), tone: .error))
  }

  @Test func mergingAPersonWithNoTwinSaysThereIsNothingToMerge() throws {
    let fixture = try DeskFixture()
    _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "درس الجمعة",
        contact: ContactDetails(name: "أسامة القرني", phone: PhoneNumber("0551112233")),
        receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("أسامة القرني")
    state.press(.enter, .character("m"))
    #expect(state.notice == Notice(.screen(.nothingToMerge), tone: .info))
  }
}
