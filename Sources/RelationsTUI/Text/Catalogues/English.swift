import Domain
import JSONStore
import Office

/// The interface in English.
struct English: Catalogue {
  func plural(_ count: Int) -> PluralCategory { .english(count) }

  func digits(_ text: String) -> String { text }

  func words(_ text: LocalizedText) -> String { text.text(in: .english) }

  // MARK: Forms

  func words(_ phrase: FormPhrase) -> String {
    switch phrase {
    case .newVisit: "New in-person visit"
    case .action(let action, let id): "\(id) · " + title(action, id)
    case .onSpot(let id): "\(id) · Answered on the spot"
    case .satisfaction(let id): "\(id) · How satisfied is the visitor? (ask them)"
    case .survey(let id, let title):
      (id.map { "\($0) · " } ?? "No case · ") + words(title) + " (asked by you)"
    case .mergeInto(let title): "\(title) · merge into"
    case .keepInTouch(let title): "\(title) · thanked or informed"
    case .phone: "Phone"
    case .name: "Name"
    case .kind: "Kind"
    case .subject: "Subject"
    case .details: "Details"
    case .program: "Program"
    case .priority: "Priority"
    case .assignTo: "Assign to"
    case .status: "Status"
    case .reason: "Reason"
    case .note: "Note"
    case .template: "Template"
    case .reply: "Reply"
    case .resolution: "Resolution"
    case .why: "Why"
    case .reference: "Reference"
    case .date: "Date (YYYY-MM-DD)"
    case .decision: "Decision"
    case .how: "How"
    case .detail: "Detail"
    case .score: "Score"
    case .addPhone: "Add phone"
    case .addEmail: "Add e-mail"
    case .sameAs: "Same as"
    case .department: "Department"
    case .tags: "Tags (commas between)"
    case .duplicateOf: "It repeats case"
    case .relatedCase: "Related case"
    case .touchKind: "What was done"
    case .touch(let kind):
      switch kind {
      case .thanked: "thanked"
      case .informed: "informed of what their help did"
      }
    case .nobody: "nobody (unassigned)"
    case .noTemplate: "no template"
    case .noProgram: "none"
    case .noDepartment: "none"
    case .statusChoice(let choice):
      switch choice {
      case .waiting: "waiting on the beneficiary"
      case .resume: "resume (open)"
      case .close: words(VocabularyPhrase.status(.closed))
      }
    case .notification(let means):
      switch means {
      case .phoneCall: "phone call"
      case .sms: "SMS"
      case .inPerson: "in person"
      case .letter: "letter"
      case .email: "e-mail"
      }
    case .satisfactionScore(let score):
      switch score {
      case .verySatisfied: "5 very satisfied"
      case .satisfied: "4 satisfied"
      case .neutral: "3 neutral"
      case .dissatisfied: "2 dissatisfied"
      case .veryDissatisfied: "1 very dissatisfied"
      }
    case .unanswered: "—"
    case .yes: "yes"
    case .no: "no"
    case .phoneProblem(let problem):
      switch problem {
      case .empty: "Type a phone number."
      case .invalidCharacter(let character):
        "\"\(character)\" does not belong in a phone number; use digits, spaces, dashes and a leading +."
      case .wrongLength(let digits):
        "A phone number has 8 to 15 digits with its country code; this has \(digits)."
      case .notASaudiNumber:
        "A Saudi number has 9 digits after 966 (mobiles start with 5, e.g. 05XXXXXXXX)."
      }
    case .chooseKind: "Choose a kind with ← →."
    case .choosePriority: "Choose a priority with ← →."
    case .chooseStatus: "Choose waiting, resume or close with ← →; nothing else can be saved."
    case .chooseDecision: "Choose approved or rejected with ← →."
    case .chooseRecord: "Choose the record with ← →."
    case .typeSubject: "Type a subject: a few words on what the visitor asks."
    case .sayWhatItWaitsFor: "Say what the case waits for, e.g. a copy of the ID."
    case .typeNote: "Type the note."
    case .typeReply: "Type the reply."
    case .writeResolution: "Write the resolution: what was done or answered."
    case .sayWhyReopened: "Say why the case is reopened."
    case .typeReference: "Type the authority's reference number."
    case .writeDate: "Write the date as YYYY-MM-DD, e.g. 2026-11-25."
    case .writeAnswerGiven: "Write the answer given, in a line."
    case .emailNeedsAt: "An e-mail address has an @."
    case .chooseCase: "Choose the case: type its id, the person's name or words of its subject."
    case .sayWhatWasSaid: "Write what was said or sent; it is kept on the person's record."
    case .noOtherCase: "There is no other case to point to yet."
    case .nothingAnswered: "Nothing is answered yet: ← → choose an answer, Esc leaves."
    case .tooLong(let field, let limit):
      "\(words(field)) takes at most \(words(CountPhrase.characters(limit)));"
        + " what went past that was not added."
    case .overLimit(let field, let count, let limit):
      "\(words(field)) holds \(words(CountPhrase.characters(count))), more than its \(limit);"
        + " all is kept, delete some to type more."
    case .permitWithAuthority: "The permit is with the authority; record its decision with P."
    case .noStatusToChange(let status):
      "A \(status.rawValue) case has no status to change to; x resolves, o reopens."
    case .notAPermit(let id): "\(id) is not a permit request; P works on permit requests only."
    case .requesterAlreadyNotified: "The requester was already notified; resolve the case with x."
    case .alreadyInStatus(let id, let status): "\(id) is already \(status.rawValue)."
    case .onlyResolvedReopen(let id, let status):
      "Only a resolved or closed case can be reopened; \(id) is \(status.rawValue)."
    case .alreadyDoneReopenWith(let id, let status, let key):
      "\(id) is already \(status.rawValue); \(key) reopens it."
    case .isDoneReopenWith(let id, let status, let key):
      "\(id) is \(status.rawValue); \(key) reopens it first."
    case .keys: "Tab next · Shift-Tab back · ←/→ choose · Ctrl-S save · Esc cancel"
    case .lineKeysAlone: "Enter or Ctrl-S saves · Esc cancel"
    case .linesKeysAlone: "Enter new line · Ctrl-S saves · Esc cancel"
    case .goToKeys: "Enter goes to the case · Esc cancel"
    case .confirmDiscard:
      "Discard what was typed? y discards · any other key goes back to the form"
    case .recognisedByPhone: "A returning person is recognised by their phone number."
    case .noName: "(no name)"
    case .known(let name, let count): "Known: \(name) · \(words(CountPhrase.earlierCases(count)))"
    case .knownNewest(let name, let count, let shown):
      "Known: \(name) · \(words(CountPhrase.earlierCases(count))); the newest \(shown):"
    case .programDate: "Program date"
    case .programPlace: "Program place"
    case .programDateProblem: "Write the program's date as 2026-12-10, or leave it empty."
    case .programEvaluated: "Program evaluated"
    case .chooseProgramEvaluated: "Choose the program evaluated (← →); no case says which."
    }
  }

