import Domain

/// The words of the messages the office sends of itself, in the person's language. They
/// leave the office, so they are the association's voice: a greeting, the case's number
/// to quote, one thing asked.
enum OutboxTexts {
  static func decision(approved: Bool, caseID: CaseID, reference: String?, language: Language)
    -> String
  {
    switch language {
    case .arabic:
      "السلام عليكم ورحمة الله وبركاته، نفيدكم بأن الجهة المختصة أصدرت قرارها في طلب التصريح رقم \(caseID): "
        + (approved ? "الموافقة" : "عدم الموافقة") + "."
        + (reference.map { " رقم القرار: \($0)." } ?? "")
    case .english:
      "Peace be upon you. The authority has decided on your permit request \(caseID): "
        + (approved ? "approved" : "not approved") + "."
        + (reference.map { " Decision number: \($0)." } ?? "")
    }
  }

  static func invitation(
    question: String, scale: SurveyQuestion.Scale, caseID: CaseID, name: String?,
    language: Language
  ) -> String {
    let name = name.flatMap { $0.allSatisfy(\.isWhitespace) ? nil : $0 }
    switch language {
    case .arabic:
      let greeting = "السلام عليكم" + (name.map { " \($0)" } ?? "") + "، "
      let reply =
        scale == .nps
        ? "أرسل رقمًا من ٠ إلى ١٠ (١٠ = أوصي بها بشدة)."
        : "أرسل رقمًا من ١ إلى ٥ (٥ = راضٍ جدًا، ١ = غير راضٍ أبدًا)."
      return greeting + "شكرًا لتواصلكم معنا بخصوص الطلب \(caseID). \(question) \(reply)"
    case .english:
      let greeting = "Peace be upon you" + (name.map { ", \($0)" } ?? "") + ". "
      let reply =
        scale == .nps
        ? "Reply with a number from 0 to 10 (10 = certainly)."
        : "Reply with a number from 1 to 5 (5 = very satisfied, 1 = not at all)."
      return greeting + "Thank you for contacting us about \(caseID). \(question) \(reply)"
    }
  }
}
