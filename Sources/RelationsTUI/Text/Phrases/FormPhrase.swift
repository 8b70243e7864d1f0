import Domain

/// The words of forms and prompts: titles, field labels, choices, the problems written
/// under fields, the refusals that keep a prompt from opening, and the form's own lines
/// (the keys, the person a phone number recognises).
enum FormPhrase: Equatable, Sendable {
  // MARK: Titles

  case newVisit
  /// A case action's prompt: `V-000123 · Assign`.
  case action(CaseAction, on: CaseID)
  /// "Answered on the spot", after a visit was saved.
  case onSpot(CaseID)
  /// The 1–5 question asked of the visitor.
  case satisfaction(CaseID)
  /// A survey asked by the user, for a case or for none.
  case survey(CaseID?, title: LocalizedText)
  /// Which record this person's joins: the person is named by `title`.
  case mergeInto(String)
  /// The title of the form that records a person thanked or informed.
  case keepInTouch(String)

  // MARK: Labels

  case phone, name, kind, subject, details, program, priority
  case assignTo, status, reason, note, template, reply, resolution, why
  case reference, date, decision, how, detail
  case score, addPhone, addEmail, sameAs
  case department, tags, duplicateOf, relatedCase, touchKind
  case touch(ContactTouch.Kind)

  // MARK: Choices

  /// The assignee choice for no one.
  case nobody
  case noTemplate
  /// The program choice for none.
  case noProgram
  case noDepartment
  case statusChoice(CaseAction.StatusChoice)
  case notification(CaseAction.NotificationMeans)
  case satisfactionScore(SatisfactionForm.Score)
  /// A survey question not answered (yet).
  case unanswered
  case yes, no

  // MARK: Problems under a field

  case phoneProblem(PhoneNumber.Problem)
  case chooseKind, choosePriority, chooseStatus, chooseDecision, chooseRecord
  case typeSubject, sayWhatItWaitsFor, typeNote, typeReply, writeResolution, sayWhyReopened
  case typeReference, writeDate, writeAnswerGiven, emailNeedsAt
  case chooseCase, sayWhatWasSaid
  /// A merge or a link, on an office with no other case to point at.
  case noOtherCase
  /// A survey form with nothing answered.
  case nothingAnswered
  /// A key was refused at the field's limit.
  indirect case tooLong(field: Phrase, limit: Int)
  /// The field holds more than its limit (a draft kept from before the limits).
  indirect case overLimit(field: Phrase, count: Int, limit: Int)

  // MARK: Why a prompt does not open

  case permitWithAuthority
  /// The status prompt has nothing to offer a case in this status.
  case noStatusToChange(CaseStatus)
  case notAPermit(CaseID)
  case requesterAlreadyNotified
  case alreadyInStatus(CaseID, CaseStatus)
  case onlyResolvedReopen(CaseID, CaseStatus)
  /// `x` on a resolved or closed case: it is done already, and `key` reopens it.
  case alreadyDoneReopenWith(CaseID, CaseStatus, key: String)
  /// Another command on a resolved or closed case: the way forward is `key`, reopening it.
  case isDoneReopenWith(CaseID, CaseStatus, key: String)

  // MARK: The form's own lines

  /// The keys under the form.
  case keys
  /// The keys under a form of one line: Enter saves, there is no other field.
  case lineKeysAlone
  /// The keys under a form of one field of several lines: Enter is a new line.
  case linesKeysAlone
  /// The keys under the go-to-a-case prompt (`#`): Enter goes, nothing is saved.
  case goToKeys
  /// Esc with something typed: the question asked.
  case confirmDiscard
  /// The intake form before the phone number is known.
  case recognisedByPhone
  /// A recognised person with no name on record.
  case noName
  /// A recognised person: name and how many cases they brought before.
  case known(name: String, earlierCases: Int)
  /// The same, when the panel lists only the newest `shown` of them: said, so the count and
  /// the lines under it agree.
  case knownNewest(name: String, earlierCases: Int, shown: Int)
  /// A permit request's program: the day it is held, and where.
  case programDate
  case programPlace
  case programDateProblem
  /// A program evaluation on no case: which program it evaluates.
  case programEvaluated
  case chooseProgramEvaluated
}
