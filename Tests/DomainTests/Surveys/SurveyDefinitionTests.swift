import Domain
import Testing

@Suite struct SurveyDefinitionTests {
  @Test func anAnswerOutsideItsScaleIsAnErrorNotClamped() {
    #expect(throws: SurveyAnswerProblem.outOfScale(question: "overall", value: 6, scale: .rating5))
    {
      try serviceSurvey.validate(["overall": .number(6)])
    }
    #expect(throws: SurveyAnswerProblem.outOfScale(question: "recommend", value: 11, scale: .nps)) {
      try serviceSurvey.validate(["recommend": .number(11)])
    }
    #expect(throws: SurveyAnswerProblem.unknownQuestion("mood")) {
      try serviceSurvey.validate(["mood": .number(3)])
    }
    #expect(throws: SurveyAnswerProblem.wrongKind(question: "comment", scale: .text)) {
      try serviceSurvey.validate(["comment": .number(3)])
    }
    #expect(throws: Never.self) {
      try serviceSurvey.validate([
        "overall": .number(5), "recommend": .number(0), "comment": .text("شكرا"),
      ])
    }
  }
}
