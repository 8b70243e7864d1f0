import Domain
import Foundation
import JSONStore

/// One line of `relations ingest` input (schema v1, CONTRACTS.md), checked: what it asks for,
/// or one sentence saying what is wrong with it.
public enum IngestRequest {
  case newCase(NewCase)
  case message(
    caseID: CaseID, channel: Channel, body: String, receivedAt: Date?, externalID: String?)
  case survey(SurveyIngest)
  /// A bridge's receipt for an outbound message.
  case receipt(DeliveryReceipt)
  /// A message from outside on no case: a survey invitation's answer, or a new case.
  case inbound(Inbound)

  public struct Inbound {
    public var channel: Channel
    public var body: String
    public var contact: ContactDetails
    public var party: ContactRole?
    public var language: Language?
    public var receivedAt: Date?
    public var externalID: String?

    /// The new case it opens when it answers no invitation: an inquiry whose subject is its
    /// first line (cut at 80 characters).
    public func opening(_ id: CaseID, now: Date) -> CaseChange.Opening {
      let firstLine =
        body.split(whereSeparator: \.isNewline).first { !$0.allSatisfy(\.isWhitespace) }
        .map(String.init) ?? body
      let subject = firstLine.count > 80 ? String(firstLine.prefix(79)) + "…" : firstLine
      var opening = CaseChange.Opening(
        id: id, kind: .inquiry, subject: subject, body: body, contact: contact,
        receivedAt: receivedAt ?? now, externalID: externalID, party: party)
      opening.language = language
      return opening
    }
  }

  public struct NewCase {
    public var channel: Channel
    public var kind: CaseKind
    public var subject: String
    public var body: String
    public var contact: ContactDetails
    public var receivedAt: Date?
    public var externalID: String?
    public var program: String?
    public var priority: Priority
    /// `contact.role`: the person's party; when left out, the one they came as before.
    public var party: ContactRole? = nil
    /// A permit request's program: its day (`programDate`, YYYY-MM-DD) and place.
    public var programDate: CivilDate?
    public var programPlace: String?
    /// `contact.language`: the language the person reads.
    public var language: Language?

    /// The opening of the case once its id is allocated; without `receivedAt` it was received now.
    public func opening(_ id: CaseID, now: Date) -> CaseChange.Opening {
      var opening = CaseChange.Opening(
        id: id, kind: kind, subject: subject, body: body, contact: contact,
        receivedAt: receivedAt ?? now,
        externalID: externalID, program: program, priority: priority, party: party)
      opening.programDate = programDate
      opening.programPlace = programPlace
      opening.language = language
      return opening
    }
  }

  public struct SurveyIngest {
    public var survey: String
    public var channel: Channel
    public var caseID: CaseID?
    public var answers: [String: SurveyAnswer]
    public var assisted: Bool
    public var receivedAt: Date?
    public var externalID: String?
    /// The program evaluated, for a response on no case (a case's own program wins).
    public var program: String?

    public init(
      survey: String, channel: Channel, caseID: CaseID?, answers: [String: SurveyAnswer],
      assisted: Bool, receivedAt: Date?, externalID: String?
    ) {
      self.survey = survey
      self.channel = channel
      self.caseID = caseID
      self.answers = answers
      self.assisted = assisted
      self.receivedAt = receivedAt
      self.externalID = externalID
    }
  }

  public struct Problem: Error, Equatable {
    public var reason: String
  }

