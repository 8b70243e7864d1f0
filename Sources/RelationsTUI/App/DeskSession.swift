import Domain
import Foundation
import JSONStore
import Office

/// The imperative shell around `DeskUpdate`: reads keys, runs effects against the store and
/// the drafts, polls the logs for other terminals' changes, and draws each new state.
final class DeskSession {
  private let store: OfficeStore
  private let drafts: DraftStore
  /// The user's saved inbox views; none are kept when the desk is given no store for them.
  private let views: ViewStore?
  private let surveys: [String: SurveyDefinition]
  private let templates: [ReplyTemplate]
  private let library: [LibraryDocument]
  private let language: Language
  private let arabicDigits: Bool
  private let readOnly: ReadOnlyReason?
  private(set) var state: AppState
  /// The time, given by whoever starts the desk (tests give a fixed one).
  private let clock: @Sendable () -> Date
  /// How often the logs are read for other terminals' changes.
  static let pollInterval: TimeInterval = 0.5

  /// The shell is given what it works with: the store, the drafts and the clock.
  init(
    store: OfficeStore, drafts: DraftStore, user: String, surveys: [String: SurveyDefinition],
    templates: [ReplyTemplate], library: [LibraryDocument] = [], language: Language,
    arabicDigits: Bool = false, width: Int,
    height: Int, now: Date, readOnly: ReadOnlyReason? = nil, views: ViewStore? = nil,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.views = views
    self.clock = clock
    self.arabicDigits = arabicDigits
    // A store that cannot write makes the desk read-only, named reason or not.
    self.readOnly =
      readOnly ?? (store.isReadOnly ? ReadOnlyReason(cause: .openedReadOnly, path: "") : nil)
    self.library = library
    self.store = store
    self.surveys = surveys
    self.templates = templates
    self.language = language
    self.drafts = drafts
    state = AppState(
      desk: Desk(
        office: store.office, user: user, cases: store.cases, inbox: store.inbox,
        contacts: store.contacts, pointedAt: store.pointedAt, templates: templates,
        library: library, language: language,
        arabicDigits: arabicDigits, surveys: surveys,
        responses: store.hasResponses ? store.responses : [], responsesLoaded: store.hasResponses,
        readOnly: self.readOnly),
      width: width, height: height, now: now)
    state.inbox.savedViews = views?.load() ?? []
    send(.tick(now))
    send(.setAside(store.takeSetAside()))
  }

  private var desk: Desk {
    Desk(
      office: store.office, user: state.desk.user, cases: store.cases, inbox: store.inbox,
      contacts: store.contacts, pointedAt: store.pointedAt, templates: templates, library: library,
      language: language,
      arabicDigits: arabicDigits, surveys: surveys,
      responses: store.hasResponses ? store.responses : [],
      responsesLoaded: store.hasResponses, readOnly: readOnly)
  }

  /// Runs a store operation with the state's copies of the cases, inbox and contacts let go
  /// first: the state shares them with the store, and a change while shared would copy all
  /// of them (hundreds of thousands of cases) for one new event. The store's current ones go
  /// back in as `deskChanged` afterwards, whatever happened.
  @discardableResult
  private func withStore<T, Failure: Error>(_ body: () throws(Failure) -> T) throws(Failure) -> T {
    send(.lendDesk)
    defer { send(.deskChanged(desk)) }
    return try body()
  }

  /// Puts back a form left by a crash or Ctrl-C.
  func restoreDraft() {
    let today = DateText(timeZoneIdentifier: store.office.timeZone).isoDay(state.now)
    if let form = drafts.load(desk: state.desk, today: today) { send(.draftFound(form)) }
  }

  func run(_ terminal: Terminal) {
    var lastPoll = clock()
    var dirty = true
    while !state.quitting {
      if dirty { terminal.draw(DeskView.render(state)) }
      dirty = take(terminal.nextInput(milliseconds: 250), from: terminal)
      // A paste arrives as thousands of keys at once: the ones already waiting are taken
      // before the screen is drawn again (at least every 50 ms), not one frame per key.
      let deadline = clock().addingTimeInterval(Self.keyBatch)
      while dirty, !state.quitting, clock() < deadline {
        let next = terminal.nextInput(milliseconds: 0)
        if next == .timeout { break }
        _ = take(next, from: terminal)
      }
      let now = clock()
      if now.timeIntervalSince(lastPoll) >= Self.pollInterval {
        lastPoll = now
        if poll() { dirty = true }
        let minute = Int(state.now.timeIntervalSince1970 / 60)
        send(.tick(now))
        if Int(now.timeIntervalSince1970 / 60) != minute { dirty = true }
      }
    }
  }

  /// How long keys already waiting are taken before the screen is drawn again.
  static let keyBatch: TimeInterval = 0.05

  /// Sends what the keyboard gave; true when the screen may have changed.
  private func take(_ input: Terminal.Input, from terminal: Terminal) -> Bool {
    switch input {
    case .key(let key): send(.key(key))
    case .resize:
      terminal.invalidate()
      let (width, height) = terminal.size
      send(.resize(width: width, height: height))
    case .timeout:
      return false
    }
    return true
  }

  /// Reads other terminals' records; true when any arrived.
  @discardableResult
  func poll() -> Bool {
    guard store.hasNewRecords else { return false }
    do {
      try withStore { _ = try store.refresh() }
    } catch {
      send(.failed(.office(.readingLogsFailed("\(error)")), conflict: false))
    }
    send(.setAside(store.takeSetAside()))
    return true
  }