  private func title(_ action: CaseAction, _ id: CaseID) -> String {
    switch action {
    case .assign: "Assign"
    case .priority: "Priority"
    case .status: "Status"
    case .note: "Internal note"
    case .reply: "Reply to the person (\(words(VocabularyPhrase.channel(id.channel))))"
    case .resolve: "Resolve"
    case .reopen: "Reopen"
    case .submitPermit: "Permit submitted to the authority"
    case .decidePermit: "The authority's decision"
    case .notifyRequester: "Requester notified of the decision"
    case .takeFollowUp: words(SurveysPhrase.takeTitle(id))
    case .completeFollowUp: words(SurveysPhrase.completeTitle(id))
    case .triage: "Triage: kind, program, department, party, tags"
    case .merge: "Merge a duplicate (this case is closed into the other)"
    case .link: "Link a related case"
    }
  }

  // MARK: Form controls

  func words(_ phrase: FieldPhrase) -> String {
    func scale(_ range: ClosedRange<Int>) -> String { "\(range.lowerBound)–\(range.upperBound)" }
    func change(_ change: LoggedChange?) -> String {
      switch change {
      case .opened?: "opened"
      case .message?: "added a message to"
      case .triaged?: "reclassified"
      case .assigned?: "reassigned"
      case .noted?: "added a note to"
      case .replied?: "recorded a reply on"
      case .waiting?: "set waiting"
      case .resumed?: "resumed"
      case .resolved?: "resolved"
      case .reopened?: "reopened"
      case .closed?: "closed"
      case .linked?: "linked"
      case .merged?: "merged"
      case .permitSubmitted?: "recorded the permit submitted for"
      case .permitDecided?: "recorded the authority's decision on"
      case .permitNotified?: "recorded the requester told of"
      case .surveyRecorded?: "recorded a survey on"
      case .attached?: "attached a file to"
      case nil: "changed"
      }
    }
    return switch phrase {
    case .scoreKeys(let range):
      "\(scale(range)) choose · ←/→ step · Enter or Ctrl-S confirm · Tab next · Esc cancel"
    case .typeScore(let range): "— type \(scale(range))"
    case .chooseScore(let range):
      "Type a score from \(range.lowerBound) to \(range.upperBound) (or step with ←/→), then Enter."
    case .satisfactionWord(let score):
      switch score {
      case .verySatisfied: "very satisfied"
      case .satisfied: "satisfied"
      case .neutral: "neutral"
      case .dissatisfied: "dissatisfied"
      case .veryDissatisfied: "very dissatisfied"
      }
    case .scoreReadBack(let score, let top):
      "\(score) of \(top)"
        + (top == 5
          ? SatisfactionForm.Score(rawValue: score).map {
            ", " + words(FieldPhrase.satisfactionWord($0))
          } ?? "" : "")
    case .choiceKeys:
      "Enter or typing lists the choices · ←/→ choose · Tab next · Ctrl-S save · Esc cancel"
    case .pickerKeys:
      "Enter or typing lists the choices, Enter picks · ←/→ choose, Ctrl-S saves · Esc cancel"
    case .scoreKeysAlone(let range):
      "\(scale(range)) choose · ←/→ step · Enter or Ctrl-S confirm · Esc cancel"
    case .listKeys: "type to filter · ↑/↓ move · Enter pick · Esc close the list"
    case .listFilter(let typed, let matches, let all):
      // "1 of 6" read as "the first of six": the count says what it counts.
      "Find: \(typed)   \(matches) \(matches == 1 ? "match" : "matches") of \(all)"
    case .noMatch: "Nothing matches; Backspace changes what is typed."
    case .fillPlaceholder(let placeholder):
      "Fill \(placeholder) before saving: the case does not know it yet, so type it in its place."
    case .templateFits(let kinds, let steps):
      "This template is written for "
        + [
          kinds.isEmpty
            ? ""
            : kinds.map { words(VocabularyPhrase.kind($0)) }.joined(separator: " or ") + " cases",
          steps.isEmpty
            ? ""
            : "permits at "
              + steps.map { words(VocabularyPhrase.permitStep($0)) }.joined(separator: " or "),
        ].filter { !$0.isEmpty }.joined(separator: ", ") + ": check it fits before saving."
    case .changedMeanwhile(let stream, let who, let what, let when):
      "\(who ?? "Someone") \(change(what)) \(stream)"
        + (when.map { " at " + words($0) } ?? "") + " while you were working on it."
    }
  }

  // MARK: Vocabulary

  // MARK: The inbox