  public static func parse(_ line: [UInt8]) throws(Problem) -> IngestRequest {
    // JSON's own whitespace: a line of nothing else holds no request.
    guard line.contains(where: { ![0x20, 0x09, 0x0D, 0x0A].contains($0) }) else {
      throw Problem(reason: "the line is empty; send one JSON object per line")
    }
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
    // A number no double can hold (1e999) is valid JSON that JSONSerialization refuses:
    // name it before it would be mistaken for a line that is not an object.
    if let path = line.withUnsafeBytes({ try? JSONValue.parse($0) }).flatMap(Self.outOfRange) {
      throw Problem(
        reason:
          "\(fieldPath(path)): the number is out of range (too large to read); send an ordinary number"
      )
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
      let priorityText = try fields.optionalText("priority") ?? "normal"
      guard let priority = Priority(rawValue: priorityText) else {
        throw Problem(
          reason: "priority \"\(priorityText)\" is unknown; use low, normal, high or urgent")
      }
      let (contact, party, language) = try Self.contact(object)
      var new = NewCase(
        channel: channel, kind: kind, subject: subject,
        body: try fields.optionalText("body") ?? "", contact: contact,
        receivedAt: try fields.time("receivedAt"),
        externalID: try fields.optionalText("externalId"),
        program: try fields.optionalText("program"), priority: priority, party: party)
      new.language = language
      if let text = try fields.optionalText("programDate") {
        guard let date = CivilDate(parsing: text) else {
          throw Problem(reason: "programDate \"\(text)\" is not a date; write it as 2026-12-10")
        }
        new.programDate = date
      }
      new.programPlace = try fields.optionalText("programPlace")
      if kind != .permit && (new.programDate != nil || new.programPlace != nil) {
        throw Problem(reason: "programDate and programPlace are for a permit request (kind permit)")
      }
      return .newCase(new)
    case "message":
      if object["case"] == nil || object["case"] is NSNull {
        // From outside with no case: a survey invitation's answer, or a new case.
        let (contact, party, language) = try Self.contact(object)
        return .inbound(
          Inbound(
            channel: try fields.channel("channel"), body: try fields.requiredText("body"),
            contact: contact, party: party, language: language,
            receivedAt: try fields.time("receivedAt"),
            externalID: try fields.optionalText("externalId")))
      }
      guard let idText = object["case"] as? String, let id = CaseID(idText) else {
        throw Problem(
          reason: "case must be a case id like \"W-000012\", or left out for a new message")
      }
      return .message(
        caseID: id, channel: try fields.channel("channel"), body: try fields.requiredText("body"),
        receivedAt: try fields.time("receivedAt"), externalID: try fields.optionalText("externalId")
      )
    case "survey":
      let survey = try fields.requiredText("survey")
      var caseID: CaseID?
      if let idText = try fields.optionalText("case") {
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
      var ingest = SurveyIngest(
        survey: survey, channel: try fields.channel("channel"), caseID: caseID, answers: answers,
        assisted: try fields.optionalFlag("assisted") ?? false,
        receivedAt: try fields.time("receivedAt"),
        externalID: try fields.optionalText("externalId"))
      ingest.program = try fields.optionalText("program")
      return .survey(ingest)
    case "receipt":
      let message = try fields.requiredText("message")
      guard OutboundMessage.caseID(ofMessage: message) != nil else {
        throw Problem(
          reason: "message \"\(message)\" is not an outbox message id like \"P-000012-m1\"")
      }
      let statusText = try fields.requiredText("status")
      guard let status = DeliveryStatus(rawValue: statusText), status != .queued else {
        throw Problem(reason: "status \"\(statusText)\" is unknown; use sent, delivered or failed")
      }
      // A provider's reason is shown on the case: a few lines at most, not a page.
      let reason = try fields.optionalText("reason").map {
        $0.count > 300 ? String($0.prefix(299)) + "…" : $0
      }
      return .receipt(
        DeliveryReceipt(
          message: message, status: status, at: try fields.time("at"), reason: reason))
    case let other?:
      throw Problem(
        reason: "type \"\(other)\" is unknown; use case, message, survey or receipt")
    case nil:
      throw Problem(reason: "type is required: case, message, survey or receipt")
    }
  }

  /// The `contact` object of a case or a message: who it is from, their party and the
  /// language they read, each when given.
  private static func contact(_ object: [String: Any]) throws(Problem) -> (
    ContactDetails, ContactRole?, Language?
  ) {
    let contactObject: [String: Any]
    switch object["contact"] {
    case nil, is NSNull: contactObject = [:]
    case let value as [String: Any]: contactObject = value
    default:
      throw Problem(
        reason:
          #"contact must be an object like {"name":"…","phone":"…"}, not \#(Fields.kind(of: object["contact"]))"#
      )
    }
    let contactFields = Fields(object: contactObject, prefix: "contact.")
    var phone: PhoneNumber?
    if let text = try contactFields.optionalText("phone"), !text.isEmpty {
      switch PhoneNumber.parse(text) {
      case .success(let number): phone = number
      case .failure(let problem): throw Problem(reason: "contact.phone: \(problem.message)")
      }
    }
    if let email = try contactFields.optionalText("email"), !email.isEmpty,
      let problem = Self.emailProblem(email)
    {
      throw Problem(reason: "contact.email \(problem)")
    }
    let contact = ContactDetails(
      name: try contactFields.optionalText("name"), phone: phone,
      email: try contactFields.optionalText("email"),
      handle: try contactFields.optionalText("handle"))
    var party: ContactRole?
    if let text = try contactFields.optionalText("role") {
      guard let role = ContactRole(rawValue: text) else {
        throw Problem(
          reason:
            "contact.role \"\(text)\" is unknown; use \(ContactRole.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      party = role
    }
    var language: Language?
    if let text = try contactFields.optionalText("language") {
      guard let value = Language(rawValue: text) else {
        throw Problem(reason: "contact.language \"\(text)\" is unknown; use ar or en")
      }
      language = value
    }
    return (contact, party, language)
  }

  /// What is wrong with an e-mail address from outside, or nil. A bridge hands it to a mail
  /// program: one that starts with `-` could pass for the program's option.
  private static func emailProblem(_ email: String) -> String? {
    if email.hasPrefix("-") { return "must not start with -; send the address as written" }
    if email.unicodeScalars.contains(where: {
      $0.properties.isWhitespace || $0.properties.generalCategory == .control
        || $0.properties.generalCategory == .format
    }) {
      return "must not hold spaces or control characters"
    }
    let parts = email.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
      return "\"\(email)\" is not an e-mail address like name@example.org"
    }
    return nil
  }

  /// Where the first number of `value` that is out of range (infinite once read) is, as
  /// keys and [index]es from the top; nil when there is none.
  private static func outOfRange(_ value: JSONValue) -> [String]? {
    switch value {
    case .number(let number):
      return number.isFinite ? nil : []
    case .array(let elements):
      for (index, element) in elements.enumerated() {
        if let inner = outOfRange(element) { return ["[\(index)]"] + inner }
      }
    case .object(let members):
      for (key, member) in members {
        if let inner = outOfRange(member) { return [key] + inner }
      }
    default:
      break
    }
    return nil
  }

  /// `answers.overall`, `list[2]`; `the line` for the whole line.
  private static func fieldPath(_ components: [String]) -> String {
    guard !components.isEmpty else { return "the line" }
    return components.enumerated().map { index, component in
      index == 0 || component.hasPrefix("[") ? component : "." + component
    }.joined()
  }

  private struct Fields {
    public let object: [String: Any]
    /// Put before a key in messages: `contact.` for the members of contact.
    public var prefix = ""

    /// What a JSON value is, for saying what was sent instead.
    public static func kind(of value: Any?) -> String {
      switch value {
      case is String: "text"
      case let number as NSNumber:
        String(describing: type(of: number)).contains("Boolean") ? "true/false" : "a number"
      case is [Any]: "a list"
      case is [String: Any]: "an object"
      default: "null"
      }
    }

    /// Text, or nil when the key is absent or null; any other type rejects the line.
    public func optionalText(_ key: String) throws(Problem) -> String? {
      switch object[key] {
      case nil, is NSNull: return nil
      case let text as String: return text
      case let other:
        throw Problem(reason: "\(prefix)\(key) must be text, not \(Self.kind(of: other))")
      }
    }

    public func channel(_ key: String) throws(Problem) -> Channel {
      guard let text = object[key] as? String else { throw Problem(reason: "\(key) is required") }
      guard let channel = Channel(rawValue: text) else {
        throw Problem(
          reason:
            "channel \"\(text)\" is unknown; use \(Channel.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      return channel
    }

    /// true or false, or nil when the key is absent or null; any other type rejects the line.
    public func optionalFlag(_ key: String) throws(Problem) -> Bool? {
      switch object[key] {
      case nil, is NSNull: return nil
      case let flag as NSNumber where Self.kind(of: flag) == "true/false": return flag.boolValue
      case let other:
        throw Problem(reason: "\(prefix)\(key) must be true or false, not \(Self.kind(of: other))")
      }
    }

    public func requiredText(_ key: String) throws(Problem) -> String {
      guard let text = object[key] as? String, !text.allSatisfy(\.isWhitespace) else {
        throw Problem(reason: "\(key) is required")
      }
      return text
    }

    public func time(_ key: String) throws(Problem) -> Date? {
      guard let value = object[key] else { return nil }
      guard let text = value as? String, let date = CaseEventCodec.date(text) else {
        throw Problem(reason: "\(key) is not an RFC 3339 time like \"2026-11-25T08:30:00Z\"")
      }
      return date
    }
  }
}
