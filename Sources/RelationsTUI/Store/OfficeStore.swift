import Domain
import Foundation
import JSONStore

/// The office's cases as the six channel logs hold them. Opens the logs, folds their events
/// into cases (and the inbox and contacts built from them), and turns commands into
/// appends that carry the case's expected version, so nobody overwrites a colleague.
final class OfficeStore {
  /// Why a command was not saved.
  enum Failure: Error, CustomStringConvertible {
    case rejected(CaseRejection)
    case storage(LogError)
    /// Input that cannot be stored as it is (an unknown survey, an answer off its scale).
    case invalid(String)

    var description: String {
      switch self {
      case .invalid(let reason): reason
      case .rejected(let rejection): rejection.message
      case .storage(let error): error.description
      }
    }
  }

  /// How much of the office is kept in memory.
  enum Profile: Sendable {
    /// Every case with its whole history and every survey response: for reports, export
    /// and ingest.
    case full
    /// What the desk needs to list a whole office: cases folded without their history, no
    /// survey responses, and where each case's records are, so one case's timeline is read
    /// from its file when it is shown (`fullCase`).
    case desk
  }

  let directory: DataDirectory
  let office: OfficeConfiguration
  let profile: Profile
  /// Desk profile: the file offsets of each case's records, oldest first.
  private var locations: [CaseID: [Int]] = [:]
  private(set) var cases = CaseTable()
  private(set) var inbox: Inbox
  private(set) var contacts = ContactRegistry()
  /// Every survey response, linked or anonymous, with the groups its case puts it in.
  private(set) var responses: [SurveyResponse] = []
  /// External ids already ingested, per channel: ingest is idempotent by them.
  private(set) var externalIDs: [Channel: Set<String>] = [:]
  /// Records that hold no case event this build understands, as `file: reason`.
  private(set) var unreadable: [String] = []
  private var highestNumber: [Channel: Int] = [:]
  private var logs: [Channel: ChannelLog] = [:]
  /// While the logs are first read, the inbox is built once at the end, not per event.
  private var opening = true

  init(
    directory: DataDirectory, office: OfficeConfiguration, mode: ChannelLog.Mode = .readWrite,
    profile: Profile = .full
  ) throws {
    self.directory = directory
    self.office = office
    self.profile = profile
    inbox = Inbox(office: office)
    for channel in Channel.allCases {
      let log = try ChannelLog(directory: directory, channel: channel.rawValue, mode: mode) {
        [unowned self] view in
        self.receive(view, channel: channel)
      }
      logs[channel] = log
    }
    opening = false
    for item in cases.values { inbox.apply(item) }
  }

  /// Whether any log has grown since it was last read: a cheap check before `refresh`.
  var hasNewRecords: Bool {
    logs.values.contains { ((try? $0.pendingTailBytes()) ?? 0) > 0 }
  }

  /// Reads what other terminals appended; returns how many records arrived.
  @discardableResult
  func refresh() throws -> Int {
    try logs.values.reduce(0) { $0 + (try $1.poll()) }
  }

