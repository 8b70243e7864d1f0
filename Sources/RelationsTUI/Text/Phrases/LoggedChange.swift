/// What a record of a case's log did, named by its `type` (CONTRACTS.md, "What the records
/// hold"): how a conflict says in words what a colleague changed, never `case.resumed`.
enum LoggedChange: String, Equatable, Sendable, CaseIterable {
  case opened = "case.opened"
  case message = "case.message"
  case triaged = "case.triaged"
  case assigned = "case.assigned"
  case noted = "case.noted"
  case replied = "case.replied"
  case waiting = "case.waiting"
  case resumed = "case.resumed"
  case resolved = "case.resolved"
  case reopened = "case.reopened"
  case closed = "case.closed"
  case linked = "case.linked"
  case merged = "case.merged"
  case permitSubmitted = "permit.submitted"
  case permitDecided = "permit.decided"
  case permitNotified = "permit.notified"
  case surveyRecorded = "survey.recorded"
  case attached = "case.attached"
}