  func words(_ phrase: InboxPhrase) -> String {
    /// The SLA target that matters next.
    func targetWords(_ target: CaseDeadline.Target) -> String {
      switch target {
      case .firstResponse: "first response"
      case .submitToAuthority: "submission to the authority"
      case .notifyRequester: "telling the requester"
      case .resolution: "resolution"
      }
    }

    /// An event of a case's timeline.
    func changeWords(_ change: CaseChange) -> String {
      switch change {
      case .opened(let opening):
        "opened (\(words(VocabularyPhrase.kind(opening.kind))), "
          + "\(words(VocabularyPhrase.channel(opening.id.channel))))"
      case .messageReceived(_, let channel, _, _):
        "message received (\(words(VocabularyPhrase.channel(channel))))"
      case .triaged(let triage):
        "reclassified"
          + [
            triage.kind.map { " kind " + words(VocabularyPhrase.kind($0)) },
            triage.priority.map { " priority " + words(VocabularyPhrase.priority($0)) },
            triage.program.map { " program " + $0 },
            triage.department.map { " department " + $0 },
          ].compactMap { $0 }.joined(separator: ",")
      case .assigned(let account): account.map { "assigned to " + $0 } ?? "unassigned"
      case .noted: "internal note"
      case .replied(let channel, _, let template):
        "replied (\(words(VocabularyPhrase.channel(channel)))"
          + (template.map { ", template " + $0 } ?? "") + ")"
      case .waitingStarted: "waiting on the beneficiary"
      case .resumed: "resumed"
      case .permitSubmitted(let reference, _): "permit submitted, ref " + reference
      case .permitDecided(let approved, let reference, _):
        (approved ? "permit approved" : "permit rejected") + ", ref " + reference
      case .requesterNotified(let how): "requester notified by " + meansWords(how)
      case .resolved: "resolved"
      case .reopened: "reopened"
      case .closed: "closed"
      case .linked(let other): "linked to " + other.description
      case .merged(let into): "merged into " + into.description
      case .surveyRecorded(_, let primary, _):
        "survey answered" + (primary.map { ": \($0) of 5" } ?? "")
      case .followUpTaken(let owner, _): "follow-up taken by " + owner
      case .followUpDone: "followed up"
      case .attached(let file): words(AttachmentPhrase.attachedEvent(name: file.name))
      case .messageQueued(let message): words(OutboxPhrase.queuedEvent(message))
      case .deliveryReported(let receipt): words(OutboxPhrase.receiptEvent(receipt))
      case .invitationAnswered(let message, _): words(OutboxPhrase.answeredEvent(message: message))
      }
    }

    /// What a saved command did.
    func doneWords(_ done: InboxPhrase.Done) -> String {
      switch done {
      case .assigned(let name): name.map { "assigned to " + $0 } ?? "unassigned"
      case .priority(let priority):
        "priority " + (priority.map { words(VocabularyPhrase.priority($0)) } ?? "")
      case .noteAdded: "note added"
      case .replyRecorded: "reply recorded"
      case .waiting: "waiting on the beneficiary"
      case .resumed: "resumed"
      case .resolved: "resolved"
      case .reopened: "reopened"
      case .closed: "closed"
      case .permitSubmitted: "permit submitted to the authority"
      case .permitDecided(let approved): approved ? "permit approved" : "permit rejected"
      case .requesterNotified: "requester notified"
      case .followUpTaken(let owner): "follow-up taken by " + owner
      case .followUpDone: "follow-up done"
      case .saved: "saved"
      }
    }

    return switch phrase {
    case .column(let column):
      switch column {
      case .id: "ID"
      case .channel: "Ch"
      case .kind: "Kind"
      case .subject: "Subject"
      case .contact: "Contact"
      case .assignee: "Assignee"
      case .status: "Status"
      case .age: "Age"
      }
    case .noCasesInView: "No cases in this view. v changes the view; n records a visit."
    case .noCaseMatches(let search): "No case matches \"\(search)\". Esc clears the search."
    case .view(let view):
      switch view {
      case .allOpen: "All open"
      case .mine: "Mine"
      case .unassigned: "Unassigned"
      case .overdue: "Overdue"
      case .all: "All"
      case .failedDelivery: "Delivery failed"
      }
    case .viewShowing(let view, let count):
      "View: \(words(InboxPhrase.view(view))) (\(number(count)))"
    case .search(let search): "Search: \(search)"
    case .viewChanged(let view, let count):
      "View: \(words(InboxPhrase.view(view))), \(words(CountPhrase.cases(count)))."
    case .outsideView(let id, let view):
      "\(id) is outside this view (\(words(InboxPhrase.view(view))) and its filters): it is pinned at the top until you move off it."
    case .noCaseSelected: "No case selected."
    case .from(let who): "From: " + (who ?? "(no contact details)")
    case .otherCases(let others, let more):
      "Other cases: "
        + others.map { "\($0.id) \($0.status.map { words(VocabularyPhrase.status($0)) } ?? "")" }
        .joined(separator: ", ") + (more ? " …" : "")
    case .channelAndAssignee(let channel, let assignee):
      "Channel: \(words(VocabularyPhrase.channel(channel)))   Assigned: \(assignee ?? "nobody")"
    case .program(let name): "Program: \(name)"
    case .department(let name): "Department: \(name)"
    case .tags(let tags): "Tags: " + tags.joined(separator: ", ")
    case .mergedInto(let id): "Merged into \(id): work on that case."
    case .linkedWith(let ids): "Linked with " + ids.map(\.description).joined(separator: ", ")
    case .mergedHere(let ids):
      "Merged into this case: " + ids.map(\.description).joined(separator: ", ")
        + " (their messages are in the timeline)"
    case .received(let when): "Received: \(when)"
    case .permit(let step, let reference, let submittedOn, let decision, let decidedOn, let toldBy):
      "Permit: \(words(VocabularyPhrase.permitStep(step)))"
        + (reference.map { " · authority ref \($0)" } ?? "")
        + (submittedOn.map { " on \($0)" } ?? "")
        + (decision.map { " · decision \($0)" } ?? "")
        + (decidedOn.map { " on \($0)" } ?? "")
        + (toldBy.map { " · told by \(meansWords($0))" } ?? "")
    case .slaNothingDue: "SLA: nothing more is due."
    case .slaNoTarget: "SLA: no target for this kind."
    case .slaPaused(let target, let status):
      "SLA: \(targetWords(target)): the clock is paused (\(status.rawValue))."
    case .slaOverdue(let target, let late, let due):
      "SLA: \(targetWords(target)) OVERDUE by \(late) (due \(due))"
    case .slaDue(let target, let due, let left):
      "SLA: \(targetWords(target)) due \(due) (in \(left))"
    case .resolution(let resolution): "Resolution: \(resolution)"
    case .timelineReading(let count): "Timeline (\(words(CountPhrase.events(count)))): reading…"
    case .timeline(let count): "Timeline (\(words(CountPhrase.events(count))))"
    case .change(let change): changeWords(change)
    case .selectCaseFirst: "Select a case in the inbox first (1, then j/k)."
    case .selectCaseOrSurveysScreen:
      "Select a case in the inbox first (1, then j/k), or press S on the surveys screen (2)."
    case .noSurveyToAsk: "The office has no survey to ask."
    case .done(let id, let done): "\(id): \(doneWords(done))."
    case .permitProgram(let date, let place):
      "Program: " + [date, place].compactMap { $0 }.joined(separator: " · ")
    }
  }

  // MARK: Finding things

