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
    /// A time the person was thanked or informed (contacts screen, `l`).
    case contactTouch(ContactKey)
    /// The inbox's filter bar (`f`), its views by name (`V`), a case by id (`#`): they
    /// change what is shown, never the log.
    case inboxFilter, inboxViews, jumpToCase
    /// A file to attach to the case (`A`), built on the case as it was at `version`.
    case attach(CaseID, version: Int)
  }

  var title: Phrase
  var purpose: Purpose
  var fields: [FormField]
  var focus = 0
  /// Why the last save failed (storage, conflict), shown above the keys.
  var problem: Phrase?
  /// Esc on a form with something typed asks first; this is that question being asked.
  var confirmingCancel = false
  /// The values the form opened with: anything else counts as typed.
  private var initialValues: [String]

  init(title: Phrase, purpose: Purpose, fields: [FormField]) {
    self.title = title
    self.purpose = purpose
    self.fields = fields
    initialValues = fields.map(\.value)
  }

  /// Whether the form is one choice and nothing else (assign, a view to show): picking
  /// from its list answers it.
  var isPicker: Bool {
    guard fields.count == 1, case .choice = fields[0].input else { return false }
    return true
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

  mutating func setProblem(_ id: some FormFieldID, _ problem: Phrase?) {
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

  /// Applies an editing key to the focused field; `text` words the choices, for filtering
  /// them in the field's list as they are shown.
  mutating func edit(_ key: KeyPress, _ text: UIText) -> Edit {
    var field = fields[focus]
    defer { fields[focus] = field }
    switch (field.input, key) {
    case (.line, .character), (.lines, .character), (.lines, .enter):
      // A paste arrives as keys: the ones past the limit are refused, one by one.
      if field.buffer.characters.count >= field.limit { return .refused }
    default: break
    }
    if case .choice(let choices) = field.input {
      return editChoice(&field, choices, key, text)
    }
    if case .score(let scale) = field.input {
      switch ScoreControl.apply(key, to: field.score, on: scale) {
      case .set(let score):
        field.score = score
        field.problem = nil
        return .edited
      case .offScale:
        // Nothing changed: the sentence under the field says what the scale takes.
        field.problem = .field(.chooseScore(scale))
        return .edited
      case .ignored:
        return .ignored
      }
    }
    switch (field.input, key) {
    case (.lines, .character(let character)):
      // Ctrl-S put the caret on a placeholder to fill: what is typed takes its place.
      field.buffer.removePlaceholderAtCaret()
      field.buffer.insert(character)
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

  /// A key on a choice field. With its list open, the list takes typing, ↑ ↓, Enter (pick)
  /// and Esc (close); any other key closes it and does what it does in the form. With the
  /// list closed, ← → step through the options and Enter or typing opens the list.
  private func editChoice(
    _ field: inout FormField, _ choices: [FormField.Choice], _ key: KeyPress, _ text: UIText
  ) -> Edit {
    guard var list = field.list else {
      switch key {
      case .left, .character(" "):
        field.selected = (field.selected + choices.count - 1) % max(1, choices.count)
      case .right:
        field.selected = (field.selected + 1) % max(1, choices.count)
      case .up where fields.count == 1:
        field.selected = (field.selected + choices.count - 1) % max(1, choices.count)
      case .down where fields.count == 1:
        field.selected = (field.selected + 1) % max(1, choices.count)
      case .enter:
        field.list = ChoiceList(on: field)
        return .edited
      case .character(let typed) where !choices.isEmpty:
        var list = ChoiceList(on: field)
        list.query.insert(typed)
        list.highlighted = 0
        field.list = list
        return .edited
      default:
        return .ignored
      }
      field.problem = nil
      return .edited
    }
    let matches = list.matches(choices, text)
    switch key {
    case .character(let typed):
      list.query.insert(typed)
      list.highlighted = 0
    case .backspace:
      list.query.backspace()
      list.highlighted = 0
    case .up:
      list.move(by: -1, among: matches.count)
    case .down:
      list.move(by: 1, among: matches.count)
    case .pageUp:
      list.move(by: -ChoiceList.rows, among: matches.count)
    case .pageDown:
      list.move(by: ChoiceList.rows, among: matches.count)
    case .enter:
      // Nothing matching: the list stays open for the typing to be corrected.
      guard matches.indices.contains(list.highlighted) else { return .edited }
      field.selected = matches[list.highlighted]
      field.list = nil
      field.problem = nil
      return .edited
    case .escape:
      field.list = nil
      return .edited
    case .left, .right, .home, .end:
      return .edited  // the list has no caret to move; nothing else is meant by them here
    default:
      // A key that leaves the field (Tab, Ctrl-S) takes what the list shows highlighted:
      // what was typed to find an option is what was meant, not the option before it.
      if matches.indices.contains(list.highlighted) { field.selected = matches[list.highlighted] }
      field.list = nil
      return .ignored
    }
    field.list = list
    return .edited
  }

  mutating func moveFocus(by offset: Int) {
    focus = (focus + offset + fields.count) % fields.count
  }
}
