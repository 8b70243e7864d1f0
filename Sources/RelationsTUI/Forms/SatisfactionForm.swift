import Domain

/// The 1–5 question asked of the visitor at the desk after a visit answered on the spot.
enum SatisfactionForm {
  /// The form's one field; the raw value is the id drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case score
  }

  static func make(_ id: CaseID, _ text: UIText) -> Form {
    Form(
      title: "\(id) · "
        + text("How satisfied is the visitor? (ask them)", "ما مدى رضا الزائر؟ (اسأله)"),
      purpose: .satisfaction(id),
      fields: [
        FormField(
          Field.score, label: text("Score", "الدرجة"),
          input: .choice([
            .init(value: "5", label: text("5 very satisfied", "5 راضٍ جدًا")),
            .init(value: "4", label: text("4 satisfied", "4 راضٍ")),
            .init(value: "3", label: text("3 neutral", "3 محايد")),
            .init(value: "2", label: text("2 dissatisfied", "2 غير راضٍ")),
            .init(value: "1", label: text("1 very dissatisfied", "1 غير راضٍ إطلاقًا")),
          ]))
      ])
  }

  /// The score the visitor gave, or the form with the problem under its field: a value
  /// that is not 1–5 is refused, never recorded as some other score.
  static func validate(_ form: Form, _ text: UIText) -> Checked<Int, Form> {
    guard let score = Int(form.value(Field.score)), (1...5).contains(score) else {
      var checked = form
      checked.setProblem(
        Field.score,
        text("Choose a score from 1 to 5 with ← →.", "اختر درجة من 1 إلى 5 بالسهمين ← →."))
      return .failure(checked)
    }
    return .success(score)
  }
}