  func words(_ phrase: FindPhrase) -> String {
    switch phrase {
    case .filterTitle: "Filter the inbox"
    case .dimension(let dimension):
      switch dimension {
      case .view: "View"
      case .channel: "Channel"
      case .kind: "Kind"
      case .status: "Status"
      case .assignee: "Assigned to"
      case .program: "Program"
      case .party: "Party"
      }
    case .any: "any"
    case .saveAs: "Save as view (a name, or empty)"
    case .viewsTitle: "Views"
    case .savedView(let name): "\(name) (saved)"
    case .withCount(let view, let count): "\(words(view)) · \(words(CountPhrase.cases(count)))"
    case .savedViewShowing(let name, let count): "View: \(name) (\(count))"
    case .filters(let values): "Filters: " + values.joined(separator: ", ")
    case .widened(let view, let count):
      "No match in \(words(InboxPhrase.view(view))); showing \(words(CountPhrase.cases(count))) of all cases"
    case .filtered(let count): "Filters applied: \(words(CountPhrase.cases(count)))."
    case .viewSaved(let name, let count):
      "View “\(name)” saved: \(words(CountPhrase.cases(count))). V lists your views."
    case .viewNameTooLong(let limit):
      "A view's name is at most \(limit) characters; shorten it."
    case .viewsNotSaved(let path, let reason):
      "Could not save your views in \(path) (\(reason)); the filters apply until you quit."
    case .jumpTitle: "Go to a case"
    case .caseID: "Case id"
    case .typeACaseID: "Type a case id, like V-000123 or v123."
    case .notACaseID(let text):
      "“\(text)” is not a case id: a channel letter (V P S L T W) and a number, like V-000123."
    case .noSuchCase(let id): "There is no case \(id); check the number."
    case .paletteTitle: "Commands · type to filter · Enter runs · Esc closes"
    case .noCommandMatches(let text): "No command matches “\(text)”; Backspace to widen."
    case .worksIn(let context): contextWords(context)
    case .runsOnlyIn(let context):
      "That command works only in \(contextWords(context)); open one first."
    }
  }

  private func contextWords(_ context: KeyContext) -> String {
    switch context {
    case .global: "everywhere"
    case .inbox: words(DeskPhrase.screenTitle(.inbox))
    case .surveys: words(DeskPhrase.screenTitle(.surveys))
    case .permits: words(DeskPhrase.screenTitle(.permits))
    case .contacts: words(DeskPhrase.screenTitle(.contacts))
    case .library: words(DeskPhrase.screenTitle(.library))
    case .outbox: words(DeskPhrase.screenTitle(.outbox))
    case .search: "a search being typed"
    case .form: "a form"
    case .savedVisit: "the saved-visit box"
    case .palette: "the command palette"
    case .help: "the help"
    }
  }

  func words(_ phrase: VocabularyPhrase) -> String {
    switch phrase {
    case .status(let status):
      switch status {
      case .new: "new"
      case .open: "open"
      case .waiting: "waiting"
      case .authority: "authority"
      case .resolved: "resolved"
      case .closed: "closed"
      }
    case .kind(let kind):
      switch kind {
      case .inquiry: "inquiry"
      case .complaint: "complaint"
      case .suggestion: "suggestion"
      case .permit: "permit"
      case .service: "service"
      }
    case .kindCode(let kind):
      switch kind {
      case .inquiry: "inquiry"
      case .complaint: "complaint"
      case .suggestion: "suggestion"
      case .permit: "permit"
      case .service: "service"
      }
    case .priority(let priority):
      switch priority {
      case .low: "low"
      case .normal: "normal"
      case .high: "high"
      case .urgent: "urgent"
      }
    case .channel(let channel):
      switch channel {
      case .visit: "In-person visit"
      case .phone: "Phone"
      case .social: "Social media"
      case .letter: "Letters"
      case .volunteer: "Volunteer service"
      case .website: "Website"
      }
    case .channelCode(let channel):
      switch channel {
      case .visit: "Visit"
      case .phone: "Phone"
      case .social: "Social"
      case .letter: "Letter"
      case .volunteer: "Volunteer"
      case .website: "Website"
      }
    case .permitStep(let step):
      switch step {
      case .received: "received"
      case .submitted: "submitted"
      case .approved: "approved"
      case .rejected: "rejected"
      case .notified: "notified"
      }
    case .periodLength(let length):
      switch length {
      case .week: "week"
      case .month: "month"
      case .quarter: "quarter"
      case .year: "year"
      }
    case .role(let role):
      switch role {
      case .frontdesk: "front desk"
      case .officer: "relations officer"
      case .manager: "manager"
      case .bridge: "bridge"
      }
    case .number(let value): number(value)
    }
  }

  // MARK: Counts

  func words(_ phrase: CountPhrase) -> String {
    func counted(_ count: Int, _ one: String, _ other: String) -> String {
      "\(count) " + (plural(count) == .one ? one : other)
    }
    return switch phrase {
    case .cases(let count): counted(count, "case", "cases")
    case .earlierCases(let count): counted(count, "earlier case", "earlier cases")
    case .responses(let count): counted(count, "response", "responses")
    case .characters(let count): counted(count, "character", "characters")
    case .days(let count): counted(count, "day", "days")
    case .bytes(let count): counted(count, "byte", "bytes")
    case .events(let count): counted(count, "event", "events")
    case .periods(let count, let length):
      switch length {
      case .week: counted(count, "week", "weeks")
      case .month: counted(count, "month", "months")
      case .quarter: counted(count, "quarter", "quarters")
      case .year: counted(count, "year", "years")
      }
    }
  }

  // MARK: The office

  // MARK: The surveys, permits, contacts and library screens

