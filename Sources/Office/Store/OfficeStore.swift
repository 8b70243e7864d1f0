import Domain
import Foundation
import JSONStore

/// The office's cases as the six channel logs hold them. Opens the logs, folds their events
/// into cases (and the inbox and contacts built from them), and turns commands into
/// appends that carry the case's expected version, so nobody overwrites a colleague.
public final class OfficeStore {
  /// Why a command was not saved.
  public enum Failure: Error, CustomStringConvertible {
    case rejected(CaseRejection)
    case storage(LogError)
    /// Input that cannot be stored as it is (an unknown survey, an answer off its scale).
    case invalid(String)
    /// A record with this external id (on its channel) is stored already: ingest is
    /// idempotent by them, so nothing was appended.
    case duplicate(externalID: String)
    /// The account is not on the staff as office.json stands now (taken off since it began).
    case notOnStaff(account: String, managers: [String])

    /// What an error thrown while saving means for the caller: a rejection by the decider,
    /// a storage problem, or a failure already said.
    init(_ error: any Error) {
      switch error {
      case let failure as Failure: self = failure
      case let rejection as CaseRejection: self = .rejected(rejection)
      case let problem as LogError: self = .storage(problem)
      default: self = .storage(.invalidData(reason: "\(error)"))
      }
    }

    public var description: String {
      switch self {
      case .invalid(let reason): reason
      case .duplicate(let external): "\(external) was stored before; nothing was added"
      case .rejected(let rejection): rejection.message
      case .storage(let error): error.description
      case .notOnStaff(let account, let managers):
        "The account \(account) is no longer on this office's staff, so nothing was saved; \(managers.isEmpty ? "whoever looks after the server" : "a manager (\(managers.joined(separator: ", ")))") can add it again."
      }
    }
  }

  /// Whether the office's logs may be written (and torn writes cut) or only read.
  public typealias Access = ChannelLog.Mode

  /// How much of the office is kept in memory.
  public enum Profile: Sendable {
    /// Every case with its whole history and every survey response: for reports, export
    /// and ingest.
    case full
    /// What the desk needs to list a whole office: cases folded without their history, no
    /// survey responses, and where each case's records are, so one case's timeline is read
    /// from its file when it is shown (`fullCase`).
    case desk
  }

  public let directory: DataDirectory
  /// The office's settings, re-read when office.json changes (a manager changed the staff),
  /// so every write is judged by the staff list as it stands.
  public private(set) var office: OfficeConfiguration
  private var officeWatch: OfficeFileWatch
  public let profile: Profile
  private var fold: CaseFold
  public var cases: CaseTable { fold.cases }
  public private(set) var inbox: Inbox
  public private(set) var contacts = ContactRegistry()
  /// Every survey response, linked or anonymous, with the groups its case puts it in.
  public var responses: [SurveyResponse] { fold.responses }
  /// External ids already ingested, per channel: ingest is idempotent by them.
  public var externalIDs: [Channel: Set<String>] { fold.externalIDs }
  /// The cases that link to a case or were merged into it, by that case.
  public var pointedAt: [CaseID: [CaseID]] { fold.pointedAt }
  /// Records that hold no case event this build understands, as `file: reason`.
  public var unreadable: [String] { fold.unreadable }
  /// Outbound messages no bridge has reported on, with their case (see `outbox`).
  var pendingMessageIDs: [String: CaseID] { fold.pendingMessages }
  /// Survey invitations by the address they went to (see `awaitingInvitation`).
  var invitationsByAddress: [String: [(message: String, caseID: CaseID)]] { fold.invitations }
  private var logs: [Channel: ChannelLog] = [:]
  /// Staff edits of contacts (`channels/contacts.jsonl`), applied after the cases.
  private var contactLog: ChannelLog?
  private var contactEdits: [ContactEdit] = []
  private let mode: ChannelLog.Mode
  /// Opened to read only: nothing is appended and no torn tail is cut.
  public var isReadOnly: Bool { mode == .readOnly }
  private var contactLogExists: Bool {
    FileManager.default.fileExists(atPath: directory.channelPath(ContactEditCodec.logName))
  }

