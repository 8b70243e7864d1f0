import Foundation

/// What someone asks to do to a case. `decide` turns a command into events or says why not.
public enum CaseCommand: Sendable, Equatable {
  case open(CaseChange.Opening)
  /// `receivedAt`: when the person sent it, if known (an ingested message); else now.
  case receiveMessage(body: String, channel: Channel, receivedAt: Date? = nil, externalID: String?)
  case triage(CaseChange.Triage)
  case assign(to: String?)
  case note(String)
  /// `send`: the medium the reply goes out by (it is queued in the outbox); nil when it was
  /// given another way (in person, by a call) and is only recorded.
  case reply(channel: Channel, text: String, template: String?, send: OutboundMedium? = nil)
  case wait(reason: String)
  case resume
  case submitPermit(reference: String, date: Date)
  case decidePermit(approved: Bool, reference: String, date: Date)
  case notifyRequester(how: String)
  case resolve(resolution: String)
  case reopen(reason: String)
  case close
  case link(to: CaseID)
  case merge(into: CaseID)
  case recordSurvey(responseID: String, primary: Int?, recommend: Int?)
  /// Someone takes the open follow-up of a low score, to be done by `due`.
  case takeFollowUp(owner: String, due: Date?)
  /// The open follow-up is done; the note says what came of it.
  case completeFollowUp(note: String)
  /// A file already stored by its hash is recorded on the case.
  case attach(Attachment)
  /// A message the office sends of itself (a decision notice, a survey invitation) goes
  /// into the outbox; the case numbers it.
  case queueMessage(OutboundDraft)
  /// A bridge's receipt for one of the case's messages.
  case reportDelivery(DeliveryReceipt)
  /// A survey invitation's one-digit answer was recorded as `response`.
  case answerInvitation(message: String, response: String)
}

/// Why a command was refused, as one sentence for the user.
public enum CaseRejection: Error, Sendable, Equatable {
  case noSuchCase
  case alreadyExists(CaseID)
  case required(String)
  case closed
  case merged(into: CaseID)
  case notInStatus(CaseStatus, action: String)
  case notAPermit
  case permitStep(PermitStep, action: String)
  case nothingChanged
  case selfReference
  case noFollowUp
  case followUpDone
  /// The actor's role may not give this command; `allowed` may.
  case notAllowed(role: StaffMember.Role, allowed: [StaffMember.Role])
  /// A role that resolves only its own cases of the day was asked to resolve another.
  case onlyOwnCasesToday(role: StaffMember.Role, allowed: [StaffMember.Role])
  /// A decided permit asked to be resolved before the requester was told of the decision.
  case requesterNotTold(decision: PermitStep)
  /// The person cannot be reached by this medium: nothing is known to send it to.
  case unreachable(OutboundMedium)
  /// A receipt or an answer names a message the case never queued.
  case unknownMessage(String)

  public var message: String {
    switch self {
    case .noSuchCase: "There is no such case."
    case .alreadyExists(let id): "\(id) already exists."
    case .required(let what): "\(what) is required."
    case .closed: "The case is closed; reopen it first."
    case .merged(let into): "The case was merged into \(into); work on that case."
    case .notInStatus(let status, let action):
      "A case that is \(status.rawValue) cannot be \(action)."
    case .notAPermit: "Only a permit request has permit steps."
    case .permitStep(let step, let action):
      "The permit is at step \(step.rawValue); it cannot be \(action) now."
    case .nothingChanged: "Nothing would change."
    case .selfReference: "A case cannot point to itself."
    case .noFollowUp: "No low survey score asks for a follow-up on this case."
    case .followUpDone: "The follow-up is already done."
    case .notAllowed(let role, let allowed):
      "The \(role.rawValue) role may not do this; \(StaffMember.Role.named(allowed)) may."
    case .onlyOwnCasesToday(let role, let allowed):
      "The \(role.rawValue) role resolves only cases it opened itself today; \(StaffMember.Role.named(allowed)) may resolve this one."
    case .requesterNotTold(let decision):
      "The permit was \(decision.rawValue) but the requester has not been told; record that they were told (step notified) before resolving."
    case .unreachable(let medium):
      "The contact has no \(medium.addressName) to send this by \(medium.rawValue); choose another way, or record it as given in person or by a call."
    case .unknownMessage(let id): "The case has no outbound message \(id)."
    }
  }
}

extension OutboundMedium {
  /// What the medium needs of a contact, for refusals.
  public var addressName: String {
    switch self {
    case .sms, .whatsapp: "phone number"
    case .email: "e-mail address"
    case .directMessage: "social-media handle"
    case .letter: "name"
    }
  }
}
