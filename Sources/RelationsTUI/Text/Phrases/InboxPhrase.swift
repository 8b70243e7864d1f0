import Domain

/// The inbox screen: the list, the case detail, the prompts and notices about the selected case.
enum InboxPhrase: Equatable, Sendable {
  /// A column of the list, by its heading.
  enum Column: Equatable, Sendable, CaseIterable {
    case id, channel, kind, subject, contact, assignee, status, age
  }

  /// Another case the same person brought, as the detail lists it: its status when the
  /// desk holds the case.
  struct OtherCase: Equatable, Sendable {
    var id: CaseID
    var status: CaseStatus?
  }

  /// What a command saved did, in the past tense, for the notice after the save.
  enum Done: Equatable, Sendable {
    /// Assigned to the staff member named (nil: unassigned).
    case assigned(String?)
    /// The priority set (nil: the triage set none).
    case priority(Priority?)
    case noteAdded, replyRecorded, waiting, resumed, resolved, reopened, closed
    case permitSubmitted
    case permitDecided(approved: Bool)
    case requesterNotified
    /// A low score's follow-up taken by the staff member named, or done.
    case followUpTaken(String)
    case followUpDone
    /// Any other command.
    case saved
  }

  // MARK: The list

  case column(Column)
  /// The view shows no case.
  case noCasesInView
  /// The search finds no case.
  case noCaseMatches(String)
  /// A view's name: `All open`, `Mine`…
  case view(InboxQuery.View)
  /// The tabs row: the view and how many cases it shows, `View: All open (6)`.
  case viewShowing(InboxQuery.View, count: Int)
  /// The tabs row: the search, typed or kept.
  case search(String)
  /// The notice after `v`: the view now shown and how many cases it has.
  case viewChanged(InboxQuery.View, cases: Int)
  /// The notice after `#` or a jump from another screen to a case the view or its filters
  /// leave out: it is pinned at the top of the list, the view kept.
  case outsideView(CaseID, InboxQuery.View)

  // MARK: The case detail

  case noCaseSelected
  /// Who wrote: the contact's details, side by side (nil: none known).
  case from(String?)
  /// The person's other cases, the last few; `more` when there are others before them.
  case otherCases([OtherCase], more: Bool)
  /// The case's channel and who has it (nil: nobody).
  case channelAndAssignee(Channel, assignee: String?)
  /// The case's program, by name.
  case program(String)
  /// Triage's department and tags, shown in the detail.
  case department(String)
  case tags([String])
  /// A duplicate closed into another case; cases linked with this one either way; the
  /// duplicates merged into this one.
  case mergedInto(CaseID)
  case linkedWith([CaseID])
  case mergedHere([CaseID])
  /// When the case came in: the dates and the time, as `DateText` writes them.
  case received(String)
  /// The permit's step and what is known of it: the authority's reference, the dates (as
  /// typed, `2026-11-25`), the decision's reference, how the requester was told.
  case permit(
    PermitStep, reference: String?, submittedOn: String?, decision: String?, decidedOn: String?,
    toldBy: String?)
  /// The SLA clock of a case that asks nothing more.
  case slaNothingDue
  /// The SLA clock of a case whose kind has no target.
  case slaNoTarget
  /// The SLA clock stands still while the case is in `status`.
  case slaPaused(CaseDeadline.Target, CaseStatus)
  /// The target is past due: by how long (a short span, `12d`) and when it was due.
  case slaOverdue(CaseDeadline.Target, by: String, due: String)
  /// The target is due: when, and in how long (a short span).
  case slaDue(CaseDeadline.Target, due: String, in: String)
  /// How the case was resolved.
  case resolution(String)
  /// The timeline's heading while the case's events are read.
  case timelineReading(events: Int)
  /// The timeline's heading.
  case timeline(events: Int)
  /// An event of the timeline, as the detail lists it.
  case change(CaseChange)

  // MARK: Notices and refusals

  /// A command asked with no case selected.
  case selectCaseFirst
  /// `S` asked on the inbox with no case selected.
  case selectCaseOrSurveysScreen
  /// `S` asked in an office with no survey.
  case noSurveyToAsk
  /// The notice after a command was saved on a case: `V-000123: note added.`
  case done(CaseID, Done)
  /// A permit request's program in the detail: its day (with how far off it is) and place.
  case permitProgram(date: String?, place: String?)
}