  /// Reads the six channel files, two at a time (the machine this runs on has two cores and
  /// a case's records are all in its own channel's file), then puts the folds together.
  public init(
    directory: DataDirectory, office: OfficeConfiguration, mode: ChannelLog.Mode = .readWrite,
    profile: Profile = .full
  ) throws {
    self.directory = directory
    self.office = office
    officeWatch = OfficeFileWatch(directory: directory.path)
    // The file as it is now is the one given: later changes are what the watch reports.
    _ = officeWatch.changed()
    self.profile = profile
    self.mode = mode
    inbox = Inbox(office: office)
    fold = CaseFold(profile: profile)
    let channels = Channel.allCases
    let folds = channels.map { _ in ParallelSlot(CaseFold(profile: profile)) }
    let opened = channels.map { _ in ParallelSlot<Result<ChannelLog, any Error>?>(nil) }
    let store = StoreReference(self)
    DispatchQueue.concurrentPerform(iterations: channels.count) { index in
      let channel = channels[index]
      // Reading only, a channel with no file yet has no records: nothing is created.
      if mode == .readOnly,
        !FileManager.default.fileExists(atPath: directory.channelPath(channel.rawValue))
      {
        return
      }
      let slot = folds[index]
      // Until the store holds the log, its records go to this channel's own fold.
      let handedOver = ParallelSlot(false)
      opened[index].value = Result {
        try ChannelLog(
          directory: directory, channel: channel.rawValue, mode: mode,
          sink: { view in
            if handedOver.value {
              store.store.receive(view, channel: channel)
            } else {
              slot.value.receive(view, channel: channel)
            }
          },
          salvage: { bytes in
            let salvaged = SalvagedIDs(bytes)
            if handedOver.value {
              store.store.fold.reserve(salvaged, channel: channel)
            } else {
              slot.value.reserve(salvaged, channel: channel)
            }
          })
      }
      handedOver.value = true
    }
    for (index, channel) in channels.enumerated() {
      guard let result = opened[index].value else { continue }
      logs[channel] = try result.get()
      fold.merge(folds[index].value)
      folds[index].value = CaseFold(profile: profile)  // let go of the channel's copy
    }
    for item in fold.cases { inbox.apply(item) }
    takeChanges()
    fold.tracksChanges = true
    // The contact edits come after the cases they edit were read; later ones live. The
    // file is only made by the first edit, so an office nobody edited has none.
    if contactLogExists {
      contactLog = try openContactLog(mode)
      for edit in contactEdits { contacts.apply(edit) }
      contactEdits = []
    }
    editsAreLive = true
  }

  /// Whether edits read from now on go straight to the contacts (after the first read).
  private var editsAreLive = false

  private func openContactLog(_ mode: ChannelLog.Mode) throws -> ChannelLog {
    let reference = StoreReference(self)
    return try ChannelLog(directory: directory, channel: ContactEditCodec.logName, mode: mode) {
      view in
      guard let edit = ContactEditCodec.decode(view) else { return }
      let store = reference.store
      if store.editsAreLive {
        store.contacts.apply(edit)
      } else {
        store.contactEdits.append(edit)
      }
    }
  }

  /// Records a staff edit of a person (their name, another number, a merge).
  public func editContact(_ edit: ContactEdit, by acting: Acting, now: Date) throws(Failure) {
    let acting = try current(acting)
    // Thanking or informing someone is the desk's work, as a note is; the rest is an officer's.
    let allowed: Set<Permission> =
      if case .keepInTouch = edit { [.note, .contacts] } else { [.contacts] }
    try Self.require(acting, anyOf: allowed)
    if contactLog == nil {
      do {
        contactLog = try openContactLog(.readWrite)
      } catch {
        throw Failure(error)
      }
    }
    guard let log = contactLog else { throw .invalid("The contacts log cannot be opened.") }
    let (stream, type, data) = ContactEditCodec.encode(edit)
    do {
      try log.append(
        [
          ChannelLog.Draft(
            stream: stream, type: type, data: data, id: EventID.make(),
            timestamp: Timestamp(now))
        ], actor: acting.account)
    } catch {
      throw Failure(error)
    }
  }

  /// Puts what the fold changed into the contacts and the inbox.
  private func takeChanges() {
    for opening in fold.openings {
      contacts.record(
        opening.contact, caseID: opening.id, channel: opening.id.channel, kind: opening.kind,
        party: opening.party)
    }
    var seen = Set<CaseID>()
    for id in fold.changed.reversed() where seen.insert(id).inserted {
      if let item = fold.cases[id] { inbox.apply(item) }
    }
    fold.openings.removeAll()
    fold.changed.removeAll()
  }

