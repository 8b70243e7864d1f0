/// How many characters a field takes: enough for anything a person at the desk would type,
/// few enough that a paste of thousands of characters by mistake stays a mistake the form
/// names rather than a case it stores. A key that would go past the limit is refused with
/// a sentence under the field; nothing already typed is cut.
enum FieldLimit {
  /// A phone number, with spaces, dashes and a country code: 32.
  static let phone = 32
  /// A person's name: 120.
  static let name = 120
  /// One line of text (a subject, a reason, a reference, an e-mail): 200.
  static let line = 200
  /// Text of several lines (details, a note, a reply, a resolution): 10,000.
  static let text = 10_000

  /// The limit of a field that names none: by its kind of input.
  static func standard(for input: FormField.Input) -> Int {
    switch input {
    case .lines: text
    case .line, .choice, .score: line
    }
  }

  /// The sentence under a field when a key was refused at its limit.
  static func refused(_ field: FormField) -> Phrase {
    .form(.tooLong(field: field.label, limit: field.limit))
  }

  /// The sentence under a field that holds more than its limit (a draft kept from before
  /// the limits): all of it is kept, and typing more waits until some is deleted.
  static func over(_ field: FormField) -> Phrase {
    .form(.overLimit(field: field.label, count: field.buffer.characters.count, limit: field.limit))
  }
}
