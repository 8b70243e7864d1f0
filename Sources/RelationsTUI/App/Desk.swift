import Domain

/// A reply template from `DATA/templates`: its file name without `.md`, and its text.
struct ReplyTemplate: Equatable, Sendable {
  var id: String
  var body: String
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
  var language: Language = .english

  func item(_ id: CaseID) -> Case? { cases[id] }

  /// "Fatima Al-Harbi" for `fatima`, or the account itself when it is not on the staff list.
  func staffName(_ account: String) -> String {
    office.staff.first { $0.account == account }?.name ?? account
  }

  var officeName: String { office.name.text(in: language) }
}
