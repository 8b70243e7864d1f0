import Domain
import Testing

@testable import RelationsTUI

/// One score control for every score: it starts unanswered, a digit chooses (ASCII or
/// Arabic-Indic), ← → step without wrapping round, and the keys under it say so.
@Suite struct ScoreControlTests {
  static let id = CaseID(channel: .visit, number: 7)

  @Test(arguments: [("4", 4), ("٤", 4), ("۴", 4), ("1", 1), ("٥", 5)])
  func aDigitChoosesItsScoreInEitherScript(typed: Character, score: Int) {
    #expect(ScoreControl.apply(.character(typed), to: nil, on: 1...5) == .set(score))
  }

  @Test func leftAtTheBottomOfTheScaleStaysThereInsteadOfWrappingToTheTop() {
    #expect(ScoreControl.apply(.left, to: 1, on: 1...5) == .ignored)
    #expect(ScoreControl.apply(.right, to: 5, on: 1...5) == .ignored)
    #expect(ScoreControl.apply(.left, to: 4, on: 1...5) == .set(3))
    #expect(ScoreControl.apply(.right, to: 4, on: 1...5) == .set(5))
  }

  @Test func fromUnansweredRightStartsAtTheBottomAndLeftChoosesNothing() {
    #expect(ScoreControl.apply(.right, to: nil, on: 1...5) == .set(1))
    #expect(ScoreControl.apply(.left, to: nil, on: 1...5) == .ignored)
  }

  @Test func aDigitOffTheScaleIsRefusedNotClamped() {
    #expect(ScoreControl.apply(.character("7"), to: nil, on: 1...5) == .offScale)
    #expect(ScoreControl.apply(.character("0"), to: nil, on: 1...5) == .offScale)
  }

  @Test func oneThenZeroIsTenOnARecommendationScale() {
    #expect(ScoreControl.apply(.character("0"), to: 1, on: 0...10) == .set(10))
    #expect(ScoreControl.apply(.character("0"), to: nil, on: 0...10) == .set(0))
  }

  @Test func backspaceTakesTheAnswerBack() {
    #expect(ScoreControl.apply(.backspace, to: 3, on: 1...5) == .set(nil))
  }

  @Test func theSatisfactionFormStartsUnansweredAndRefusesToSaveSo() {
    let form = SatisfactionForm.make(Self.id)
    #expect(form.value(SatisfactionForm.Field.score) == "")
    guard case .failure(let checked) = SatisfactionForm.validate(form) else {
      Issue.record("an unanswered satisfaction was recorded")
      return
    }
    #expect(checked.fields[0].problem?.words().contains("1 to 5") == true)
  }

  @Test func typingAnArabicIndicDigitInTheFormRecordsThatScore() {
    var form = SatisfactionForm.make(Self.id)
    #expect(form.edit(.character("٤"), UIText(language: .arabic)) == .edited)
    guard case .success(let score) = SatisfactionForm.validate(form) else {
      Issue.record("the score typed was refused")
      return
    }
    #expect(score == 4)
  }

  @Test func aDigitOffTheScaleSaysWhatToTypeAndKeepsTheScoreChosen() {
    var form = SatisfactionForm.make(Self.id)
    _ = form.edit(.character("3"), UIText(language: .english))
    _ = form.edit(.character("8"), UIText(language: .english))
    #expect(form.value(SatisfactionForm.Field.score) == "3")
    #expect(form.fields[0].problem?.words().contains("1 to 5") == true)
  }

  @Test func theKeysUnderAScoreSayDigitsChooseAndEnterConfirms() {
    let keys = FormView.keysPhrase(SatisfactionForm.make(Self.id))
    #expect(keys.words().contains("1–5 choose"))
    #expect(keys.words().contains("Enter or Ctrl-S confirm"))
    #expect(keys.words(.arabic).contains("Enter أو Ctrl-S تأكيد"))
  }

  @Test func theSurveysRatingsAndRecommendationAreScoresToo() {
    let survey = SurveyDefinition(
      id: "service", title: LocalizedText(arabic: "", english: "Service"),
      questions: [
        SurveyQuestion(
          id: "overall", text: LocalizedText(arabic: "", english: "Overall"), scale: .rating5),
        SurveyQuestion(
          id: "recommend", text: LocalizedText(arabic: "", english: "Recommend"), scale: .nps),
      ], primary: "overall")
    let form = SurveyForm.make(survey, surveyID: "service", for: Self.id)
    #expect(form.fields.map(\.input) == [.score(1...5), .score(0...10)])
    #expect(form.fields.allSatisfy { $0.score == nil })
  }

  @Test func theScoreIsReadBackInWordsAfterItIsSaved() {
    #expect(
      Phrase.desk(.satisfactionRecorded(Self.id, score: 4)).words().contains("4 of 5, satisfied"))
    #expect(
      Phrase.desk(.satisfactionRecorded(Self.id, score: 4)).words(.arabic).contains("4 من 5، راضٍ"))
  }
}
