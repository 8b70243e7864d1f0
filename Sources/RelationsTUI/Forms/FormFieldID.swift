/// The names of one form's fields, an enum per form purpose (`IntakeForm.Field`,
/// `CaseAction.Field`, …): code reads and writes fields through them, never through
/// strings. The raw value is the id a draft is saved under in `DATA/drafts/USER.json`, so
/// it never changes once a form has shipped.
protocol FormFieldID: RawRepresentable, Sendable where RawValue == String {}
