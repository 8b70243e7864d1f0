import Foundation

/// The figures of CONTRACTS.md for a set of responses: mean and CSAT (share of 4 and 5, with a
/// 95% Wilson interval) of the primary question, its 1–5 distribution, NPS, per-question
/// means, and the response rate.
public struct SurveyScores: Sendable, Equatable {
  public struct Overall: Sendable, Equatable {
    public var n: Int
    public var mean: Double?
    public var csat: Double?
    public var csatLow: Double?
    public var csatHigh: Double?
    /// Counts of answers 1…5, index 0 for 1.
    public var distribution: [Int]
  }

  public struct NetPromoter: Sendable, Equatable {
    /// −100 … 100.
    public var score: Double?
    public var promoters: Int
    public var passives: Int
    public var detractors: Int
    public var n: Int
  }

  public struct QuestionMean: Sendable, Equatable {
    public var id: String
    public var n: Int
    public var mean: Double?
  }

  public var responses: Int
  public var overall: Overall
  public var nps: NetPromoter
  public var questions: [QuestionMean]

  public init(definition: SurveyDefinition, responses: [SurveyResponse]) {
    self.responses = responses.count
    let primary = responses.compactMap { $0.answers[definition.primary]?.number }.filter {
      (1...5).contains($0)
    }
    var distribution = [0, 0, 0, 0, 0]
    for value in primary { distribution[value - 1] += 1 }
    let satisfied = distribution[3] + distribution[4]
    let interval = Self.wilson(successes: satisfied, total: primary.count)
    overall = Overall(
      n: primary.count, mean: Self.mean(primary),
      csat: primary.isEmpty ? nil : Double(satisfied) / Double(primary.count),
      csatLow: interval?.low, csatHigh: interval?.high, distribution: distribution)

    let npsQuestion = definition.questions.first { $0.scale == .nps }
    let recommend =
      npsQuestion.map { question in responses.compactMap { $0.answers[question.id]?.number } } ?? []
    let promoters = recommend.filter { $0 >= 9 }.count
    let detractors = recommend.filter { $0 <= 6 }.count
    nps = NetPromoter(
      score: recommend.isEmpty
        ? nil : (Double(promoters) - Double(detractors)) * 100 / Double(recommend.count),
      promoters: promoters, passives: recommend.count - promoters - detractors,
      detractors: detractors, n: recommend.count)

    questions = definition.questions.filter { $0.scale == .rating5 || $0.scale == .nps }.map {
      question in
      let values = responses.compactMap { $0.answers[question.id]?.number }
      return QuestionMean(id: question.id, n: values.count, mean: Self.mean(values))
    }
  }

  /// Responses linked to a case ÷ cases resolved in the period; nil when none was resolved.
  public static func responseRate(linkedResponses: Int, resolvedCases: Int) -> Double? {
    resolvedCases == 0 ? nil : Double(linkedResponses) / Double(resolvedCases)
  }

  static func mean(_ values: [Int]) -> Double? {
    values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
  }

  /// The 95% Wilson score interval of a proportion: unlike the plain ±1.96·√(p(1−p)/n) it
  /// stays inside 0…1 and is honest for small groups.
  public static func wilson(successes: Int, total: Int, z: Double = 1.959_963_984_540_054) -> (
    low: Double, high: Double
  )? {
    guard total > 0 else { return nil }
    let n = Double(total)
    let p = Double(successes) / n
    let z2 = z * z
    let center = (p + z2 / (2 * n)) / (1 + z2 / n)
    let margin = z * ((p * (1 - p) + z2 / (4 * n)) / n).squareRoot() / (1 + z2 / n)
    return (max(0, center - margin), min(1, center + margin))
  }
}