  /// Desk profile: reads every survey response once, for the surveys screen, linked to its
  /// case's kind and program. Later responses arrive with the live records.
  public func loadResponses() throws {
    guard profile == .desk, !fold.readsSurveys else { return }
    let cases = fold.cases
    let directory = directory
    let channels = Channel.allCases
    // The channel files two at a time, as when the office opened.
    let read = channels.map { _ in ParallelSlot<Result<[SurveyResponse], any Error>>(.success([])) }
    DispatchQueue.concurrentPerform(iterations: channels.count) { index in
      var responses: [SurveyResponse] = []
      read[index].value = Result {
        _ = try ChannelLog(directory: directory, channel: channels[index].rawValue, mode: .readOnly)
        {
          view in
          guard view.type == SurveyRecord.recordType, let decoded = SurveyRecord.decode(view) else {
            return
          }
          responses.append(CaseFold.linked(decoded.response, to: cases))
        }
        return responses
      }
    }
    fold.adoptResponses(try read.flatMap { try $0.value.get() })
  }

  public var hasResponses: Bool { profile == .full || fold.readsSurveys }

  /// Whether any log has grown since it was last read: a cheap check before `refresh`.
  public var hasNewRecords: Bool {
    (contactLog == nil && contactLogExists)
      || (Array(logs.values) + [contactLog].compactMap { $0 }).contains {
        ((try? $0.pendingTailBytes()) ?? 0) > 0
      }
  }

  /// How many of each log's recoveries were already handed out by `takeSetAside`.
  private var setAsideTaken: [String: Int] = [:]

  /// What recovery set aside since the last call, at open or while polling: each log's cut
  /// tail with the quarantine file that keeps it.
  public func takeSetAside() -> [SetAside] {
    var found: [SetAside] = []
    let all =
      logs.sorted { $0.key.rawValue < $1.key.rawValue }.map(\.value)
      + [contactLog]
      .compactMap { $0 }
    for log in all {
      let taken = setAsideTaken[log.displayName] ?? 0
      for recovery in log.recoveries.dropFirst(taken) {
        let prefix = directory.path + "/"
        let quarantine =
          recovery.quarantinedAt.hasPrefix(prefix)
          ? String(recovery.quarantinedAt.dropFirst(prefix.count)) : recovery.quarantinedAt
        found.append(SetAside(log: log.displayName, quarantine: quarantine, bytes: recovery.bytes))
      }
      setAsideTaken[log.displayName] = log.recoveries.count
    }
    return found
  }

  /// Who `acting` is as office.json stands now: a manager may have changed their role, or
  /// taken them off the staff, since the desk or the ingest began. Called under a log's
  /// lock, just before the decision.
  private func current(_ acting: Acting) throws(Failure) -> Acting {
    reloadOffice()
    guard let now = office.acting(acting.account) else {
      throw .notOnStaff(account: acting.account, managers: office.managers)
    }
    return now
  }

  /// `Acting.require(anyOf:)`, refused as the store refuses.
  private static func require(_ acting: Acting, anyOf permissions: Set<Permission>)
    throws(Failure)
  {
    do throws(CaseRejection) {
      try acting.require(anyOf: permissions)
    } catch {
      throw .rejected(error)
    }
  }

  /// Takes office.json's settings again when the file changed.
  private func reloadOffice() {
    if let changed = officeWatch.changed() { office = changed }
  }

  /// Reads what other terminals appended; returns how many records arrived.
  @discardableResult
  public func refresh() throws -> Int {
    reloadOffice()
    // Another terminal's first contact edit makes the file: read it from the start.
    if contactLog == nil, contactLogExists {
      contactLog = try openContactLog(mode)
      return 1
    }
    return try logs.values.reduce(0) { $0 + (try $1.poll()) } + (try contactLog?.poll() ?? 0)
  }

  fileprivate func receive(_ view: RecordView, channel: Channel) {
    fold.receive(view, channel: channel)
    takeChanges()
  }

  /// The case with its whole history and, in it, the messages of every case merged into
  /// it: the person's words stay on the case that is worked on.
  public func caseWithMerged(_ id: CaseID) -> Case? {
    guard var item = fullCase(id) else { return nil }
    let merged = (fold.pointedAt[id] ?? []).filter { cases[$0]?.mergedInto == id }
    guard !merged.isEmpty else { return item }
    // What the person wrote on the duplicate: its first message (the opening) and the rest.
    let messages = merged.compactMap(fullCase).flatMap { source in
      source.history.compactMap { event -> CaseEvent? in
        switch event.change {
        case .messageReceived: return event
        case .opened(let opening):
          let body = [opening.subject, opening.body].filter { !$0.isEmpty }.joined(separator: "\n")
          return CaseEvent(
            at: event.at, actor: event.actor,
            change: .messageReceived(
              body: body, channel: source.id.channel, receivedAt: opening.receivedAt,
              externalID: nil))
        default: return nil
        }
      }
    }
    item.history = (item.history + messages).enumerated().sorted {
      ($0.element.at, $0.offset) < ($1.element.at, $1.offset)
    }.map(\.element)
    return item
  }