  private func receive(_ view: RecordView, channel: Channel) {
    if view.type == SurveyRecord.recordType {
      if profile == .full { receiveSurvey(view, channel: channel) }
      return
    }
    guard
      view.type.hasPrefix("case.") || view.type.hasPrefix("permit.")
        || view.type == "survey.recorded"
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
      at: Date(timeIntervalSince1970: Double(view.timestamp.millisecondsSince1970) / 1000),
      actor: view.actor,
      change: change)
    guard let next = CaseDecider.evolve(cases[id], event, keepingHistory: profile == .full) else {
      return
    }
    cases.put(next)
    if profile == .desk { locations[id, default: []].append(view.offset) }
    if !opening { inbox.apply(next) }
    highestNumber[id.channel] = max(highestNumber[id.channel] ?? 0, id.number)
    switch change {
    case .opened(let opening):
      contacts.record(opening.contact, caseID: id, channel: id.channel, kind: opening.kind)
      if let external = opening.externalID { externalIDs[id.channel, default: []].insert(external) }
    case .messageReceived(_, let messageChannel, _, let external?):
      externalIDs[messageChannel, default: []].insert(external)
    default:
      break
    }
  }

  /// The case with its whole history: as held in the full profile, read back from its
  /// channel file in the desk profile.
  func fullCase(_ id: CaseID) -> Case? {
    guard profile == .desk else { return cases[id] }
    guard let log = logs[id.channel], let offsets = locations[id] else { return nil }
    var folded: Case?
    for offset in offsets {
      guard let record = log.record(at: offset),
        let change = record.data.withUnsafeBytes({
          try? CaseEventCodec.decode(type: record.type, data: $0)
        })
      else { continue }
      let event = CaseEvent(
        at: Date(timeIntervalSince1970: Double(record.timestamp.millisecondsSince1970) / 1000),
        actor: record.actor, change: change)
      folded = CaseDecider.evolve(folded, event)
    }
    return folded
  }

  private func receiveSurvey(_ view: RecordView, channel: Channel) {
    guard let decoded = SurveyRecord.decode(view) else {
      unreadable.append(
        "channels/\(channel.rawValue).jsonl: seq \(view.seq): survey response is not readable")
      return
    }
    var response = decoded.response
    if let id = response.caseID, let linked = cases[id] {
      response.kind = linked.kind
      response.program = linked.program
      response.department = linked.department
    }
    if let external = decoded.externalID {
      externalIDs[response.channel ?? channel, default: []].insert(external)
    }
    responses.append(response)
  }

  /// Stores a survey response: in the file of its case when it is linked to one, together
  /// with the case's `survey.recorded` event (one batch), else in its channel's file.
  @discardableResult
  func recordSurvey(
    _ input: IngestRequest.SurveyIngest, definition: SurveyDefinition, actor: String, now: Date
  ) throws(Failure) -> String {
    do throws(SurveyAnswerProblem) {
      try definition.validate(input.answers)
    } catch {
      throw .invalid(error.message)
    }
    let responseID = "R-" + EventID.make()
    let receivedAt = input.receivedAt ?? now
    let channel = input.caseID?.channel ?? input.channel
    guard let log = logs[channel] else { throw .rejected(.noSuchCase) }
    let timestamp = Timestamp(
      millisecondsSince1970: Int64((now.timeIntervalSince1970 * 1000).rounded()))
    do {
      try log.transact(actor: actor) { _ -> (drafts: [ChannelLog.Draft], result: Void) in
        var drafts = [
          ChannelLog.Draft(
            stream: responseID, type: SurveyRecord.recordType,
            data: SurveyRecord.encode(input, receivedAt: receivedAt), id: EventID.make(),
            timestamp: timestamp)
        ]
        if let id = input.caseID {
          let events = try CaseDecider.decide(
            .recordSurvey(
              responseID: responseID, primary: input.answers[definition.primary]?.number,
              recommend: definition.questions.first { $0.scale == .nps }.flatMap {
                input.answers[$0.id]?.number
              }),
            cases[id], at: now, actor: actor)
          drafts += events.map { event in
            let (type, data) = CaseEventCodec.encode(event.change)
            return ChannelLog.Draft(
              stream: id.description, type: type, data: data, id: EventID.make(),
              timestamp: timestamp)
          }
        }
        return (drafts, ())
      }
    } catch let rejection as CaseRejection {
      throw .rejected(rejection)
    } catch let error as LogError {
      throw .storage(error)
    } catch {
      throw .storage(.invalidData(reason: "\(error)"))
    }
    return responseID
  }

  /// Opens a new case on `channel`; its number is allocated under the channel's lock, so two
  /// terminals opening cases at once get different ids.
  func open(
    on channel: Channel, actor: String, now: Date, _ make: (CaseID) -> CaseChange.Opening
  ) throws(Failure) -> Case {
    try append(on: channel, actor: actor, expected: nil) {
      () throws(CaseRejection) -> (CaseID, [CaseEvent]) in
      let id = CaseID(channel: channel, number: (highestNumber[channel] ?? 0) + 1)
      return (id, try CaseDecider.decide(.open(make(id)), nil, at: now, actor: actor))
    }
  }

  /// Applies `command` to the case. With `expectedVersion` (the version the user saw), a
  /// change by someone else in between is refused as a conflict naming them.
  func execute(
    _ command: CaseCommand, on id: CaseID, expectedVersion: Int? = nil, actor: String, now: Date
  ) throws(Failure) -> Case {
    try append(on: id.channel, actor: actor, expected: expectedVersion.map { (id, $0) }) {
      () throws(CaseRejection) -> (CaseID, [CaseEvent]) in
      (id, try CaseDecider.decide(command, cases[id], at: now, actor: actor))
    }
  }

  private func append(
    on channel: Channel, actor: String, expected: (CaseID, Int)?,
    _ decide: () throws(CaseRejection) -> (CaseID, [CaseEvent])
  ) throws(Failure) -> Case {
    guard let log = logs[channel] else { throw .rejected(.noSuchCase) }
    do {
      let id = try log.transact(actor: actor) {
        index -> (drafts: [ChannelLog.Draft], result: CaseID) in
        // Under the lock every other terminal's records have been read into `cases`, so the
        // version check and the decision see the case as it is on disk.
        if let (id, version) = expected,
          let conflict = log.conflict(for: id.description, expected: .exactly(version), in: index)
        {
          throw conflict
        }
        let (id, events) = try decide()
        let drafts = events.map { event in
          let (type, data) = CaseEventCodec.encode(event.change)
          return ChannelLog.Draft(
            stream: id.description, type: type, data: data, id: EventID.make(),
            timestamp: Timestamp(
              millisecondsSince1970: Int64((event.at.timeIntervalSince1970 * 1000).rounded())))
        }
        return (drafts, id)
      }.result
      guard let saved = cases[id] else { throw Failure.rejected(.noSuchCase) }
      return saved
    } catch let rejection as CaseRejection {
      throw .rejected(rejection)
    } catch let error as LogError {
      throw .storage(error)
    } catch let failure as Failure {
      throw failure
    } catch {
      throw .storage(.invalidData(reason: "\(error)"))
    }
  }
}
