/// One field of a form or prompt: free text (one line or several) or a choice from a list.
struct FormField: Equatable, Sendable {
  struct Choice: Equatable, Sendable {
    /// What is stored (a staff account, a kind's id); empty for "none".
    var value: String
    var label: String
  }

  enum Input: Equatable, Sendable {
    case line
    case lines
    case choice([Choice])
  }

  /// The raw value of the field's `FormFieldID`: how a draft names it.
  var id: String
  var label: String
  var input: Input
  var buffer = TextBuffer()
  var selected = 0
  /// Why the value cannot be saved, shown under the field.
  var problem: String?
  /// How many characters may be typed (`FieldLimit`).
  var limit: Int

  init(
    _ id: some FormFieldID, label: String, input: Input, text: String = "", selected: Int = 0,
    limit: Int? = nil
  ) {
    self.id = id.rawValue
    self.label = label
    self.input = input
    self.limit = limit ?? FieldLimit.standard(for: input)
    buffer = TextBuffer(text)
    self.selected = selected
  }

  var choices: [Choice] {
    if case .choice(let choices) = input { return choices }
    return []
  }

  /// The text typed, or the chosen value.
  var value: String {
    switch input {
    case .line, .lines: buffer.text
    case .choice(let choices): choices.indices.contains(selected) ? choices[selected].value : ""
    }
  }

  /// Whether the text holds more than the limit (only a draft kept from before the limits).
  var isOverLimit: Bool { buffer.characters.count > limit }

  /// Sets a text or, for a choice, selects the choice with that value (if there is one).
  mutating func set(_ value: String) {
    switch input {
    case .line, .lines: buffer.replace(with: value)
    case .choice(let choices):
      if let index = choices.firstIndex(where: { $0.value == value }) { selected = index }
    }
  }
}