  func words(_ phrase: ScreenPhrase) -> String {
    switch phrase {
    case .noSurveys: "The office has no surveys."
    case .addSurvey: "Add one as DATA/surveys/ID.json (see docs/CONTRACTS.md)."
    case .breakdownBy(let dimension): "by \(words(SurveysPhrase.dimension(dimension)))"
    case .readingResponses: "Reading the survey responses…"
    case .figures(let responses, let rate, let csat, let low, let high, let mean, let nps):
      "Responses \(number(responses)) · response rate \(rate) · CSAT \(csat) (95% \(low)–\(high))"
        + " · mean \(mean)/5 · NPS \(nps)"
    case .noResponses: "No responses in this period."
    case .noResponsesHint:
      "← → change the period, t its length; relations import survey brings in a spreadsheet."
    case .mainQuestionAnswers: "Answers to the main question"
    case .questions: "Questions"
    case .csatTrend(let periods, let length):
      "CSAT, last \(words(CountPhrase.periods(periods, length)))"
    case .breakdownHeading(let dimension): "By \(words(SurveysPhrase.dimension(dimension)))"
    case .groupSuppressed: "suppressed (too few)"
    case .breakdownHint: "b breaks the figures down (channel, kind, program…)"
    case .lowScores(let count): "Low scores to follow up: \(number(count))"
    case .lowScoresKeys: "(j/k choose, Enter opens the case)"
    case .permitCounts(let requests, let waiting):
      "Permit requests: \(number(requests)) · waiting on the office: \(number(waiting))"
    case .noPermits:
      "No permit requests yet: they come in as kind \"\(words(VocabularyPhrase.kind(.permit)))\""
        + " (volunteer service, visits)."
    case .permitColumn(let column):
      switch column {
      case .id: "ID"
      case .step: "Step"
      case .office: "With us"
      case .authority: "With the authority"
      case .reference: "Reference"
      case .requester: "Requester"
      case .late: "Late"
      }
    case .contacts: "Contacts"
    case .nobodyMatches: "Nobody matches; Esc clears the search."
    case .roles(let roles):
      "Roles: " + roles.map { words(ScreenPhrase.role($0)) }.joined(separator: ", ")
    case .role(let role):
      switch role {
      case .internalBeneficiary: "internal beneficiary"
      case .externalBeneficiary: "external beneficiary"
      case .volunteer: "volunteer"
      case .supporter: "supporter"
      }
    case .casesOnEveryChannel: "Cases on every channel"
    case .keptInTouch(let count): "Thanked and informed (\(number(count)))"
    case .touch(let kind, let day, let by, let note):
      "\(day)  \(kind == .thanked ? "thanked" : "informed") by \(by): \(note)"
    case .probablySamePerson: "Probably the same person"
    case .choosePersonFirst: "Choose a person on the contacts screen (4) first."
    case .nothingToMerge: "No record looks like the same person; nothing to merge."
    case .library: "Library"
    case .nothingMatches: "Nothing matches; Esc clears the search."
    case .template: "template"
    case .search(let search): "search: \(search)"
    case .searchTooLong(let limit):
      "A search takes at most \(words(CountPhrase.characters(limit)));"
        + " what went past that was not added."
    }
  }

  // MARK: The surveys screen's periods and trend, and the follow-ups

  func words(_ phrase: SurveysPhrase) -> String {
    switch phrase {
    case .noLaterPeriod: "This is the current period; there are no answers from later yet."
    case .trendValues(let latest, let lowest, let highest):
      "latest \(latest) · lowest \(lowest) · highest \(highest)"
    case .percent(let value): "\(number(value))%"
    case .dimension(let dimension):
      switch dimension {
      case .channel: "channel"
      case .kind: "kind"
      case .program: "program"
      case .department: "department"
      case .month: "month"
      case .party: "party"
      case .mode: "answer mode"
      }
    case .mode(assisted: false): "Self-reported"
    case .mode(assisted: true): "Assisted by staff"
    case .trendOnePeriod: "Only one period has answers: a trend needs two."
    case .trendNoPeriods: "No period has answers yet."
    case .score(let primary?, let recommend?): "\(number(primary))/5 · \(number(recommend))/10"
    case .score(let primary?, nil): "\(number(primary))/5"
    case .score(nil, let recommend?): "\(number(recommend))/10"
    case .score(nil, nil): "–"
    case .ownerDue(let owner?, let due?): "\(owner), due \(due)"
    case .ownerDue(let owner?, nil): owner
    case .ownerDue(nil, let due?): "nobody yet, due \(due)"
    case .ownerDue(nil, nil): "nobody yet"
    case .listKeys: "(j/k choose, F takes or finishes it, Enter opens the case)"
    case .shownOfTotal(let first, let last, let total):
      "· \(number(first))–\(number(last)) of \(number(total)) shown"
    case .openOnCase(let score, let ownerDue):
      "A low survey score (\(score)) asks for a follow-up: \(ownerDue). F takes or finishes it."
    case .doneOnCase(let by, let on, let note): "Followed up by \(by) on \(on): \(note)"
    case .takeTitle(let id): "Take the follow-up of \(id)"
    case .completeTitle(let id): "Follow-up of \(id) done"
    case .owner: "Owner"
    case .due: "Due (YYYY-MM-DD)"
    case .outcome: "What came of it"
    case .chooseOwner: "Choose who takes the follow-up."
    case .writeDue: "Write the due day as YYYY-MM-DD, or leave it empty."
    case .dueInThePast: "That day is past: write today or a later day, as YYYY-MM-DD."
    case .writeOutcome: "Write what came of the follow-up; it is kept on the case."
    }
  }

  func words(_ phrase: OfficePhrase) -> String {
    switch phrase {
    case .readOnly(let reason):
      let why =
        switch reason.cause {
        case .readOnlyFileSystem: "the disk holding \(reason.path) is mounted read-only"
        case .noPermission: "this account may not write \(reason.path)"
        case .openedReadOnly: "it was opened for reading only"
        case .role(let role):
          "the \(words(VocabularyPhrase.role(role))) role may read the desk but change nothing"
        }
      if case .role = reason.cause {
        return "The office is open read-only: \(why); a manager can change your role."
      }
      return
        "The office is open read-only: \(why); nothing can be saved until whoever looks after this computer makes it writable."
    case .readOnlyRefusal:
      return
        "The office is open read-only, so this cannot be saved; what you typed stays here until you leave the form."
    case .setAside(let setAside):
      let logs = setAside.map {
        "\($0.log) (\(words(CountPhrase.bytes($0.bytes))), now in \($0.quarantine))"
      }
      return
        "An unfinished write was cut from \(logs.joined(separator: ", ")) and kept in quarantine; nothing saved was lost, and the file there can be looked at or removed by whoever looks after the office."
    case .rejection(let rejection): return words(rejection)
    case .storage(let error): return words(error)
    case .invalid(let reason): return reason
    case .duplicate(let external): return "\(external) was stored before; nothing was added"
    case .readingLogsFailed(let reason): return "Reading the logs failed: \(reason)"
    case .notOnStaff(let account, let managers):
      return
        "The account \(account) is not on this office's staff, so nothing can be saved; \(managers.isEmpty ? "whoever set up the office" : "a manager (\(managers.joined(separator: ", ")))") can add it."
    case .noServiceSurvey:
      return
        "The office has no service survey (surveys/service.json), so the score was not recorded; Esc closes."
    case .draftNotEncoded: return "The draft could not be encoded."
    case .draftCannotBeKept(let directory, let reason):
      return "The draft cannot be kept in \(directory): \(reason)."
    case .draftNotWritten(let directory):
      return "The draft could not be written to \(directory) (is the disk full?)."
    }
  }

