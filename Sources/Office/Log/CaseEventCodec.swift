import Domain
import Foundation
import JSONStore

/// Case events ⇄ the `type` and `data` of log records. The Domain knows events, the store
/// knows envelopes; this is the one place that maps between them (ARCHITECTURE.md).
///
/// `data` holds only what the change itself says: who and when come from the envelope
/// (`actor`, `ts`), so they are never stored twice.
public enum CaseEventCodec {
  public struct Failure: Error, Equatable {
    public var reason: String
  }

  public static func encode(_ change: CaseChange) -> (type: String, data: [UInt8]) {
    var data = JSONObjectWriter()
    switch change {
    case .opened(let opening):
      data.add("id", opening.id.description)
      data.add("kind", opening.kind.rawValue)
      data.add("subject", opening.subject)
      data.add("body", opening.body)
      var contact = JSONObjectWriter()
      contact.add("name", opening.contact.name)
      contact.add("phone", opening.contact.phone?.e164)
      contact.add("email", opening.contact.email)
      contact.add("handle", opening.contact.handle)
      if !contact.isEmpty { data.add("contact", contact) }
      data.add("receivedAt", rfc3339(opening.receivedAt))
      data.add("externalId", opening.externalID)
      data.add("program", opening.program)
      data.add("priority", opening.priority.rawValue)
      data.add("department", opening.department)
      data.add("party", opening.party?.rawValue)
      let details = opening.channelDetails
      data.add("direction", details.direction?.rawValue)
      data.add("reference", details.reference)
      data.add("letterDate", details.letterDate?.description)
      data.add("arrival", details.arrival?.rawValue)
      data.add("platform", details.platform)
      data.add("volunteer", details.volunteer)
      data.add("programDate", opening.programDate?.description)
      data.add("programPlace", opening.programPlace)
      data.add("language", opening.language?.rawValue)
    case .messageReceived(let body, let channel, let receivedAt, let externalID):
      data.add("body", body)
      data.add("channel", channel.rawValue)
      data.add("receivedAt", receivedAt.map(rfc3339))
      data.add("externalId", externalID)
    case .triaged(let triage):
      data.add("kind", triage.kind?.rawValue)
      data.add("priority", triage.priority?.rawValue)
      data.add("tags", triage.tags)
      data.add("department", triage.department)
      data.add("program", triage.program)
      data.add("party", triage.party?.rawValue)
    case .assigned(let assignee):
      if let assignee { data.add("to", assignee) } else { data.addNull("to") }
    case .noted(let text):
      data.add("text", text)
    case .replied(let channel, let text, let template):
      data.add("channel", channel.rawValue)
      data.add("text", text)
      data.add("template", template)
    case .waitingStarted(let reason):
      data.add("reason", reason)
    case .resumed, .closed:
      break
    case .permitSubmitted(let reference, let date):
      data.add("reference", reference)
      data.add("date", rfc3339(date))
    case .permitDecided(let approved, let reference, let date):
      data.add("approved", approved)
      data.add("reference", reference)
      data.add("date", rfc3339(date))
    case .requesterNotified(let how):
      data.add("how", how)
    case .resolved(let resolution):
      data.add("resolution", resolution)
    case .reopened(let reason):
      data.add("reason", reason)
    case .linked(let other):
      data.add("to", other.description)
    case .merged(let survivor):
      data.add("into", survivor.description)
    case .surveyRecorded(let responseID, let primary, let recommend):
      data.add("response", responseID)
      data.add("primary", primary)
      data.add("recommend", recommend)
    case .followUpTaken(let owner, let due):
      data.add("owner", owner)
      data.add("due", due.map(rfc3339))
    case .followUpDone(let note):
      data.add("note", note)
    case .attached(let attachment):
      data.add("name", attachment.name)
      data.add("size", attachment.size)
      data.add("type", attachment.type)
      data.add("sha256", attachment.sha256)
      data.add("note", attachment.note)
    case .messageQueued(let message):
      data.add("message", message.id)
      data.add("kind", message.kind.rawValue)
      data.add("medium", message.medium.rawValue)
      data.add("to", message.to)
      data.add("text", message.text)
      data.add("language", message.language.rawValue)
      data.add("survey", message.survey)
      data.add("question", message.question)
    case .deliveryReported(let receipt):
      data.add("message", receipt.message)
      data.add("status", receipt.status.rawValue)
      data.add("at", receipt.at.map(rfc3339))
      data.add("reason", receipt.reason)
    case .invitationAnswered(let message, let response):
      data.add("message", message)
      data.add("response", response)
    }
    return (change.typeName, data.finished)
  }

