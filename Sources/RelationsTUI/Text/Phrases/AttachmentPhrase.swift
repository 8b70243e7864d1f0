import Domain
import Office

/// Files attached to a case: the detail's list, the timeline's line, the attach form.
enum AttachmentPhrase: Equatable, Sendable {
  /// The timeline: a file was attached (its name, isolated for direction).
  case attachedEvent(name: String)
  /// The detail's heading over the case's attachments, with how many.
  case heading(count: Int)
  /// One attachment in the detail: name, size, type, who and when, the hash's first digits.
  case line(name: String, size: Int, type: String, who: String, when: String, hash: String)
  /// The attach form's title.
  case formTitle(CaseID)
  /// The form's fields: the file's path, and a note about it.
  case fileField, noteField
  /// The notice after a file was attached.
  case attached(CaseID, name: String)
  /// The path field was left empty.
  case pathRequired
  /// The key's word in the hints and help.
  case keyWord
  /// Why the file was not attached.
  case refused(AttachmentStore.Reason)
}
