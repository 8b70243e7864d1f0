import Domain
import JSONStore
import Office

/// The desk's sentences about the office itself: read-only, bytes set aside by recovery,
/// why the office refused a save (`OfficeStore.Failure`), and what the desk could not do
/// with the logs or the drafts.
enum OfficePhrase: Equatable, Sendable {
  /// The banner: the office is read-only, why, and what it means for the user.
  case readOnly(ReadOnlyReason)
  /// On a form whose Ctrl-S was refused because the office is read-only.
  case readOnlyRefusal
  /// One notice for everything set aside at once: each log with its quarantine file.
  case setAside([SetAside])
  /// The decider refused a command.
  case rejection(CaseRejection)
  /// The log refused to save.
  case storage(LogError)
  /// Input the office cannot store as it is; the reason is the library's sentence.
  case invalid(String)
  /// A record with this external id is stored already: nothing was added.
  case duplicate(externalID: String)
  /// Reading other terminals' changes failed; the reason is the library's sentence.
  case readingLogsFailed(String)
  /// The account at the keyboard is not on the office's staff; `managers` can add it.
  case notOnStaff(account: String, managers: [String])
  /// The satisfaction score has no service survey to go into.
  case noServiceSurvey
  /// The draft of an open form could not be turned into JSON.
  case draftNotEncoded
  /// The draft's file could not be opened in `directory`; `reason` is the system's.
  case draftCannotBeKept(directory: String, reason: String)
  /// The draft's file could not be written in `directory`.
  case draftNotWritten(directory: String)
}
