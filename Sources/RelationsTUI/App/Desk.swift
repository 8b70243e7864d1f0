import Domain
import Foundation

/// A reply template from `DATA/templates`: its file name without `.md`, and its text.
struct ReplyTemplate: Equatable, Sendable {
  var id: String
  var body: String

  /// The reply for `item`: the template's `# title` line dropped, and `{{case}}`, `{{name}}`,
  /// `{{reference}}`, `{{decision}}` and `{{resolution}}` filled in from the case (a field
  /// the case does not have yet stays as it is, for the officer to fill).
  func text(for item: Case) -> String {
    var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.first?.hasPrefix("# ") == true { lines.removeFirst() }
    var text = lines.joined(separator: "\n").trimmingSpaces
    let arabic = id.hasSuffix(".ar")
    let decision = item.permit.flatMap { permit -> String? in
      switch permit.step {
      case .approved: arabic ? "الموافقة" : "approved"
      case .rejected: arabic ? "الرفض" : "rejected"
      default: nil
      }
    }
    let values: [String: String?] = [
      "case": item.id.description,
      "name": item.contact.name,
      "reference": item.permit?.decisionReference ?? item.permit?.authorityReference,
      "decision": decision,
      "resolution": item.resolution,
    ]
    for (key, value) in values {
      if let value { text = text.replacingOccurrences(of: "{{\(key)}}", with: value) }
    }
    return text
  }
}

/// A reference document from `DATA/library` (or a reply template, for the library screen):
/// its file name, its title (the first `# ` line) and its text.
struct LibraryDocument: Equatable, Sendable {
  var id: String
  var title: String
  var body: String
  var isTemplate = false
}

/// What the desk shows, as values: the office, who is at the keyboard, and the cases, inbox
/// and contacts as the logs hold them now. The shell hands a new one in after every change.
struct Desk: Sendable {
  var office: OfficeConfiguration
  var user: String
  /// Every case as the inbox needs it; without history when the store keeps none (the
  /// selected case's whole history is `AppState.detail`).
  var cases: CaseTable
  var inbox: Inbox
  var contacts: ContactRegistry
  var templates: [ReplyTemplate] = []
  /// The office's reference documents.
  var library: [LibraryDocument] = []
  var language: Language = .english
  /// Arabic-Indic digits in the Arabic interface's numbers.
  var arabicDigits = false
  /// The office's survey definitions, by id.
  var surveys: [String: SurveyDefinition] = [:]
  /// Every survey response, once read (`responsesLoaded`): the desk reads them when the
  /// surveys screen is first opened, not at start.
  var responses: [SurveyResponse] = []
  var responsesLoaded = false
  /// Why the office is open read-only, when it is: shown as a banner, and saving is refused.
  var readOnly: ReadOnlyReason?

  /// The interface's words in the desk's language.
  var text: UIText { UIText(language: language, arabicDigits: arabicDigits) }

  func item(_ id: CaseID) -> Case? { cases[id] }

  /// "Fatima Al-Harbi" for `fatima`, or the account itself when it is not on the staff list.
  func staffName(_ account: String) -> String {
    office.staff.first { $0.account == account }?.name ?? account
  }

  var officeName: String { office.name.text(in: language) }
}
