/// One field of a form or prompt: free text (one line or several), a choice from a list, or
/// a score on a scale.
struct FormField: Equatable, Sendable {
  struct Choice: Equatable, Sendable {
    /// What is stored (a staff account, a kind's id); empty for "none".
    var value: String
    var label: Phrase
  }

  enum Input: Equatable, Sendable {
    case line
    case lines
    case choice([Choice])
    /// A number on a scale (a satisfaction score 1–5, a recommendation 0–10): starts
    /// unanswered; digits choose, ← → step without wrapping (`ScoreControl`).
    case score(ClosedRange<Int>)
  }

  /// The raw value of the field's `FormFieldID`: how a draft names it.
  var id: String
  var label: Phrase
  var input: Input
  var buffer = TextBuffer()
  var selected = 0
  /// The score chosen in a `.score` field; nil until one is.
  var score: Int?
  /// The list of a `.choice` field opened under it, filtered as one types (`ChoiceList`).
  var list: ChoiceList?
  /// Why the value cannot be saved, shown under the field.
  var problem: Phrase?
  /// How many characters may be typed (`FieldLimit`).
  var limit: Int

  init(
    _ id: some FormFieldID, label: Phrase, input: Input, text: String = "", selected: Int = 0,
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
    case .score: score.map(String.init) ?? ""
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
    case .score(let scale):
      if value.isEmpty { score = nil }
      if let number = Int(value), scale.contains(number) { score = number }
    }
  }
}
