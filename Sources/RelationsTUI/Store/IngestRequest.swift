import Domain
import Foundation
import JSONStore

/// One line of `relations ingest` input (schema v1, DESIGN §6), checked: what it asks for,
/// or one sentence saying what is wrong with it.
enum IngestRequest {
  case newCase(NewCase)
  case message(
    caseID: CaseID, channel: Channel, body: String, receivedAt: Date?, externalID: String?)
  case survey(SurveyIngest)

  struct NewCase {
    var channel: Channel
    var kind: CaseKind
    var subject: String
    var body: String
    var contact: ContactDetails
    var receivedAt: Date?
    var externalID: String?
    var program: String?
    var priority: Priority

    /// The opening of the case once its id is allocated; without `receivedAt` it was received now.
    func opening(_ id: CaseID, now: Date) -> CaseChange.Opening {
      CaseChange.Opening(
        id: id, kind: kind, subject: subject, body: body, contact: contact,
        receivedAt: receivedAt ?? now,
        externalID: externalID, program: program, priority: priority)
    }
  }

  struct SurveyIngest {
    var survey: String
    var channel: Channel
    var caseID: CaseID?
    var answers: [String: SurveyAnswer]
    var assisted: Bool
    var receivedAt: Date?
    var externalID: String?
  }

  struct Problem: Error, Equatable {
    var reason: String
  }

  static func parse(_ line: [UInt8]) throws(Problem) -> IngestRequest {
    guard line.count <= Record.maximumBytes else {
      throw Problem(reason: "the line is \(line.count) bytes, more than the 1 MiB limit")
    }
    guard String(validating: line, as: UTF8.self) != nil else {
      throw Problem(reason: "the line is not valid UTF-8")
    }
    // Our own scanner first: it refuses deep nesting without recursing.
    if let reason = RecordCodec.validateJSON(line) {
      throw Problem(reason: "not valid JSON: \(reason)")
    }
    guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any]
    else {
      throw Problem(reason: "expected a JSON object {…}")
    }
    let fields = Fields(object: object)
    switch object["type"] as? String {
    case "case":
      let channel = try fields.channel("channel")
      guard let kindText = object["kind"] as? String else {
        throw Problem(reason: "kind is required")
      }
      guard let kind = CaseKind(rawValue: kindText) else {
        throw Problem(
          reason:
            "kind \"\(kindText)\" is unknown; use \(CaseKind.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      let subject = try fields.requiredText("subject")
      let contactObject = object["contact"] as? [String: Any] ?? [:]
      var phone: PhoneNumber?
      if let text = contactObject["phone"] as? String, !text.isEmpty {
        switch PhoneNumber.parse(text) {
        case .success(let number): phone = number
        case .failure(let problem): throw Problem(reason: "contact.phone: \(problem.message)")
        }
      }
      let priorityText = object["priority"] as? String ?? "normal"
      guard let priority = Priority(rawValue: priorityText) else {
        throw Problem(
          reason: "priority \"\(priorityText)\" is unknown; use low, normal, high or urgent")
      }
      let contact = ContactDetails(
        name: contactObject["name"] as? String, phone: phone,
        email: contactObject["email"] as? String,
        handle: contactObject["handle"] as? String)
      return .newCase(
        NewCase(
          channel: channel, kind: kind, subject: subject, body: object["body"] as? String ?? "",
          contact: contact,
          receivedAt: try fields.time("receivedAt"), externalID: object["externalId"] as? String,
          program: object["program"] as? String, priority: priority))
    case "message":
      guard let idText = object["case"] as? String, let id = CaseID(idText) else {
        throw Problem(reason: "case must be a case id like \"W-000012\"")
      }
      return .message(
        caseID: id, channel: try fields.channel("channel"), body: try fields.requiredText("body"),
        receivedAt: try fields.time("receivedAt"), externalID: object["externalId"] as? String)
    case "survey":
      let survey = try fields.requiredText("survey")
      var caseID: CaseID?
      if let idText = object["case"] as? String {
        guard let id = CaseID(idText) else {
          throw Problem(reason: "case must be a case id like \"P-000007\"")
        }
        caseID = id
      }
      guard let answerObject = object["answers"] as? [String: Any], !answerObject.isEmpty else {
        throw Problem(reason: "answers is required: an object of question id → answer")
      }
      var answers: [String: SurveyAnswer] = [:]
      for (key, value) in answerObject {
        if let text = value as? String {
          answers[key] = .text(text)
        } else if let number = value as? NSNumber,
          String(describing: type(of: value)).contains("Boolean")
        {
          answers[key] = number.boolValue ? .yes : .no
        } else if let number = value as? NSNumber,
          number.doubleValue == number.doubleValue.rounded(),
          abs(number.doubleValue) < 1e9
        {
          answers[key] = .number(number.intValue)
        } else {
          throw Problem(reason: "answers.\(key): expected a whole number, true/false or text")
        }
      }
      return .survey(
        SurveyIngest(
          survey: survey, channel: try fields.channel("channel"), caseID: caseID, answers: answers,
          assisted: object["assisted"] as? Bool ?? false, receivedAt: try fields.time("receivedAt"),
          externalID: object["externalId"] as? String))
    case let other?:
      throw Problem(reason: "type \"\(other)\" is unknown; use case, message or survey")
    case nil:
      throw Problem(reason: "type is required: case, message or survey")
    }
  }

  private struct Fields {
    let object: [String: Any]

    func channel(_ key: String) throws(Problem) -> Channel {
      guard let text = object[key] as? String else { throw Problem(reason: "\(key) is required") }
      guard let channel = Channel(rawValue: text) else {
        throw Problem(
          reason:
            "channel \"\(text)\" is unknown; use \(Channel.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      return channel
    }

    func requiredText(_ key: String) throws(Problem) -> String {
      guard let text = object[key] as? String, !text.allSatisfy(\.isWhitespace) else {
        throw Problem(reason: "\(key) is required")
      }
      return text
    }

    func time(_ key: String) throws(Problem) -> Date? {
      guard let value = object[key] else { return nil }
      guard let text = value as? String, let date = CaseEventCodec.date(text) else {
        throw Problem(reason: "\(key) is not an RFC 3339 time like \"2026-11-25T08:30:00Z\"")
      }
      return date
    }
  }
}
