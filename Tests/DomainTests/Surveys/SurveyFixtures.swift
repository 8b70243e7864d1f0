import Domain
import Foundation

let serviceSurvey = SurveyDefinition(
  id: "service", title: LocalizedText(arabic: "رضا المستفيد", english: "Service"),
  questions: [
    SurveyQuestion(
      id: "overall", text: LocalizedText(arabic: "الرضا العام", english: "Overall"), scale: .rating5
    ),
    SurveyQuestion(
      id: "speed", text: LocalizedText(arabic: "السرعة", english: "Speed"), scale: .rating5),
    SurveyQuestion(
      id: "recommend", text: LocalizedText(arabic: "التوصية", english: "Recommend"), scale: .nps),
    SurveyQuestion(
      id: "comment", text: LocalizedText(arabic: "ملاحظات", english: "Comment"), scale: .text),
  ], primary: "overall")

func response(
  _ overall: Int, recommend: Int? = nil, channel: Channel = .visit,
  at seconds: TimeInterval = 1_795_000_000
)
  -> SurveyResponse
{
  var answers: [String: SurveyAnswer] = ["overall": .number(overall)]
  if let recommend { answers["recommend"] = .number(recommend) }
  return SurveyResponse(
    id: UUID().uuidString, survey: "service", receivedAt: Date(timeIntervalSince1970: seconds),
    channel: channel, answers: answers)
}
