import Domain
import Foundation
import Office

/// Everything that can happen to the desk: a key, a resize, the clock, and what the shell
/// reports back after running an effect.
enum Message: Sendable {
  case key(KeyPress)
  case resize(width: Int, height: Int)
  case tick(Date)
  /// Other terminals (or this one) changed the logs: here are the cases as they are now.
  case deskChanged(Desk)
  case visitSaved(Case)
  case executed(Case, CaseCommand)
  case satisfactionRecorded(CaseID, score: Int)
  /// A survey's answers were recorded: the main question's score, on a scale to `of`.
  case surveyRecorded(CaseID?, primary: Int?, of: Int)
  case contactEdited
  /// An effect failed; `conflict` when someone else changed the case first.
  case failed(Phrase, conflict: Bool)
  /// A draft left by a crash or Ctrl-C, found at start.
  case draftFound(Form)
  /// The selected case, read with its whole history.
  case caseLoaded(Case)
  /// Recovery cut unfinished writes from logs into quarantine (at open or while polling).
  case setAside([SetAside])
  /// What a draft could not be kept for, as a sentence.
  case draftNotKept(Phrase)
  /// The shell is about to change the store: the desk's copies of its cases, inbox and
  /// contacts are let go, so that the store's change does not copy them (the store's own
  /// come back as `deskChanged`).
  case lendDesk
}

/// What `update` asks the shell to do; the result comes back as a `Message`.
enum Effect: Equatable, Sendable {
  case openVisit(IntakeForm.Visit)
  case execute(CaseCommand, on: CaseID, expectedVersion: Int)
  /// The 1–5 answer to the service survey's primary question, asked at the desk.
  case recordSatisfaction(CaseID, score: Int)
  /// Staff edits of a person's record.
  case editContact([ContactEdit])
  /// A survey's answers, asked of the person on the phone or at the desk.
  /// `program`: the program evaluated, asked when no case says.
  case recordSurvey(
    CaseID?, surveyID: String, answers: [String: SurveyAnswer], program: String? = nil)
  /// Keep what is typed in a form, so a crash or Ctrl-C does not lose it.
  case saveDraft(Form)
  case discardDraft
  /// Keep the views the user at the desk saved (`DATA/views/USER.json`).
  case saveViews([SavedView])
  /// Read the case's whole history from its channel file, for the detail pane.
  case loadCase(CaseID)
  /// Read the survey responses, for the surveys screen.
  case loadSurveyResponses
  case quit
  /// Store the file at `path` in the office's attachments, then record it on the case.
  case attachFile(AttachForm.Request, on: CaseID, expectedVersion: Int)
}