  /// The case with its whole history: as held in the full profile, read back from its
  /// channel file in the desk profile.
  public func fullCase(_ id: CaseID) -> Case? {
    guard profile == .desk else { return cases[id] }
    guard let log = logs[id.channel], let offsets = fold.locations[id] else { return nil }
    var folded: Case?
    for offset in offsets {
      guard let record = log.record(at: offset),
        let change = record.data.withUnsafeBytes({
          try? CaseEventCodec.decode(type: record.type, data: $0)
        })
      else { continue }
      let event = CaseEvent(
        at: Date(record.timestamp),
        actor: record.actor, change: change)
      folded = CaseDecider.evolve(folded, event)
    }
    return folded
  }

  /// Stores a survey response: in the file of its case when it is linked to one, together
  /// with the case's `survey.recorded` event (one batch), else in its channel's file.
  @discardableResult
  public func recordSurvey(
    _ input: IngestRequest.SurveyIngest, definition: SurveyDefinition, by acting: Acting,
    now: Date, answering invitation: OutboundMessage? = nil
  ) throws(Failure) -> String {
    // An answer on no case meets no decider, so the role is asked here as well.
    let acting = try current(acting)
    try Self.require(acting, anyOf: [.survey, .import])
    do throws(SurveyAnswerProblem) {
      try definition.validate(input.answers)
    } catch {
      throw .invalid(error.message)
    }
    let responseID = "R-" + EventID.make()
    let receivedAt = input.receivedAt ?? now
    let channel = input.caseID?.channel ?? input.channel
    guard let log = logs[channel] else { throw .rejected(.noSuchCase) }
    do {
      try log.transact(actor: acting.account) { _ -> (drafts: [ChannelLog.Draft], result: Void) in
        // Under the lock, with every other process's records of this file read: two
        // ingests of the same line cannot both find its external id new.
        if let external = input.externalID {
          try refuseDuplicate((input.channel, external))
        }
        var drafts = [
          EventRecords.draft(
            survey: input, responseID: responseID, receivedAt: receivedAt, now: now)
        ]
        if let id = input.caseID {
          let events = try CaseDecider.decide(
            .recordSurvey(
              responseID: responseID, primary: input.answers[definition.primary]?.number,
              recommend: definition.questions.first { $0.scale == .nps }.flatMap {
                input.answers[$0.id]?.number
              }),
            cases[id], at: now, by: acting)
          drafts += events.map { EventRecords.draft($0, of: id) }
          if let invitation {
            drafts += try answered(invitation, on: id, by: responseID, after: events, acting, now)
              .map { EventRecords.draft($0, of: id) }
          }
        }
        return (drafts, ())
      }
    } catch {
      throw Failure(error)
    }
    return responseID
  }

  /// The events that mark `invitation` answered by `responseID`, and the invitation to the
  /// 0–10 question that may follow it.
  private func answered(
    _ invitation: OutboundMessage, on id: CaseID, by responseID: String,
    after events: [CaseEvent], _ acting: Acting, _ now: Date
  ) throws(CaseRejection) -> [CaseEvent] {
    guard var item = events.reduce(cases[id], { CaseDecider.evolve($0, $1, keepingHistory: false) })
    else { throw .noSuchCase }
    var more = try CaseDecider.decide(
      .answerInvitation(message: invitation.id, response: responseID), item, at: now, by: acting)
    item = more.reduce(item) { CaseDecider.evolve($0, $1, keepingHistory: false) ?? $0 }
    if let next = composer().recommendInvitation(for: item, after: invitation),
      let queued = try? CaseDecider.decide(.queueMessage(next), item, at: now, by: acting)
    {
      more += queued
    }
    return more
  }

