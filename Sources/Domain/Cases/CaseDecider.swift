import Foundation

/// The rules of a case, in the Decider style: `decide` checks a command against the case as
/// it stands and returns the events it causes (or why it is refused); `evolve` folds one
/// event into the case. Both are pure: time and the actor are passed in. The actor's role is
/// checked first, so a role that may not give a command learns so before anything else.
public enum CaseDecider {
  public static func decide(
    _ command: CaseCommand, _ state: Case?, at now: Date, by acting: Acting
  ) throws(CaseRejection) -> [CaseEvent] {
    func event(_ change: CaseChange) -> [CaseEvent] {
      [CaseEvent(at: now, actor: acting.account, change: change)]
    }
    try checkRole(command, state, at: now, by: acting)

    if case .open(let opening) = command {
      if let state { throw .alreadyExists(state.id) }
      guard !opening.subject.trimmed.isEmpty else { throw .required("A subject") }
      return event(.opened(opening))
    }
    guard let state else { throw .noSuchCase }
    // What becomes of a message already sent is recorded whatever the case became since.
    switch command {
    case .reportDelivery(let receipt):
      return try deliveryEvents(receipt, state, at: now, by: acting)
    case .answerInvitation(let message, let response):
      guard let sent = state.outbound.first(where: { $0.message.id == message }),
        sent.message.kind == .surveyInvitation
      else { throw .unknownMessage(message) }
      guard sent.answeredBy == nil else { throw .nothingChanged }
      return event(.invitationAnswered(message: message, response: response))
    default: break
    }
    if let into = state.mergedInto { throw .merged(into: into) }
    // A follow-up is work on the person, not on the case: closing the case does not call
    // them back, so it is taken and done whatever the case's status.
    switch command {
    case .takeFollowUp(let owner, let due):
      guard let followUp = state.followUp else { throw .noFollowUp }
      guard followUp.isOpen else { throw .followUpDone }
      guard !owner.trimmed.isEmpty else { throw .required("An owner") }
      guard owner != followUp.owner || due != followUp.due else { throw .nothingChanged }
      return event(.followUpTaken(owner: owner, due: due))
    case .completeFollowUp(let note):
      guard let followUp = state.followUp else { throw .noFollowUp }
      guard followUp.isOpen else { throw .followUpDone }
      guard !note.trimmed.isEmpty else { throw .required("A note") }
      return event(.followUpDone(note: note))
    // The person's opinion of a case is theirs to give after it closed, as an invitation
    // sent at resolution is often answered after.
    case .recordSurvey(let responseID, let primary, let recommend):
      return event(.surveyRecorded(responseID: responseID, primary: primary, recommend: recommend))
    // So is the 0–10 question that follows an answer.
    case .queueMessage(let draft) where draft.kind == .surveyInvitation:
      guard !draft.text.trimmed.isEmpty else { throw .required("The message") }
      return event(.messageQueued(try message(draft, on: state)))
    default: break
    }
    if state.status == .closed {
      guard case .reopen(let reason) = command else { throw .closed }
      return event(.reopened(reason: reason))
    }

    switch command {
    case .open:
      throw .alreadyExists(state.id)
    case .receiveMessage(let body, let channel, let receivedAt, let externalID):
      guard !body.trimmed.isEmpty else { throw .required("The message") }
      // A message on a resolved case brings it back: the person is still waiting for us.
      var events = state.status == .resolved ? event(.reopened(reason: "new message")) : []
      events += event(
        .messageReceived(
          body: body, channel: channel, receivedAt: receivedAt, externalID: externalID))
      return events
    case .triage(let asked):
      // The event keeps only what changes, so the timeline says what triage did. An empty
      // department or program takes the one the case had away.
      func changed<Value: Equatable>(_ value: Value?, _ current: Value?) -> Value? {
        guard let value, value != current else { return nil }
        return value
      }
      func cleared(_ value: String?, _ current: String?) -> String? {
        guard let value else { return nil }
        return value.isEmpty ? (current == nil ? nil : "") : changed(value, current)
      }
      let triage = CaseChange.Triage(
        kind: changed(asked.kind, state.kind), priority: changed(asked.priority, state.priority),
        tags: changed(asked.tags, state.tags),
        department: cleared(asked.department, state.department),
        program: cleared(asked.program, state.program), party: changed(asked.party, state.party))
      guard triage != CaseChange.Triage() else { throw .nothingChanged }
      // A permit already with the authority stays a permit.
      if triage.kind != nil, let step = state.permit?.step, step != .received {
        throw .permitStep(step, action: "reclassified")
      }
      return event(.triaged(triage))
    case .assign(let assignee):
      guard assignee != state.assignee else { throw .nothingChanged }
      return event(.assigned(to: assignee))
    case .note(let text):
      guard !text.trimmed.isEmpty else { throw .required("The note") }
      return event(.noted(text: text))
    case .reply(let channel, let text, let template, let medium):
      guard !text.trimmed.isEmpty else { throw .required("The reply") }
      var events = event(.replied(channel: channel, text: text, template: template))
      if let medium {
        let draft = OutboundDraft(
          kind: .reply, medium: medium, text: text,
          language: Language.of(text) ?? state.language ?? .arabic)
        events += event(.messageQueued(try message(draft, on: state)))
      }
      return events
    case .queueMessage(let draft):
      guard !draft.text.trimmed.isEmpty else { throw .required("The message") }
      return event(.messageQueued(try message(draft, on: state)))
    case .wait(let reason):
      guard state.status == .new || state.status == .open else {
        throw .notInStatus(state.status, action: "put on hold")
      }
      return event(.waitingStarted(reason: reason))
    case .resume:
      guard state.status == .waiting else { throw .notInStatus(state.status, action: "resumed") }
      return event(.resumed)
    case .submitPermit(let reference, let date):
      guard let permit = state.permit else { throw .notAPermit }
      guard permit.step == .received else { throw .permitStep(permit.step, action: "submitted") }
      guard !reference.trimmed.isEmpty else { throw .required("The authority's reference") }
      return event(.permitSubmitted(reference: reference, date: date))
    case .decidePermit(let approved, let reference, let date):
      guard let permit = state.permit else { throw .notAPermit }
      guard permit.step == .submitted else { throw .permitStep(permit.step, action: "decided") }
      return event(.permitDecided(approved: approved, reference: reference, date: date))
    case .notifyRequester(let how):
      guard let permit = state.permit else { throw .notAPermit }
      guard permit.step == .approved || permit.step == .rejected else {
        throw .permitStep(permit.step, action: "notified")
      }
      guard !how.trimmed.isEmpty else { throw .required("How the requester was told") }
      return event(.requesterNotified(how: how))
    case .resolve(let resolution):
      guard state.status != .resolved else { throw .notInStatus(state.status, action: "resolved") }
      // What the case allows is checked before what the command carries (`refusal(of:on:)`).
      if let permit = state.permit, permit.step == .submitted {
        throw .permitStep(permit.step, action: "resolved before the authority decides")
      }
      // A decided permit is the office's to tell: resolved first, it would drop out of sight
      // with the requester never told, its office time still counting.
      if let permit = state.permit, permit.step == .approved || permit.step == .rejected {
        throw .requesterNotTold(decision: permit.step)
      }
      guard !resolution.trimmed.isEmpty else { throw .required("A written resolution") }
      return event(.resolved(resolution: resolution))
    case .reopen(let reason):
      guard state.status == .resolved else { throw .notInStatus(state.status, action: "reopened") }
      return event(.reopened(reason: reason))
    case .close:
      guard state.status == .resolved else {
        throw .notInStatus(state.status, action: "closed before it is resolved")
      }
      return event(.closed)
    case .link(let other):
      guard other != state.id else { throw .selfReference }
      guard !state.links.contains(other) else { throw .nothingChanged }
      return event(.linked(to: other))
    case .merge(let survivor):
      guard survivor != state.id else { throw .selfReference }
      // A merge closes the case: a permit with the authority, or decided and not yet told,
      // may no more be closed this way than resolved.
      if let permit = state.permit, permit.step == .submitted {
        throw .permitStep(permit.step, action: "merged before the authority decides")
      }
      if let permit = state.permit, permit.step == .approved || permit.step == .rejected {
        throw .requesterNotTold(decision: permit.step)
      }
      return event(.merged(into: survivor))
    case .attach(let attachment):
      guard !attachment.name.trimmed.isEmpty else { throw .required("The file's name") }
      guard Attachment.isHash(attachment.sha256) else { throw .required("The file's SHA-256") }
      // The same content twice on one case says nothing new.
      guard !state.attachments.contains(where: { $0.file.sha256 == attachment.sha256 }) else {
        throw .nothingChanged
      }
      return event(.attached(attachment))
    case .takeFollowUp, .completeFollowUp, .recordSurvey, .reportDelivery, .answerInvitation:
      // Decided above, before the case's status is looked at.
      throw .nothingChanged
    }
  }