  private func words(_ rejection: CaseRejection) -> String {
    switch rejection {
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
    case .followUpDone: "The follow-up is already done; a new low score would open another."
    case .notAllowed(let role, let allowed):
      "The \(words(VocabularyPhrase.role(role))) role may not do this; \(roleList(allowed)) may."
    case .onlyOwnCasesToday(let role, let allowed):
      "The \(words(VocabularyPhrase.role(role))) role resolves only cases it opened itself today; \(roleList(allowed)) may resolve this one."
    case .requesterNotTold(let decision):
      "The permit was \(words(VocabularyPhrase.permitStep(decision))) but the requester has not been told; record that they were told (P, step \(words(VocabularyPhrase.permitStep(.notified)))) before resolving."
    case .unreachable(let medium): words(OutboxPhrase.unreachable(medium))
    case .unknownMessage(let id): words(OutboxPhrase.unknownMessage(id))
    }
  }

  /// "a relations officer or a manager"
  private func roleList(_ roles: [StaffMember.Role]) -> String {
    let named = roles.map { role in
      let word = words(VocabularyPhrase.role(role))
      return (word.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + word
    }
    guard let last = named.last else { return "no role" }
    return named.count == 1 ? last : named.dropLast().joined(separator: ", ") + " or " + last
  }

  private func words(_ error: LogError) -> String {
    switch error {
    case .conflict(let conflict):
      let who = conflict.lastActor.map { " by \($0)" } ?? ""
      let when = conflict.lastTimestamp.map { " at \($0.rfc3339)" } ?? ""
      let what = conflict.lastType.map { " (\($0))" } ?? ""
      return "\(conflict.stream) was changed\(who)\(when)\(what) while you were working on it; "
        + "reload it and apply your change again."
    case .io(let file, let problem) where problem.isNoSpace:
      return "The disk is full: nothing was saved to \(file). Free some space and try again."
    case .io(let file, let problem) where problem.isReadOnly:
      return
        "\(file) cannot be written (\(problem)): nothing was saved. Check the disk and permissions."
    case .io(let file, let problem):
      return
        "Saving to \(file) failed (\(problem)): nothing was saved. Try again; if it persists, check the disk."
    case .needsReverify(let file, let problem):
      return "Saving to \(file) failed earlier (\(problem)); nothing more is written to it until "
        + "Relations is restarted and the file re-checked (relations check)."
    case .recordTooLarge(let bytes):
      return
        "This change is \(words(CountPhrase.bytes(bytes))), more than the \(Record.maximumBytes)-byte limit of one record; shorten the text."
    case .invalidData(let reason):
      return "The record's data is not valid JSON (\(reason)); this is a bug in the caller."
    case .networkFileSystem(let path, let name):
      return "\(path) is on a network file system (\(name)), where file locks and fsync are not "
        + "reliable; put the data directory on a local disk."
    case .newerFormat(let file, let version):
      return
        "\(file) holds records of a newer Relations (format \(version)); upgrade Relations before writing to it."
    case .notARegularFile(let file, let kind):
      return "\(file) is \(kind), not a regular file; Relations opens only the office's own files. "
        + "Put the real file in its place (or move it aside) and try again."
    case .batchTooLarge(let records):
      return
        "One change of \(records) records is more than the \(Record.maximumBatch) a batch may hold; split it."
    }
  }

  // MARK: The survey report

  func words(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .start: "start"
    case .today: "today"
    case .responses: "responses"
    case .responseRate: "response rate"
    case .mean: "mean"
    case .by(let dimension): "by \(dimension):"
    case .suppressed: "suppressed (fewer than the office's minimum group size)"
    }
  }

  // MARK: Dates

  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  private static let hijriMonths = [
    "Muharram", "Safar", "Rabi I", "Rabi II", "Jumada I", "Jumada II", "Rajab", "Sha'ban",
    "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
  ]

  func words(_ phrase: DatePhrase) -> String {
    switch phrase {
    case .day(let weekday, let day, let month, let year):
      "\(Self.weekdays.named(weekday)) \(day) \(Self.months.named(month)) \(year)"
    case .period(let start, let end, let length, let short):
      switch (length, short) {
      case (.month, _): "\(Self.months.named(start.month)) \(start.year)"
      case (.year, _): "\(start.year)"
      case (.quarter, true): "Q\((start.month - 1) / 3 + 1) \(start.year)"
      case (.week, true): "\(start.day) \(Self.months.named(start.month))"
      case (.week, false), (.quarter, false):
        "\(start.day) \(Self.months.named(start.month))"
          + (start.year == end.year ? "" : " \(start.year)")
          + " – \(end.day) \(Self.months.named(end.month)) \(end.year)"
      }
    case .hijriDay(let day, let month, let year):
      "\(day) \(Self.hijriMonths.named(month)) \(year) AH"
    case .both(let gregorian, let hijri): "\(words(gregorian)) · \(words(hijri))"
    case .shortDay(let day, let month, let year):
      "\(day) \(Self.months.named(month))\(year.map { " \($0)" } ?? "")"
    case .moment(let day, let month, let year, let hour, let minute):
      "\(day) \(Self.months.named(month))\(year.map { " \($0)" } ?? "") "
        + "\(hour.twoDigits):\(minute.twoDigits)"
    }
  }

  // MARK: The desk around the screens

