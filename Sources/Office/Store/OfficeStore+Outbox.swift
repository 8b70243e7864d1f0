import Domain
import Foundation

extension OfficeStore {
  /// A message waiting for a bridge, with its case.
  public struct PendingMessage: Sendable, Equatable {
    public var caseID: CaseID
    public var state: OutboundState
  }

  /// The outbox: every message no bridge has reported on yet, oldest first. A message of a
  /// merged case is withheld; so is a survey invitation whose case was reopened, or that
  /// could no longer be answered (`SurveyInvitations.stillToSend`).
  public func outbox(now: Date = Date()) -> [PendingMessage] {
    pendingMessageIDs.compactMap { id, caseID in
      guard let item = cases[caseID],
        let state = item.outbound.first(where: { $0.message.id == id }),
        OutboxPending.holds(state, of: item, now: now, days: office.surveyInvitations?.days ?? 7)
      else { return nil }
      return PendingMessage(caseID: caseID, state: state)
    }.sorted { ($0.state.queuedAt, $0.state.message.id) < ($1.state.queuedAt, $1.state.message.id) }
  }

  /// The survey invitation an answer from `contact` at `time` answers, if one waits for it
  /// (sent to one of their addresses no more than the office's days before); nil when the
  /// office does not invite.
  public func awaitingInvitation(from contact: ContactDetails, at time: Date) -> (
    caseID: CaseID, message: OutboundMessage
  )? {
    guard let settings = office.surveyInvitations else { return nil }
    var candidates: [(Case, OutboundState)] = []
    for key in SurveyInvitations.keys(of: contact) {
      for (message, caseID) in invitationsByAddress[key] ?? [] {
        guard let item = cases[caseID],
          let state = item.outbound.first(where: { $0.message.id == message }),
          !candidates.contains(where: { $0.1.message.id == message })
        else { continue }
        candidates.append((item, state))
      }
    }
    return SurveyInvitations.awaiting(among: candidates, at: time, days: settings.days).map {
      ($0.0.id, $0.1.message)
    }
  }
}