  /// Folds one event into the case. An event that does not fit (it cannot happen through
  /// `decide`) leaves the case as it was, apart from its history and version.
  public static func evolve(_ state: Case?, _ event: CaseEvent) -> Case? {
    evolve(state, event, keepingHistory: true)
  }

  /// `evolve`, optionally without keeping the event in `history`: the desk folds every case
  /// of the office this way and reads one case's timeline from the log when it is shown.
  public static func evolve(_ state: Case?, _ event: CaseEvent, keepingHistory: Bool) -> Case? {
    if case .opened(let opening) = event.change {
      guard state == nil else { return state }
      var created = Case(
        id: opening.id, kind: opening.kind, status: .new, priority: opening.priority,
        subject: opening.subject,
        body: opening.body, contact: opening.contact, program: opening.program,
        externalID: opening.externalID,
        receivedAt: opening.receivedAt)
      created.department = opening.department
      created.party =
        opening.party ?? ContactRole.presumed(channel: opening.id.channel, kind: opening.kind)
      created.channelDetails = opening.channelDetails
      created.language = opening.language
      created.openedBy = event.actor
      created.openedAt = event.at
      if opening.kind == .permit {
        created.permit = PermitProgress()
        created.permit?.programDate = opening.programDate
        created.permit?.programPlace = opening.programPlace
      }
      if keepingHistory { created.history = [event] }
      created.version = 1
      return created
    }
    guard var next = state else { return nil }
    if keepingHistory { next.history.append(event) }
    next.version += 1
    switch event.change {
    case .opened:
      break
    case .messageReceived:
      if next.status == .waiting { next.setStatus(.open, at: event.at) }
    case .triaged(let triage):
      if let kind = triage.kind {
        next.kind = kind
        if kind == .permit && next.permit == nil { next.permit = PermitProgress() }
        if kind != .permit && next.permit?.step == .received { next.permit = nil }
      }
      next.priority = triage.priority ?? next.priority
      next.tags = triage.tags ?? next.tags
      if let department = triage.department {
        next.department = department.isEmpty ? nil : department
      }
      if let program = triage.program { next.program = program.isEmpty ? nil : program }
      next.party = triage.party ?? next.party
      if next.status == .new { next.setStatus(.open, at: event.at) }
    case .assigned(let assignee):
      next.assignee = assignee
      if next.status == .new { next.setStatus(.open, at: event.at) }
    case .noted:
      if next.status == .new { next.setStatus(.open, at: event.at) }
    case .replied(_, let text, _):
      next.failedDelivery = nil
      next.firstResponseAt = next.firstResponseAt ?? event.at
      // Logs written before follow-ups were work close them with a reply or a resolution.
      next.finishFollowUp(at: event.at, by: event.actor, note: text)
      if next.status == .new { next.setStatus(.open, at: event.at) }
    case .waitingStarted:
      next.firstResponseAt = next.firstResponseAt ?? event.at
      next.setStatus(.waiting, at: event.at)
    case .resumed:
      next.setStatus(.open, at: event.at)
    case .permitSubmitted(let reference, let date):
      next.permit?.step = .submitted
      next.permit?.authorityReference = reference
      next.permit?.submittedOn = date
      next.firstResponseAt = next.firstResponseAt ?? event.at
      next.setStatus(.authority, at: event.at)
    case .permitDecided(let approved, let reference, let date):
      next.permit?.step = approved ? .approved : .rejected
      next.permit?.decisionReference = reference
      next.permit?.decidedOn = date
      next.permit?.decisionRecordedAt = event.at
      // The decision is back with the office: the requester must be told.
      next.setStatus(.open, at: event.at)
    case .requesterNotified(let how):
      next.failedDelivery = nil
      next.permit?.step = .notified
      next.permit?.notifiedAt = event.at
      next.permit?.notifiedHow = how
    case .resolved(let resolution):
      next.resolution = resolution
      next.resolvedAt = event.at
      next.firstResponseAt = next.firstResponseAt ?? event.at
      next.finishFollowUp(at: event.at, by: event.actor, note: resolution)
      next.setStatus(.resolved, at: event.at)
    case .reopened:
      next.resolvedAt = nil
      next.setStatus(.open, at: event.at)
    case .closed:
      next.setStatus(.closed, at: event.at)
    case .linked(let other):
      if !next.links.contains(other) { next.links.append(other) }
    case .merged(let survivor):
      next.mergedInto = survivor
      next.setStatus(.closed, at: event.at)
    case .surveyRecorded(let responseID, let primary, let recommend):
      // A low score turns into follow-up work on the case: in the relations policy a low
      // score is work, not a figure. Another low score while one is open keeps its owner.
      guard FollowUp.isLow(primary: primary, recommend: recommend) else { break }
      if var open = next.followUp, open.isOpen {
        open.responseID = responseID
        open.primary = primary
        open.recommend = recommend
        open.scoredAt = event.at
        next.followUp = open
      } else {
        next.followUp = FollowUp(
          responseID: responseID, primary: primary, recommend: recommend, scoredAt: event.at)
      }
    case .followUpTaken(let owner, let due):
      guard next.followUp?.isOpen == true else { break }
      next.followUp?.owner = owner
      next.followUp?.due = due
    case .followUpDone(let note):
      next.finishFollowUp(at: event.at, by: event.actor, note: note)
    case .attached(let attachment):
      if !next.attachments.contains(where: { $0.file.sha256 == attachment.sha256 }) {
        next.attachments.append(AttachedFile(file: attachment, at: event.at, by: event.actor))
      }
      if next.status == .new { next.setStatus(.open, at: event.at) }
    case .messageQueued, .deliveryReported, .invitationAnswered:
      next.evolveOutbound(event)
    }
    return next
  }

  /// Folds a case's events from the start.
  public static func fold(_ events: [CaseEvent]) -> Case? {
    events.reduce(nil, evolve)
  }
}

extension Case {
  /// Marks an open follow-up done; a done one keeps who did it first.
  fileprivate mutating func finishFollowUp(at time: Date, by actor: String, note: String) {
    guard followUp?.isOpen == true else { return }
    followUp?.done = FollowUp.Completion(at: time, by: actor, note: note)
  }

  /// Changes the status, keeping the record of when the office's clock stood still.
  fileprivate mutating func setStatus(_ newStatus: CaseStatus, at time: Date) {
    if status.pausesClock, !newStatus.pausesClock, let since = pausedSince {
      pauses.append(DateInterval(start: since, end: max(since, time)))
      pausedSince = nil
    }
    if !status.pausesClock, newStatus.pausesClock {
      pausedSince = time
    }
    status = newStatus
  }
}

extension String {
  fileprivate var trimmed: String {
    var text = Substring(self)
    while let first = text.first, first.isWhitespace { text.removeFirst() }
    while let last = text.last, last.isWhitespace { text.removeLast() }
    return String(text)
  }
}