  func send(_ message: Message) {
    for effect in DeskUpdate.update(&state, message) { perform(effect) }
  }

  /// Saves `command` on the case as the user saw it, and says what came of it.
  private func execute(
    _ command: CaseCommand, on id: CaseID, version: Int, by actor: Acting, now: Date
  ) {
    do {
      let saved = try withStore { () throws(OfficeStore.Failure) -> Case in
        try store.execute(command, on: id, expectedVersion: version, by: actor, now: now)
      }
      send(.executed(saved, command))
    } catch {
      report(error)
    }
  }

  /// Who a change is made by, as the office's staff list says; nil, with the refusal shown,
  /// for an account that is not on it.
  private func actingOrRefuse() -> Acting? {
    if let acting = state.desk.acting { return acting }
    send(
      .failed(
        .office(.notOnStaff(account: state.desk.user, managers: store.office.managers)),
        conflict: false))
    return nil
  }

  private func perform(_ effect: Effect) {
    let now = clock()
    switch effect {
    case .openVisit(let visit):
      guard let actor = actingOrRefuse() else { return }
      do {
        let saved = try withStore { () throws(OfficeStore.Failure) -> Case in
          try store.open(on: visit.channel, by: actor, now: now) { id in
            var opening = CaseChange.Opening(
              id: id, kind: visit.kind, subject: visit.subject, body: visit.details,
              contact: visit.contact, receivedAt: now, program: visit.program,
              priority: visit.priority, party: visit.party, channelDetails: visit.channelDetails)
            opening.programDate = visit.programDate
            opening.programPlace = visit.programPlace
            return opening
          }
        }
        send(.visitSaved(saved))
      } catch {
        report(error)
      }
    case .execute(let command, let id, let version):
      guard let actor = actingOrRefuse() else { return }
      execute(command, on: id, version: version, by: actor, now: now)
    case .attachFile(let request, let id, let version):
      guard let actor = actingOrRefuse() else { return }
      // The file is stored first: a record never names content the office does not hold.
      let attachment: Attachment
      do throws(AttachmentStore.Failure) {
        attachment = try AttachmentStore(directory: store.directory).store(
          file: request.path, note: request.note)
      } catch {
        send(.failed(.attachment(.refused(error.reason)), conflict: false))
        return
      }
      execute(.attach(attachment), on: id, version: version, by: actor, now: now)
    case .recordSatisfaction(let id, let score):
      guard let actor = actingOrRefuse() else { return }
      guard let definition = surveys["service"] else {
        send(.failed(.office(.noServiceSurvey), conflict: false))
        return
      }
      do {
        try withStore { () throws(OfficeStore.Failure) in
          try store.recordSurvey(
            .init(
              survey: definition.id, channel: id.channel, caseID: id,
              answers: [definition.primary: .number(score)], assisted: true, receivedAt: now,
              externalID: nil),
            definition: definition, by: actor, now: now)
        }
        send(.satisfactionRecorded(id, score: score))
      } catch {
        report(error)
      }
    case .recordSurvey(let id, let surveyID, let answers, let program):
      guard let actor = actingOrRefuse() else { return }
      guard let definition = surveys[surveyID] else { return }
      do {
        try withStore { () throws(OfficeStore.Failure) in
          var input = IngestRequest.SurveyIngest(
            // Asked with no case: at the desk, so on the visit channel.
            survey: definition.id, channel: id?.channel ?? .visit, caseID: id, answers: answers,
            assisted: true, receivedAt: now, externalID: nil)
          input.program = program
          try store.recordSurvey(input, definition: definition, by: actor, now: now)
        }
        var primary: Int?
        if case .number(let score)? = answers[definition.primary] { primary = score }
        let top = definition.question(definition.primary)?.scale == .nps ? 10 : 5
        send(.surveyRecorded(id, primary: primary, of: top))
      } catch {
        report(error)
      }
    case .editContact(let edits):
      guard let actor = actingOrRefuse() else { return }
      do {
        try withStore { () throws(OfficeStore.Failure) in
          for edit in edits { try store.editContact(edit, by: actor, now: now) }
        }
        send(.contactEdited)
      } catch {
        report(error)
      }
    case .saveDraft(let form):
      // Read-only, the draft is kept where it can be; where it cannot, the banner has
      // already said that nothing is saved, and a second sentence per key would bury it.
      if let problem = drafts.save(form), readOnly == nil {
        send(.draftNotKept(problem))
      }
    case .discardDraft:
      drafts.discard()
    case .saveViews(let list):
      if let problem = views?.save(list) { send(.failed(problem, conflict: false)) }
    case .loadCase(let id):
      if let item = store.caseWithMerged(id) { send(.caseLoaded(item)) }
    case .loadSurveyResponses:
      do {
        try withStore { try store.loadResponses() }
      } catch {
        send(.failed(.office(.readingLogsFailed("\(error)")), conflict: false))
      }
    case .quit:
      break  // `update` has marked the state; the loop ends with it
    }
  }

  /// A failed save goes to the form, which keeps what was typed; the cases were re-read
  /// (a conflict means someone else changed one) by `withStore`.
  private func report(_ error: OfficeStore.Failure) {
    var conflict = false
    if case .storage(.conflict) = error { conflict = true }
    let dates = DateText(timeZoneIdentifier: store.office.timeZone)
    send(.failed(error.phrase(dates: dates, now: clock()), conflict: conflict))
  }
}