  func words(_ phrase: DeskPhrase) -> String {
    switch phrase {
    case .conflictKeptText(let reason):
      "\(words(reason)) Your text is kept: look at the case, then Ctrl-S applies it again."
    case .screenTitle(let screen):
      switch screen {
      case .inbox: "Inbox"
      case .surveys: "Surveys"
      case .permits: "Permits"
      case .contacts: "Contacts"
      case .library: "Library"
      case .outbox: "Outbox"
      }
    case .savedAs(let id): "Saved as \(id). Read this number to the visitor."
    case .savedOnShortNotice(let id, let date, let days, let minimum):
      "Saved as \(id), but the program on \(date) is \(words(CountPhrase.days(days))) away: requests should come \(minimum) days ahead; tell the requester it may not be decided in time."
    case .resolvedOnTheSpot(let id): "\(id) resolved on the spot."
    case .contactSaved: "Contact saved."
    case .surveyRecorded(let id, let user, let primary, let top):
      "Recorded the survey answers \(id.map { "for \($0)" } ?? "with no case") (asked by \(user))"
        + (primary.map { "; main question: \(words(FieldPhrase.scoreReadBack($0, of: top)))." }
          ?? ".")
    case .satisfactionRecorded(let id, let score):
      "Recorded the visitor's satisfaction for \(id): \(words(FieldPhrase.scoreReadBack(score, of: 5)))."
    case .draftRestored:
      "Restored what was typed before Relations last stopped: Ctrl-S saves it, Esc discards it."
    case .discarded: "Discarded."
    case .worksElsewhere(let key, let screens):
      "\(key) does nothing here; it works on "
        + screens.map { "\(words(.screenTitle($0))) (\($0.rawValue))" }.joined(separator: ", ")
        + "."
    case .readOnly: "Read-only"
    case .demoOffice: "Demo office"
    case .demoBanner:
      "Demo office: every account is a manager here, and the people are made up."
    case .openAndOverdue(let open, let overdue): "\(open) open · \(overdue) overdue "
    case .typeToSearch: " type to search  "
    case .helpTitle(let screen): "\(words(.screenTitle(screen))) · keys (Esc closes, / searches)"
    case .formKeysHeading: "In forms and prompts:"
    case .listSeparator: ", "
    case .visitSaved: "Visit saved"
    case .caseNumber(let id): "Case number: \(id)"
    case .readNumberToVisitor: "Read this number to the visitor."
    case .terminalTooSmall: "Terminal too small"
    case .terminalSize(let width, let height, let neededWidth, let neededHeight):
      "\(width)×\(height); Relations needs \(neededWidth)×\(neededHeight)."
    case .enlargeTheWindow: "Enlarge the window; q quits."
    }
  }

  // MARK: Explaining the desk

  func words(_ phrase: GuidePhrase) -> String {
    func counted(_ count: Int, _ one: String, _ other: String) -> String {
      "\(number(count)) " + (plural(count) == .one ? one : other)
    }
    return switch phrase {
    case .escOrEnterToGoOn: "(Esc or Enter to go on)"
    case .leftView(let notice, let view):
      "\(words(notice)) It left \(view.map { words(InboxPhrase.view($0)) } ?? "this view"); "
        + "it stays here, marked *, "
        + "until you move."
    case .moreKeys: "? more"
    case .helpKeys: " j/k ↓ ↑ PgDn PgUp scroll  / search  Esc closes"
    case .helpSearch(let search): "Search the help: \(search)"
    case .helpNoMatch(let search): "Nothing in the help matches \"\(search)\"."
    case .legendHeading: "On screen:"
    case .legend(let entry):
      switch entry {
      case .overdueMark: "!  overdue"
      case .dueSoonMark: "~  due within 4 hours"
      case .failedDeliveryMark:
        "×  a message to the person could not be delivered: call instead (shown before ! and ~)"
      case .leftViewMark: "*  acted on, no longer in this view (stays until you move)"
      case .idPrefixes:
        "V- visit  P- phone  S- social media  L- letter  T- volunteer service  W- website"
      case .ages:
        "Age: since the case came in, in min (under an hour), hours (under 2 days), days (under 2 weeks), weeks"
      }
    case .age(let value, let unit):
      switch unit {
      case .minutes: "\(value) min"
      case .hours: counted(value, "hour", "hours")
      case .days: counted(value, "day", "days")
      case .weeks: counted(value, "week", "weeks")
      }
    case .notOnStaff(let account):
      "\(account) is not on the office's staff list, so no case can be assigned to it and "
        + "Mine stays empty. Ask an administrator to add it; v shows the other views."
    case .newestCases(let shown, let total):
      shown == total
        ? "Earlier cases (newest first):" : "The newest \(shown) of \(total) earlier cases:"
    case .noProgram: "No program"
    case .notRecorded: "Not recorded"
    }
  }

  // MARK: Keys

  func words(_ phrase: KeyPhrase) -> String {
    switch phrase {
    case .help(let action, let context): help(action, context)
    case .hint(let action, let context): hint(action, context)
    }
  }

