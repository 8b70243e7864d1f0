import Domain
import Foundation
import JSONStore

/// What the records of the logs fold into: cases, where their records are, survey
/// responses, external ids. An office opens with one fold per channel file, filled in
/// parallel (a case's records are all in its channel's file), then merged into one.
public struct CaseFold {
  public let profile: OfficeStore.Profile
  public var cases = CaseTable()
  /// Desk profile: the file offsets of each case's records, oldest first.
  public var locations: [CaseID: [Int]] = [:]
  public var responses: [SurveyResponse] = []
  public var externalIDs: [Channel: Set<String>] = [:]
  /// Records that hold no case event this build understands, as `file: reason`.
  public var unreadable: [String] = []
  public var highestNumber: [Channel: Int] = [:]
  /// The cases that link to a case, or were merged into it, by the case they point at: so
  /// both ends of a link show it, and a survivor lists what was merged into it.
  public var pointedAt: [CaseID: [CaseID]] = [:]
  /// Cases opened since the store last took them, for the contact registry, in log order.
  public var openings: [CaseChange.Opening] = []
  /// Cases changed since the store last took them, for the inbox; kept only once the
  /// office is open (while it opens, the inbox is built once from every case at the end).
  public var changed: [CaseID] = []
  public var tracksChanges = false
  /// Messages waiting for a bridge (no receipt yet), with their case.
  public var pendingMessages: [String: CaseID] = [:]
  /// Survey invitations by the key of the address they went to
  /// (`SurveyInvitations.key`), oldest first, with their case.
  public var invitations: [String: [(message: String, caseID: CaseID)]] = [:]
  /// Desk profile: survey responses are read once the surveys screen asks for them
  /// (`OfficeStore.loadResponses`); from then on new ones are folded in as they come.
  public var readsSurveys = false
  private var responseIDs = Set<String>()

  public init(profile: OfficeStore.Profile) {
    self.profile = profile
  }

  public mutating func receive(_ view: RecordView, channel: Channel) {
    if view.type == SurveyRecord.recordType {
      if profile == .full || readsSurveys { receiveSurvey(view, channel: channel) }
      return
    }
    guard
      view.type.hasPrefix("case.") || view.type.hasPrefix("permit.")
        || view.type.hasPrefix("outbox.") || view.type == "survey.recorded"
    else { return }
    let change: CaseChange
    do {
      change = try CaseEventCodec.decode(type: view.type, data: view.data)
    } catch {
      unreadable.append("channels/\(channel.rawValue).jsonl: seq \(view.seq): \(error.reason)")
      return
    }
    guard let id = CaseID(view.stream) else {
      unreadable.append(
        "channels/\(channel.rawValue).jsonl: seq \(view.seq): stream \(view.stream) is not a case id"
      )
      return
    }
    let event = CaseEvent(
      at: Date(view.timestamp),
      actor: view.actor,
      change: change)
    guard let next = CaseDecider.evolve(cases[id], event, keepingHistory: profile == .full) else {
      return
    }
    cases.put(next)
    if tracksChanges { changed.append(id) }
    if profile == .desk { locations[id, default: []].append(view.offset) }
    highestNumber[id.channel] = max(highestNumber[id.channel] ?? 0, id.number)
    if case .opened(let opening) = change { openings.append(opening) }
    switch change {
    case .linked(let other), .merged(let other):
      if pointedAt[other]?.contains(id) != true { pointedAt[other, default: []].append(id) }
    case .messageQueued(let message):
      pendingMessages[message.id] = id
      if message.kind == .surveyInvitation,
        let key = SurveyInvitations.key(medium: message.medium, to: message.to)
      {
        invitations[key, default: []].append((message.id, id))
      }
    case .deliveryReported(let receipt):
      if receipt.status != .queued { pendingMessages[receipt.message] = nil }
    case .invitationAnswered(let message, _):
      pendingMessages[message] = nil
    default: break
    }
    if let key = Self.externalKey(of: change, in: id) {
      externalIDs[key.channel, default: []].insert(key.externalID)
    }
  }

  /// The external id a change carries, with the channel it is unique on: a case's opening
  /// on the case's channel, a message on the channel it came through.
  public static func externalKey(of change: CaseChange, in id: CaseID) -> (
    channel: Channel, externalID: String
  )? {
    switch change {
    case .opened(let opening): opening.externalID.map { (id.channel, $0) }
    case .messageReceived(_, let channel, _, let external?): (channel, external)
    default: nil
    }
  }

  private mutating func receiveSurvey(_ view: RecordView, channel: Channel) {
    guard let decoded = SurveyRecord.decode(view) else {
      unreadable.append(
        "channels/\(channel.rawValue).jsonl: seq \(view.seq): survey response is not readable")
      return
    }
    let response = Self.linked(decoded.response, to: cases)
    if let external = decoded.externalID {
      externalIDs[response.channel ?? channel, default: []].insert(external)
    }
    if readsSurveys, !responseIDs.insert(response.id).inserted { return }
    responses.append(response)
  }

  /// Takes the survey responses read by a separate pass over the logs (desk profile).
  public mutating func adoptResponses(_ read: [SurveyResponse]) {
    readsSurveys = true
    for response in read where responseIDs.insert(response.id).inserted {
      responses.append(response)
    }
  }

  /// The response with the kind, program and department of its case, for breakdowns.
  public static func linked(_ response: SurveyResponse, to cases: CaseTable) -> SurveyResponse {
    var response = response
    if let id = response.caseID, let item = cases[id] {
      response.kind = item.kind
      response.program = item.program ?? response.program
      response.department = item.department
      response.party = item.party
    }
    return response
  }

  /// Keeps the ids found in bytes of `channel`'s log that hold no readable record from being
  /// handed out again.
  public mutating func reserve(_ salvaged: SalvagedIDs, channel: Channel) {
    for id in salvaged.caseIDs {
      highestNumber[id.channel] = max(highestNumber[id.channel] ?? 0, id.number)
    }
    for external in salvaged.externalIDs {
      for keyed in salvaged.channels.union([channel]) {
        externalIDs[keyed, default: []].insert(external)
      }
    }
  }

  /// Adds another channel's fold (cases of different channels never share an id).
  public mutating func merge(_ other: CaseFold) {
    cases.merge(other.cases)
    locations.merge(other.locations) { $0 + $1 }
    responses += other.responses
    externalIDs.merge(other.externalIDs) { $0.union($1) }
    unreadable += other.unreadable
    highestNumber.merge(other.highestNumber) { max($0, $1) }
    pointedAt.merge(other.pointedAt) { $0 + $1 }
    pendingMessages.merge(other.pendingMessages) { $1 }
    invitations.merge(other.invitations) { $0 + $1 }
    openings += other.openings
    changed += other.changed
  }
}
