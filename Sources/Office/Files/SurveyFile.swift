import Domain
import Foundation
import JSONStore

/// Reads `DATA/surveys/*.json` (CONTRACTS.md). A mistake is named by file and field.
public enum SurveyFile {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "surveys/\(file): \(reason)" }
  }

  /// Every survey definition of the office, by id. A file that is not a survey stops the
  /// load, unless `skipping` is given: then it is handed there and the others still load,
  /// so one stray file cannot stop intake.
  public static func loadAll(directory: String, skipping: ((Failure) -> Void)? = nil)
    throws(Failure)
    -> [String: SurveyDefinition]
  {
    let folder = directory + "/surveys"
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      $0.hasSuffix(".json")
    }.sorted()
    var surveys: [String: SurveyDefinition] = [:]
    for name in names {
      do throws(Failure) {
        let bytes: [UInt8]
        do {
          bytes = try RegularFile.read(folder + "/" + name, shown: "surveys/" + name)
        } catch .notARegularFile(_, let kind) {
          throw Failure(
            file: name, reason: "is \(kind), not a regular file; put a survey file in its place")
        } catch {
          throw Failure(
            file: name, reason: "cannot be read; it must be a file this account may read")
        }
        let survey = try parse(Data(bytes), file: name)
        surveys[survey.id] = survey
      } catch {
        guard let skipping else { throw error }
        skipping(error)
      }
    }
    return surveys
  }

  public static func parse(_ bytes: Data, file: String) throws(Failure) -> SurveyDefinition {
    func fail(_ reason: String) -> Failure { Failure(file: file, reason: reason) }
    guard let object = (try? JSONSerialization.jsonObject(with: bytes)) as? [String: Any] else {
      throw fail("not a JSON object; check the syntax")
    }
    guard let id = object["id"] as? String, !id.isEmpty else {
      throw fail("id: missing; it is required")
    }
    func localized(_ value: Any?, _ field: String) throws(Failure) -> LocalizedText {
      if let text = value as? String { return LocalizedText(arabic: text, english: text) }
      guard let names = value as? [String: Any],
        (names["ar"] as? String) != nil || (names["en"] as? String) != nil
      else {
        throw fail("\(field): expected { \"ar\": \"…\", \"en\": \"…\" }")
      }
      return LocalizedText(
        arabic: names["ar"] as? String ?? "", english: names["en"] as? String ?? "")
    }
    guard let list = object["questions"] as? [[String: Any]], !list.isEmpty else {
      throw fail("questions: expected a list of questions")
    }
    var questions: [SurveyQuestion] = []
    for (index, item) in list.enumerated() {
      guard let questionID = item["id"] as? String, !questionID.isEmpty else {
        throw fail("questions[\(index)].id: missing")
      }
      guard let typeText = item["type"] as? String,
        let scale = SurveyQuestion.Scale(rawValue: typeText)
      else {
        throw fail("questions[\(index)].type: expected rating5, nps, yesno or text")
      }
      questions.append(
        SurveyQuestion(
          id: questionID, text: try localized(item["text"], "questions[\(index)].text"),
          scale: scale))
    }
    let primary = object["primary"] as? String ?? questions[0].id
    guard questions.contains(where: { $0.id == primary && $0.scale == .rating5 }) else {
      throw fail("primary: \"\(primary)\" must be the id of a rating5 question")
    }
    return SurveyDefinition(
      id: id, title: try localized(object["title"], "title"), questions: questions, primary: primary
    )
  }

  /// The bundled surveys a new office starts with.
  public static let bundled: [String: String] = [
    "service.json": """
    {
      "id": "service",
      "title": { "ar": "استبانة رضا المستفيد عن الخدمة", "en": "Service satisfaction" },
      "questions": [
        { "id": "overall",  "type": "rating5", "text": { "ar": "ما مدى رضاك عن الخدمة بشكل عام؟", "en": "Overall, how satisfied are you with the service?" } },
        { "id": "speed",    "type": "rating5", "text": { "ar": "سرعة الاستجابة لطلبك", "en": "How quickly was your request handled?" } },
        { "id": "courtesy", "type": "rating5", "text": { "ar": "حسن التعامل من الموظف", "en": "How courteous was the staff?" } },
        { "id": "clarity",  "type": "rating5", "text": { "ar": "وضوح المعلومات المقدمة لك", "en": "How clear was the information you were given?" } },
        { "id": "recommend","type": "nps",     "text": { "ar": "ما مدى احتمال أن توصي بالجمعية لغيرك؟ (0-10)", "en": "How likely are you to recommend the association? (0-10)" } },
        { "id": "comment",  "type": "text",    "text": { "ar": "ملاحظات أو مقترحات", "en": "Comments or suggestions" } }
      ],
      "primary": "overall"
    }

    """,
    "program.json": """
    {
      "id": "program",
      "title": { "ar": "تقييم البرنامج الدعوي", "en": "Program evaluation" },
      "questions": [
        { "id": "overall",   "type": "rating5", "text": { "ar": "ما تقييمك العام للبرنامج؟", "en": "Overall, how do you rate the program?" } },
        { "id": "content",   "type": "rating5", "text": { "ar": "فائدة المحتوى", "en": "How useful was the content?" } },
        { "id": "presenter", "type": "rating5", "text": { "ar": "أسلوب المقدم", "en": "How was the presenter?" } },
        { "id": "venue",     "type": "rating5", "text": { "ar": "المكان والتنظيم", "en": "Venue and organisation" } },
        { "id": "attendAgain","type": "yesno",  "text": { "ar": "هل ستحضر برامج مماثلة؟", "en": "Would you attend a similar program?" } },
        { "id": "recommend", "type": "nps",     "text": { "ar": "ما مدى احتمال أن توصي بالبرنامج؟ (0-10)", "en": "How likely are you to recommend the program? (0-10)" } },
        { "id": "comment",   "type": "text",    "text": { "ar": "ملاحظات", "en": "Comments" } }
      ],
      "primary": "overall"
    }

    """,
  ]
}