  /// Opens a new case on `channel`; its number is allocated under the channel's lock, so two
  /// terminals opening cases at once get different ids.
  public func open(
    on channel: Channel, by acting: Acting, now: Date, _ make: (CaseID) -> CaseChange.Opening
  ) throws(Failure) -> Case {
    try append(on: channel, by: acting, expected: nil) {
      acting throws(CaseRejection) -> (CaseID, [CaseEvent]) in
      let id = CaseID(channel: channel, number: (fold.highestNumber[channel] ?? 0) + 1)
      var opening = make(id)
      // Intake suggests a department: its program's, else the one that takes its kind.
      if opening.department == nil {
        opening.department = office.suggestedDepartment(
          kind: opening.kind, program: opening.program)
      }
      // Not said at intake: the party the person came as before, else the presumed one, so
      // the record says which.
      if opening.party == nil {
        opening.party =
          contacts.recognise(opening.contact)?.party
          ?? ContactRole.presumed(channel: channel, kind: opening.kind)
      }
      // Not said either: the language the person's own words are in, else the office's.
      if opening.language == nil {
        opening.language =
          Language.of(opening.subject + " " + opening.body + " " + (opening.contact.name ?? ""))
          ?? office.language
      }
      return (id, try CaseDecider.decide(.open(opening), nil, at: now, by: acting))
    }
  }

  /// Applies `command` to the case. With `expectedVersion` (the version the user saw), a
  /// change by someone else in between is refused as a conflict naming them.
  public func execute(
    _ command: CaseCommand, on id: CaseID, expectedVersion: Int? = nil, by acting: Acting,
    now: Date
  ) throws(Failure) -> Case {
    try append(on: id.channel, by: acting, expected: expectedVersion.map { (id, $0) }) {
      acting throws(CaseRejection) -> (CaseID, [CaseEvent]) in
      if case .merge(let target) = command,
        let refusal = CaseDecider.mergeRefusal(into: cases[target])
      {
        throw refusal
      }
      let events = try CaseDecider.decide(command, cases[id], at: now, by: acting)
      return (id, events + followOn(command, on: id, after: events, by: acting, now: now))
    }
  }

  /// The messages the office sends of itself after `command` (`OutboxComposer`), decided on
  /// the case as `events` leave it. One the role may not send, or nothing reaches the person
  /// by, is left out: the command itself stands.
  private func followOn(
    _ command: CaseCommand, on id: CaseID, after events: [CaseEvent], by acting: Acting,
    now: Date
  ) -> [CaseEvent] {
    guard OutboxComposer.mayFollow(command),
      var item = events.reduce(cases[id], { CaseDecider.evolve($0, $1, keepingHistory: false) })
    else { return [] }
    var queued: [CaseEvent] = []
    for draft in composer().followOn(command, leaving: item) {
      guard
        let more = try? CaseDecider.decide(.queueMessage(draft), item, at: now, by: acting)
      else { continue }
      queued += more
      item = more.reduce(item) { CaseDecider.evolve($0, $1, keepingHistory: false) ?? $0 }
    }
    return queued
  }

  /// The composer with the office's templates and surveys as they are on disk now.
  func composer() -> OutboxComposer {
    OutboxComposer(
      office: office, templates: ReplyTemplates.load(directory: directory.path),
      surveys: (try? SurveyFile.loadAll(directory: directory.path)) ?? [:])
  }

  /// Throws `.duplicate` when `key` is stored already. Called in a `transact` body: the
  /// fold is then current for the file being appended to.
  private func refuseDuplicate(_ key: (channel: Channel, externalID: String)) throws(Failure) {
    if fold.externalIDs[key.channel]?.contains(key.externalID) == true {
      throw .duplicate(externalID: key.externalID)
    }
  }

  private func append(
    on channel: Channel, by acting: Acting, expected: (CaseID, Int)?,
    _ decide: (Acting) throws(CaseRejection) -> (CaseID, [CaseEvent])
  ) throws(Failure) -> Case {
    guard let log = logs[channel] else { throw .rejected(.noSuchCase) }
    do {
      let id = try log.transact(actor: acting.account) {
        index -> (drafts: [ChannelLog.Draft], result: CaseID) in
        // Under the lock every other terminal's records have been read into `cases`, so the
        // version check and the decision see the case as it is on disk.
        if let (id, version) = expected,
          let conflict = log.conflict(for: id.description, expected: .exactly(version), in: index)
        {
          throw conflict
        }
        let (id, events) = try decide(try current(acting))
        // Decided here, under the lock, so two processes ingesting the same line at once
        // store it once.
        for event in events {
          if let key = CaseFold.externalKey(of: event.change, in: id) { try refuseDuplicate(key) }
        }
        let drafts = events.map { EventRecords.draft($0, of: id) }
        return (drafts, id)
      }.result
      guard let saved = cases[id] else { throw Failure.rejected(.noSuchCase) }
      return saved
    } catch {
      throw Failure(error)
    }
  }
}
