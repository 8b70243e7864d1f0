import Domain
import Foundation
import JSONStore

/// A survey response as a log record: type `survey.response`, stream `R-…`, and `data`
/// `{"survey","channel","case"?,"answers":{…},"assisted","receivedAt","externalId"?,
/// "program"?}`.
public enum SurveyRecord {
  public static let recordType = "survey.response"

  public static func encode(_ input: IngestRequest.SurveyIngest, receivedAt: Date) -> [UInt8] {
    var answers = JSONObjectWriter()
    for (key, answer) in input.answers.sorted(by: { $0.key < $1.key }) {
      switch answer {
      case .number(let value): answers.add(key, value)
      case .yes: answers.add(key, true)
      case .no: answers.add(key, false)
      case .text(let text): answers.add(key, text)
      }
    }
    var data = JSONObjectWriter()
    data.add("survey", input.survey)
    data.add("channel", input.channel.rawValue)
    data.add("case", input.caseID?.description)
    data.add("answers", answers)
    data.add("assisted", input.assisted)
    data.add("receivedAt", CaseEventCodec.rfc3339(receivedAt))
    data.add("externalId", input.externalID)
    data.add("program", input.program)
    return data.finished
  }

  /// The response and its external id.
  public static func decode(_ view: RecordView) -> (response: SurveyResponse, externalID: String?)?
  {
    guard let object = try? JSONValue.parse(view.data), let survey = object["survey"]?.string,
      case .object(let answerMembers)? = object["answers"]
    else { return nil }
    var answers: [String: SurveyAnswer] = [:]
    for (key, value) in answerMembers {
      switch value {
      case .string(let text): answers[key] = .text(text)
      case .bool(let flag): answers[key] = flag ? .yes : .no
      default: if let number = value.int { answers[key] = .number(number) }
      }
    }
    let receivedAt = object["receivedAt"]?.string.flatMap(CaseEventCodec.date)
    var response = SurveyResponse(
      id: view.stream, survey: survey,
      receivedAt: receivedAt
        ?? Date(view.timestamp),
      caseID: object["case"]?.string.flatMap(CaseID.init),
      channel: object["channel"]?.string.flatMap(Channel.init),
      assisted: object["assisted"]?.bool ?? false, answers: answers)
    response.program = object["program"]?.string
    return (response, object["externalId"]?.string)
  }
}
