import Domain

/// The attach prompt (`A` on a case): the path of a file on this computer and a note about
/// it. Saving stores the file in the office and records it on the case
/// (`Effect.attachFile`); the path is read by the shell, never by the form.
enum AttachForm {
  enum Field: String, FormFieldID, CaseIterable {
    case path, note
  }

  /// What a filled prompt asks the shell to attach.
  struct Request: Equatable, Sendable {
    var path: String
    var note: String?
  }

  static func make(for item: Case) -> Form {
    Form(
      title: .attachment(.formTitle(item.id)),
      purpose: .attach(item.id, version: item.version),
      fields: [
        FormField(Field.path, label: .attachment(.fileField), input: .line, limit: 4096),
        FormField(Field.note, label: .attachment(.noteField), input: .line),
      ])
  }

  /// The request, or the form with the problem under the path.
  static func validate(_ form: Form) -> Checked<Request, Form> {
    let path = form.value(Field.path).trimmingSpaces
    guard !path.isEmpty else {
      var checked = form
      checked.setProblem(Field.path, .attachment(.pathRequired))
      checked.focus = checked.index(of: Field.path) ?? 0
      return .failure(checked)
    }
    let note = form.value(Field.note).trimmingSpaces
    return .success(Request(path: path, note: note.isEmpty ? nil : note))
  }
}
