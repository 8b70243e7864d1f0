import Domain
import Foundation
import PropertyBased
import Testing

@Suite struct SurveyScoresTests {
  @Test func meanCSATAndDistributionOfThePrimaryQuestion() throws {
    let scores = SurveyScores(
      definition: serviceSurvey, responses: [5, 4, 4, 3, 1].map { response($0) })
    #expect(scores.responses == 5)
    #expect(scores.overall.mean == 3.4)
    #expect(scores.overall.csat == 0.6)
    #expect(scores.overall.distribution == [1, 0, 1, 2, 1])
    let low = try #require(scores.overall.csatLow)
    let high = try #require(scores.overall.csatHigh)
    #expect(abs(low - 0.2307) < 0.001 && abs(high - 0.8824) < 0.001)
  }

  @Test func theWilsonIntervalMatchesKnownValues() throws {
    let interval = try #require(SurveyScores.wilson(successes: 8, total: 10))
    #expect(abs(interval.low - 0.4902) < 0.0005)
    #expect(abs(interval.high - 0.9433) < 0.0005)
    #expect(SurveyScores.wilson(successes: 0, total: 0) == nil)
  }

  @Test func npsIsPromotersMinusDetractors() {
    let scores = SurveyScores(
      definition: serviceSurvey, responses: [10, 9, 8, 7, 6, 0].map { response(5, recommend: $0) })
    #expect(scores.nps.promoters == 2)
    #expect(scores.nps.passives == 2)
    #expect(scores.nps.detractors == 2)
    #expect(scores.nps.score == 0)
  }

  @Test func noResponsesGiveNoFiguresRatherThanZeros() {
    let scores = SurveyScores(definition: serviceSurvey, responses: [])
    #expect(scores.overall.mean == nil && scores.overall.csat == nil && scores.nps.score == nil)
  }

  @Test func responseRateIsLinkedResponsesOverResolvedCases() {
    #expect(SurveyScores.responseRate(linkedResponses: 3, resolvedCases: 12) == 0.25)
    #expect(SurveyScores.responseRate(linkedResponses: 3, resolvedCases: 0) == nil)
  }

  @Test func csatAlwaysLiesInsideItsWilsonInterval() async {
    await propertyCheck(count: 300, input: Gen.int(in: 1...5).array(of: 1...60)) { values in
      let scores = SurveyScores(definition: serviceSurvey, responses: values.map { response($0) })
      guard let csat = scores.overall.csat, let low = scores.overall.csatLow,
        let high = scores.overall.csatHigh
      else {
        Issue.record("figures missing")
        return
      }
      #expect(low <= csat + 1e-12 && csat <= high + 1e-12)
      #expect(0 <= low && high <= 1)
    }
  }
}