  public static func decode(type: String, data: UnsafeRawBufferPointer) throws(Failure)
    -> CaseChange
  {
    let object: JSONValue
    do {
      object = try JSONValue.parse(data)
    } catch {
      throw Failure(reason: "data is not JSON (\(error.reason))")
    }
    guard object.isObject else { throw Failure(reason: "data is not an object") }
    let fields = Fields(object: object, type: type)
    switch type {
    case "case.opened":
      guard let id = CaseID(try fields.string("id")) else {
        throw Failure(reason: "\(type): id is not a case id")
      }
      let contact = object["contact"]
      var opening =
        CaseChange.Opening(
          id: id, kind: try fields.value("kind", CaseKind.init),
          subject: try fields.string("subject"),
          body: object["body"]?.string ?? "",
          contact: ContactDetails(
            name: contact?["name"]?.string,
            phone: contact?["phone"]?.string.flatMap(PhoneNumber.init),
            email: contact?["email"]?.string, handle: contact?["handle"]?.string),
          receivedAt: try fields.date("receivedAt"), externalID: object["externalId"]?.string,
          program: object["program"]?.string,
          priority: object["priority"]?.string.flatMap(Priority.init) ?? .normal,
          party: object["party"]?.string.flatMap(ContactRole.init(party:)),
          channelDetails: ChannelDetails(
            direction: object["direction"]?.string.flatMap(ChannelDetails.Direction.init),
            reference: object["reference"]?.string,
            letterDate: object["letterDate"]?.string.flatMap(CivilDate.init(parsing:)),
            arrival: object["arrival"]?.string.flatMap(ChannelDetails.Arrival.init),
            platform: object["platform"]?.string, volunteer: object["volunteer"]?.string))
      opening.department = object["department"]?.string
      opening.programDate = object["programDate"]?.string.flatMap(CivilDate.init(parsing:))
      opening.programPlace = object["programPlace"]?.string
      opening.language = object["language"]?.string.flatMap(Language.init(rawValue:))
      return .opened(opening)
    case "case.message":
      return .messageReceived(
        body: try fields.string("body"), channel: try fields.value("channel", Channel.init),
        receivedAt: object["receivedAt"]?.string.flatMap(date),
        externalID: object["externalId"]?.string)
    case "case.triaged":
      return .triaged(
        CaseChange.Triage(
          kind: object["kind"]?.string.flatMap(CaseKind.init),
          priority: object["priority"]?.string.flatMap(Priority.init),
          tags: object["tags"]?.array.map { $0.compactMap(\.string) },
          department: object["department"]?.string, program: object["program"]?.string,
          party: object["party"]?.string.flatMap(ContactRole.init(party:))))
    case "case.assigned": return .assigned(to: object["to"]?.string)
    case "case.noted": return .noted(text: try fields.string("text"))
    case "case.replied":
      return .replied(
        channel: try fields.value("channel", Channel.init), text: try fields.string("text"),
        template: object["template"]?.string)
    case "case.waiting": return .waitingStarted(reason: object["reason"]?.string ?? "")
    case "case.resumed": return .resumed
    case "permit.submitted":
      return .permitSubmitted(
        reference: try fields.string("reference"), date: try fields.date("date"))
    case "permit.decided":
      guard let approved = object["approved"]?.bool else {
        throw Failure(reason: "\(type): approved is missing")
      }
      return .permitDecided(
        approved: approved, reference: object["reference"]?.string ?? "",
        date: try fields.date("date"))
    case "permit.notified": return .requesterNotified(how: try fields.string("how"))
    case "case.resolved": return .resolved(resolution: try fields.string("resolution"))
    case "case.reopened": return .reopened(reason: object["reason"]?.string ?? "")
    case "case.closed": return .closed
    case "case.linked": return .linked(to: try fields.value("to", CaseID.init))
    case "case.merged": return .merged(into: try fields.value("into", CaseID.init))
    case "survey.recorded":
      return .surveyRecorded(
        responseID: try fields.string("response"), primary: object["primary"]?.int,
        recommend: object["recommend"]?.int)
    case "case.followUpTaken":
      let due: Date?
      if let text = object["due"]?.string {
        guard let time = date(text) else { throw Failure(reason: "\(type): due is not a time") }
        due = time
      } else {
        due = nil
      }
      return .followUpTaken(owner: try fields.string("owner"), due: due)
    case "case.followUpDone": return .followUpDone(note: try fields.string("note"))
    case "case.attached":
      guard let size = object["size"]?.int, size >= 0 else {
        throw Failure(reason: "\(type): size is missing")
      }
      let sha256 = try fields.string("sha256")
      guard Attachment.isHash(sha256) else {
        throw Failure(reason: "\(type): sha256 is not 64 lowercase hex digits")
      }
      return .attached(
        Attachment(
          name: try fields.string("name"), size: size,
          type: object["type"]?.string ?? "application/octet-stream", sha256: sha256,
          note: object["note"]?.string))
    case "outbox.queued":
      return .messageQueued(
        OutboundMessage(
          id: try fields.string("message"),
          kind: try fields.value("kind", OutboundMessage.Kind.init(rawValue:)),
          medium: try fields.value("medium", OutboundMedium.init(rawValue:)),
          to: try fields.string("to"), text: try fields.string("text"),
          language: try fields.value("language", Language.init(rawValue:)),
          survey: object["survey"]?.string, question: object["question"]?.string))
    case "outbox.receipt":
      var at: Date?
      if let text = object["at"]?.string {
        guard let time = date(text) else { throw Failure(reason: "\(type): at is not a time") }
        at = time
      }
      return .deliveryReported(
        DeliveryReceipt(
          message: try fields.string("message"),
          status: try fields.value("status", DeliveryStatus.init(rawValue:)), at: at,
          reason: object["reason"]?.string))
    case "outbox.answered":
      return .invitationAnswered(
        message: try fields.string("message"), response: try fields.string("response"))
    default:
      throw Failure(reason: "unknown event type \(type)")
    }
  }

  public static func rfc3339(_ date: Date) -> String {
    Timestamp(date).rfc3339
  }

  public static func date(_ text: String) -> Date? {
    Timestamp(rfc3339: text).map {
      Date($0)
    }
  }

  private struct Fields {
    public let object: JSONValue
    public let type: String

    public func string(_ key: String) throws(Failure) -> String {
      guard let text = object[key]?.string else {
        throw Failure(reason: "\(type): \(key) is missing")
      }
      return text
    }

    public func value<T>(_ key: String, _ make: (String) -> T?) throws(Failure) -> T {
      guard let value = make(try string(key)) else {
        throw Failure(reason: "\(type): \(key) is not valid")
      }
      return value
    }

    public func date(_ key: String) throws(Failure) -> Date {
      guard let value = CaseEventCodec.date(try string(key)) else {
        throw Failure(reason: "\(type): \(key) is not a time")
      }
      return value
    }
  }
}