  private func help(_ action: DeskAction, _ context: KeyContext) -> String {
    switch (action, context) {
    case (.cancel, .palette): "close the palette"
    case (.filter, _):
      "filter by view, channel, kind, status, assignee, program, party; save as a view"
    case (.views, _): "list the views by name (built-in and saved)"
    case (.jumpToCase, _): "go to a case by its id (V-000123, v123)"
    case (.palette, _): "command palette: every command with its key"
    case (.runCommand, _): "run the command"
    case (.help, _): "help (this list)"
    case (.search, .help): "search the help"
    case (.open, .contacts): "go to the person's cases (newest first); Enter again opens one"
    case (.nextPane, .contacts): "between the people and their cases"
    case (.back, .help): "close the help (q and ? too)"
    case (.top, .help): "top of the help"
    case (.bottom, .help): "end of the help"
    case (.quit, _): "quit (Ctrl-C quits anywhere)"
    case (.newCase, _):
      "new case on any channel: phone, letter, social, website, volunteer (the channel first)"
    case (.newVisit, _):
      "new in-person visit (intake form)"
    case (.screen(let screen), _): words(DeskPhrase.screenTitle(screen))
    case (.search, .inbox):
      "search the list (Arabic-aware); Esc clears"
    case (.search, .contacts):
      "search people (Arabic-aware); Esc clears"
    case (.search, .library):
      "search the documents; Esc clears"
    case (.search, _): "search the inbox"
    case (.cycleView, .outbox): "show all, queued, failed, sent or delivered"
    case (.top, .outbox): "newest message"
    case (.bottom, .outbox): "oldest message"
    case (.cycleView, _):
      "cycle views: All open, Mine, Unassigned, Overdue, All, Delivery failed (call instead)"
    case (.down, .inbox):
      "next case (in the detail: scroll down)"
    case (.up, .inbox):
      "previous case (in the detail: scroll up)"
    case (.down, .library): "next document"
    case (.up, .library): "previous document"
    case (.down, .surveys): "next low score to follow up"
    case (.up, .surveys):
      "previous low score to follow up"
    case (.down, _): "next"
    case (.up, _): "previous"
    case (.pageDown, .library): "scroll the document down"
    case (.pageUp, .library): "scroll the document up"
    case (.pageDown, _): "one page down"
    case (.pageUp, _): "one page up"
    case (.top, _): "first case"
    case (.bottom, _): "last case"
    case (.open, .inbox):
      "open the case: focus its detail"
    case (.open, _): "open the case in the inbox"
    case (.nextPane, _): "next pane"
    case (.previousPane, _): "previous pane"
    case (.back, .inbox):
      "back to the list; clears the search"
    case (.back, .contacts), (.back, .library): "clear the search"
    case (.back, _): "clear the message"
    case (.assign, _): "assign to a member of staff"
    case (.priority, _): "set the priority"
    case (.status, _):
      "change the status (waiting, resume, close)"
    case (.note, _):
      "internal note (not sent to the person)"
    case (.reply, _): "reply to the person (from a template)"
    case (.resolve, _): "resolve, with the resolution in writing"
    case (.reopen, _): "reopen a resolved or closed case"
    case (.permit, _):
      "next permit step (submitted, decision, notified)"
    case (.survey, .surveys):
      "record survey answers from someone with no case"
    case (.survey, _):
      "record the person's survey answers (asked on the phone or at the desk)"
    case (.previousPeriod, _): "previous period"
    case (.nextPeriod, _): "next period"
    case (.periodLength, _): "week, month, quarter, year"
    case (.breakdown, _):
      "break down by channel, kind, program, department, month, party"
    case (.triage, _): "triage: kind, program, department, party, tags"
    case (.merge, _): "merge this duplicate into the case it repeats"
    case (.link, _): "link a related case (both show it)"
    case (.followUp, _): "take the low score's follow-up (owner, due), or finish it with a note"
    case (.currentPeriod, _): "back to the period that holds today"
    case (.nextSurvey, _): "next survey"
    case (.editContact, _):
      "edit name, add phone or e-mail, set roles (parties)"
    case (.mergeContact, _): "merge two records of one person"
    case (.keepInTouch, _): "record that the person was thanked or informed (a supporter's log)"
    case (.keepSearch, _):
      "keep the search, back to the list"
    case (.clearSearch, _): "clear the search"
    case (.nextField, _):
      "next field (↓ where the field does not use it)"
    case (.previousField, _):
      "previous field (↑ where the field does not use it)"
    case (.choose, _): "choose in a choice field"
    case (.advance, _):
      "next field (a new line in Details, notes and replies)"
    case (.save, _): "save"
    case (.cancel, _):
      "cancel (asks first if something was typed)"
    case (.done, _): "done"
    case (.answeredOnTheSpot, _): "answered on the spot"
    case (.nextVisit, _): "next visit"
    case (.attach, _): "attach a file (a scanned letter, an ID copy, a decision; at most 25 MB)"
    }
  }

  private func hint(_ action: DeskAction, _ context: KeyContext) -> String {
    switch action {
    case .filter: "filter"
    case .views: "views"
    case .jumpToCase: "go to case"
    case .palette: "commands"
    case .runCommand: "run"
    case .help: "help"
    case .quit: "quit"
    case .newCase: "new case"
    case .newVisit: "new visit"
    case .search: "search"
    case .cycleView: context == .outbox ? "show" : "view"
    case .assign: "assign"
    case .priority: "priority"
    case .status: "status"
    case .note: "note"
    case .reply: "reply"
    case .resolve: "resolve"
    case .permit: "permit"
    case .survey: "survey"
    case .previousPeriod, .nextPeriod: "period"
    case .periodLength: "period length"
    case .breakdown: "breakdown"
    case .triage: "triage"
    case .merge: "merge"
    case .link: "link"
    case .followUp: "follow-up"
    case .currentPeriod: "now"
    case .nextSurvey: "survey"
    case .down, .up:
      context == .surveys ? "follow-up" : "choose"
    case .pageDown, .pageUp: "scroll"
    case .open: context == .permits ? "open (P: next step)" : "open"
    case .editContact: "edit"
    case .mergeContact: "merge"
    case .keepInTouch: "thanked/informed"
    case .keepSearch: "keep"
    case .clearSearch: "clear"
    case .nextField: "next field"
    case .save: "save"
    case .cancel: "cancel"
    case .attach: words(AttachmentPhrase.keyWord)
    case .screen, .top, .bottom, .nextPane, .previousPane, .back, .reopen, .previousField,
      .advance, .choose, .done, .answeredOnTheSpot, .nextVisit:
      help(action, context)
    }
  }
}

// MARK: New case and parties

extension English {
  func words(_ phrase: IntakePhrase) -> String {
    switch phrase {
    case .newCase: "New case"
    case .channel: "Channel"
    case .party: "Party"
    case .direction: "Call"
    case .letterReference: "Letter reference"
    case .letterDate: "Letter date (YYYY-MM-DD)"
    case .arrival: "Arrived"
    case .platform: "Platform"
    case .handle: "Handle"
    case .websiteReference: "Form reference"
    case .volunteer: "Volunteer"
    case .roles: "Roles"
    case .notSaid: "not said"
    case .directionChoice(.incoming): "incoming (they called)"
    case .directionChoice(.outgoing): "outgoing (we called)"
    case .arrivalChoice(.hand): "by hand"
    case .arrivalChoice(.post): "by post"
    case .arrivalChoice(.email): "by e-mail"
    case .writeLetterDate: "Write the letter's date as YYYY-MM-DD, or leave it empty."
    case .chooseChannel: "Choose the channel the case came through from the list."
    case .chooseParty: "Choose the person's party from the list."
    case .keepOneRole: "Keep at least one role: a person is always one of the four parties."
    case .partyLine(let party): "Party: " + words(ScreenPhrase.role(party))
    case .detailsLine(let channel, let details): detailsLine(channel, details)
    case .saved(let id, let channel):
      "Saved as \(id) (\(words(VocabularyPhrase.channel(channel)).lowercased()))."
    }
  }

  private func detailsLine(_ channel: Channel, _ details: ChannelDetails) -> String {
    var parts: [String] = []
    if let direction = details.direction {
      parts.append(direction == .incoming ? "incoming call" : "outgoing call")
    }
    if let reference = details.reference { parts.append("reference \(reference)") }
    if let date = details.letterDate { parts.append("dated \(date)") }
    if let arrival = details.arrival { parts.append(words(IntakePhrase.arrivalChoice(arrival))) }
    if let platform = details.platform { parts.append("on \(platform)") }
    if let volunteer = details.volunteer { parts.append("volunteer \(volunteer)") }
    return words(VocabularyPhrase.channel(channel)) + ": " + parts.joined(separator: " · ")
  }
}
