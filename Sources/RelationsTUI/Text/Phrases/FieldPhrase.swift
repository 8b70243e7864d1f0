import Domain

/// The words of the form controls: the score control (its keys, its problem, the score
/// read back), a choice's list (its keys and filter line), reply templates (a placeholder
/// still to fill, what a template fits) and a save refused because a colleague changed
/// the case first, told in words and local time.
enum FieldPhrase: Equatable, Sendable {
  // MARK: The score control

  /// The keys under a form whose focused field is a score on `scale`.
  case scoreKeys(ClosedRange<Int>)
  /// What an unanswered score field shows: how to answer it.
  case typeScore(ClosedRange<Int>)
  /// Under a score field: a digit off the scale, or saving with nothing chosen.
  case chooseScore(ClosedRange<Int>)
  /// A satisfaction score in words alone ("satisfied").
  case satisfactionWord(SatisfactionForm.Score)
  /// A score read back after it is saved: "4 of 5, satisfied".
  case scoreReadBack(Int, of: Int)

  // MARK: The choice list

  /// The keys under a form whose focused field is a choice with its list closed.
  case choiceKeys
  /// The keys under a picker (a form of one choice) with its list closed.
  case pickerKeys
  /// The keys under a form that is one score and nothing else.
  case scoreKeysAlone(ClosedRange<Int>)
  /// The keys under a form whose focused choice has its list open.
  case listKeys
  /// The list's first line: what is typed, and how many options match of how many.
  case listFilter(String, matches: Int, of: Int)
  /// The list when nothing matches what is typed.
  case noMatch

  // MARK: Reply templates

  /// Saving a reply that still holds a placeholder the case could not fill.
  case fillPlaceholder(String)
  /// Under the template choice: the kinds of case and permit steps the template is for,
  /// which this case is not.
  case templateFits(kinds: [CaseKind], steps: [PermitStep])

  // MARK: Conflicts

  /// A save refused because someone else changed the case first: who, what, and when in
  /// the office's time (`at` nil when the log could not say).
  case changedMeanwhile(stream: String, by: String?, change: LoggedChange?, at: DatePhrase?)
}
