/// A questionnaire (CONTRACTS.md): `DATA/surveys/ID.json`. The `primary` question's answers
/// give the CSAT.
public struct SurveyDefinition: Sendable, Equatable {
  public var id: String
  public var title: LocalizedText
  public var questions: [SurveyQuestion]
  public var primary: String

  public init(id: String, title: LocalizedText, questions: [SurveyQuestion], primary: String) {
    self.id = id
    self.title = title
    self.questions = questions
    self.primary = primary
  }

  public func question(_ id: String) -> SurveyQuestion? { questions.first { $0.id == id } }

  /// Checks a response's answers against the questions: every answer must belong to a
  /// question and lie on its scale; an out-of-scale answer is an error, never clamped.
  public func validate(_ answers: [String: SurveyAnswer]) throws(SurveyAnswerProblem) {
    for (key, answer) in answers.sorted(by: { $0.key < $1.key }) {
      guard let question = question(key) else { throw .unknownQuestion(key) }
      try question.validate(answer)
    }
  }
}

/// One question and its kind of answer.
public struct SurveyQuestion: Sendable, Equatable {
  public enum Scale: String, Sendable, Equatable, CaseIterable {
    /// 1 to 5.
    case rating5
    /// 0 to 10, "how likely are you to recommend".
    case nps
    case yesno
    case text
  }

  public var id: String
  public var text: LocalizedText
  public var scale: Scale

  public init(id: String, text: LocalizedText, scale: Scale) {
    self.id = id
    self.text = text
    self.scale = scale
  }

  func validate(_ answer: SurveyAnswer) throws(SurveyAnswerProblem) {
    switch (scale, answer) {
    case (.rating5, .number(let value)) where (1...5).contains(value): return
    case (.nps, .number(let value)) where (0...10).contains(value): return
    case (.yesno, .yes), (.yesno, .no), (.text, .text): return
    case (.rating5, .number(let value)), (.nps, .number(let value)):
      throw .outOfScale(question: id, value: value, scale: scale)
    default: throw .wrongKind(question: id, scale: scale)
    }
  }
}

/// One answer of a response.
public enum SurveyAnswer: Sendable, Equatable {
  case number(Int)
  case yes
  case no
  case text(String)

  public var number: Int? {
    if case .number(let value) = self { return value }
    return nil
  }
}

/// Why an answer is refused.
public enum SurveyAnswerProblem: Error, Sendable, Equatable {
  case unknownQuestion(String)
  case outOfScale(question: String, value: Int, scale: SurveyQuestion.Scale)
  case wrongKind(question: String, scale: SurveyQuestion.Scale)

  public var message: String {
    switch self {
    case .unknownQuestion(let id): "The survey has no question \"\(id)\"."
    case .outOfScale(let id, let value, let scale):
      "Answer \(value) to \"\(id)\" is outside its scale (\(scale == .nps ? "0 to 10" : "1 to 5"))."
    case .wrongKind(let id, let scale):
      "The answer to \"\(id)\" must be \(scale == .yesno ? "yes or no" : scale == .text ? "text" : "a number")."
    }
  }
}
