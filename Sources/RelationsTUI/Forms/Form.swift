import Domain

/// A form on screen: the intake form, or the prompt of a case action. It keeps everything
/// typed until it is saved or the user cancels it, through failures and conflicts alike.
struct Form: Equatable, Sendable {
  /// What saving the form does.
  enum Purpose: Equatable, Sendable {
    case intake
    /// A case action built on the case as it was at `version`.
    case action(CaseAction, CaseID, version: Int)
    /// "Answered on the spot": resolve the visit just saved, then ask the satisfaction question.
    case resolveOnSpot(CaseID, version: Int)
    /// The 1–5 question asked of the visitor at the desk.
    case satisfaction(CaseID)
    /// A whole survey asked on the phone or at the desk (`S`), answers linked to the case,
    /// or to no case when asked from the surveys screen (an anonymous response).
    case survey(CaseID?, surveyID: String)
    /// A person's name, another phone or e-mail (contacts screen, `e`).
    case contactEdit(ContactKey)
    /// Two records found to be one person (contacts screen, `m`).
    case contactMerge(ContactKey)
  }

  var title: String
  var purpose: Purpose
  var fields: [FormField]
  var focus = 0
  /// Why the last save failed (storage, conflict), shown above the keys.
  var problem: String?
  /// Esc on a form with something typed asks first; this is that question being asked.
  var confirmingCancel = false
  /// The values the form opened with: anything else counts as typed.
  private var initialValues: [String]

  init(title: String, purpose: Purpose, fields: [FormField]) {
    self.title = title
    self.purpose = purpose
    self.fields = fields
    initialValues = fields.map(\.value)
  }

  var isDirty: Bool { fields.map(\.value) != initialValues }

  /// The text typed in the field, or its chosen value; empty when the form has no such field.
  func value(_ id: some FormFieldID) -> String {
    fields.first { $0.id == id.rawValue }?.value ?? ""
  }

  /// Where the field is in the form, if the form has it.
  func index(of id: some FormFieldID) -> Int? {
    fields.firstIndex { $0.id == id.rawValue }
  }

  mutating func set(_ id: some FormFieldID, _ value: String) {
    restore(id.rawValue, value)
  }

  mutating func setProblem(_ id: some FormFieldID, _ problem: String?) {
    guard let index = index(of: id) else { return }
    fields[index].problem = problem
  }

  /// Puts back a value a draft kept under the field's id (`DraftStore`): the one place a
  /// field is named by its raw string, since that is how the draft file names it. An id the
  /// form does not have, or a choice it does not offer, changes nothing.
  mutating func restore(_ rawID: String, _ value: String) {
    guard let index = fields.firstIndex(where: { $0.id == rawID }) else { return }
    fields[index].set(value)
  }

  var focusedField: FormField { fields[focus] }

  /// What an editing key did to the focused field.
  enum Edit: Equatable {
    case edited
    /// The key would have taken the field past its limit: nothing changed.
    case refused
    /// Not an editing key for this field.
    case ignored
  }

  /// Applies an editing key to the focused field.
  mutating func edit(_ key: KeyPress) -> Edit {
    var field = fields[focus]
    defer { fields[focus] = field }
    switch (field.input, key) {
    case (.line, .character), (.lines, .character), (.lines, .enter):
      // A paste arrives as keys: the ones past the limit are refused, one by one.
      if field.buffer.characters.count >= field.limit { return .refused }
    default: break
    }
    switch (field.input, key) {
    case (.choice(let choices), .left), (.choice(let choices), .character(" ")):
      field.selected = (field.selected + choices.count - 1) % max(1, choices.count)
    case (.choice(let choices), .right):
      field.selected = (field.selected + 1) % max(1, choices.count)
    case (.choice(let choices), .up) where fields.count == 1:
      field.selected = (field.selected + choices.count - 1) % max(1, choices.count)
    case (.choice(let choices), .down) where fields.count == 1:
      field.selected = (field.selected + 1) % max(1, choices.count)
    case (.choice(let choices), .character(let typed)) where !choices.isEmpty:
      // A digit or a first letter picks the next choice that starts with it, so pickers
      // work without arrows.
      let wanted = typed.lowercased()
      let order = (1...choices.count).map { (field.selected + $0) % choices.count }
      guard let index = order.first(where: { choices[$0].label.lowercased().hasPrefix(wanted) })
      else { return .ignored }
      field.selected = index
    case (.choice, _):
      return .ignored
    case (_, .character(let character)):
      field.buffer.insert(character)
    case (.lines, .enter):
      field.buffer.insert("\n")
    case (_, .backspace):
      field.buffer.backspace()
    case (_, .delete):
      field.buffer.deleteForward()
    case (_, .left):
      field.buffer.moveVisually(by: -1)
    case (_, .right):
      field.buffer.moveVisually(by: 1)
    case (_, .home):
      field.buffer.moveHome()
    case (_, .end):
      field.buffer.moveEnd()
    case (.lines, .up):
      field.buffer.moveLine(by: -1)
    case (.lines, .down):
      field.buffer.moveLine(by: 1)
    default:
      return .ignored
    }
    field.problem = nil
    return .edited
  }

  mutating func moveFocus(by offset: Int) {
    focus = (focus + offset + fields.count) % fields.count
  }
}
