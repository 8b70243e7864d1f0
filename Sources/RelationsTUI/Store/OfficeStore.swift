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

    var description: String {
      switch self {
      case .rejected(let rejection): rejection.message
      case .storage(let error): error.description
      }
    }
  }

  let directory: DataDirectory
  let office: OfficeConfiguration
  private(set) var cases: [CaseID: Case] = [:]
  private(set) var inbox: Inbox
  private(set) var contacts = ContactRegistry()
  /// External ids already ingested, per channel: ingest is idempotent by them.
  private(set) var externalIDs: [Channel: Set<String>] = [:]
  /// Records that hold no case event this build understands, as `file: reason`.
  private(set) var unreadable: [String] = []
  private var highestNumber: [Channel: Int] = [:]
  private var logs: [Channel: ChannelLog] = [:]

  init(directory: DataDirectory, office: OfficeConfiguration, mode: ChannelLog.Mode = .readWrite)
    throws
  {
    self.directory = directory
    self.office = office
    inbox = Inbox(office: office)
    for channel in Channel.allCases {
      let log = try ChannelLog(directory: directory, channel: channel.rawValue, mode: mode) {
        [unowned self] view in
        self.receive(view, channel: channel)
      }
      logs[channel] = log
    }
  }

  /// Reads what other terminals appended; returns how many records arrived.
  @discardableResult
  func refresh() throws -> Int {
    try logs.values.reduce(0) { $0 + (try $1.poll()) }
  }

  private func receive(_ view: RecordView, channel: Channel) {
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
    guard let next = CaseDecider.evolve(cases[id], event) else { return }
    cases[id] = next
    inbox.apply(next)
    highestNumber[id.channel] = max(highestNumber[id.channel] ?? 0, id.number)
    switch change {
    case .opened(let opening):
      contacts.record(opening.contact, caseID: id, channel: id.channel, kind: opening.kind)
      if let external = opening.externalID { externalIDs[id.channel, default: []].insert(external) }
    case .messageReceived(_, let messageChannel, let external?):
      externalIDs[messageChannel, default: []].insert(external)
    default:
      break
    }
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
