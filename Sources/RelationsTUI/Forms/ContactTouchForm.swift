import Domain
import Foundation

/// A time the office kept in touch with a person (contacts screen, `l`): thanked or
/// informed, with a note of what was said.
enum ContactTouchForm {
  /// The form's fields; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case kind, note
  }

  /// The form for the person `title` names (their id and name: data, never translated).
  static func make(title: String, key: ContactKey) -> Form {
    Form(
      title: .form(.keepInTouch(title)),
      purpose: .contactTouch(key),
      fields: [
        FormField(
          Field.kind, label: .form(.touchKind),
          input: .choice(
            ContactTouch.Kind.allCases.map {
              .init(value: $0.rawValue, label: .form(.touch($0)))
            })),
        FormField(Field.note, label: .form(.note), input: .line),
      ])
  }

  /// The touch the form records, by `account` at `now`, or the form with its problem.
  static func validate(_ form: Form, key: ContactKey, account: String, now: Date)
    -> Checked<ContactEdit, Form>
  {
    let note = form.value(Field.note).trimmingSpaces
    guard let kind = ContactTouch.Kind(rawValue: form.value(Field.kind)), !note.isEmpty else {
      var checked = form
      checked.setProblem(Field.note, .form(.sayWhatWasSaid))
      checked.focus = checked.index(of: Field.note) ?? checked.focus
      return .failure(checked)
    }
    return .success(.keepInTouch(key, ContactTouch(kind: kind, note: note, at: now, by: account)))
  }
}
