import Domain
import Foundation
import Office

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
  /// The cases that link to a case or were merged into it, by that case.
  var pointedAt: [CaseID: [CaseID]] = [:]
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

  /// Who the user acts as in this office, with their role; nil for an account that is not on
  /// the staff (the command line refuses it before a desk opens).
  var acting: Acting? { office.acting(user) }

  /// Why the user's role may not do work that takes any of `permissions`, said before a
  /// form opens for it; nil when it may (or when the office does not know the user, whose
  /// saves are refused anyway).
  func roleRefusal(unless permissions: Set<Permission>) -> Phrase? {
    do throws(CaseRejection) {
      try acting?.require(anyOf: permissions)
      return nil
    } catch {
      return .office(.rejection(error))
    }
  }

  /// "Fatima Al-Harbi" for `fatima`, or the account itself when it is not on the staff list.
  func staffName(_ account: String) -> String {
    office.staff.first { $0.account == account }?.name ?? account
  }

  var officeName: String { office.name.text(in: language) }
}
