import Domain
import Foundation

/// The desk's screens (CONTRACTS.md), by the number key that opens each.
enum DeskScreen: Int, CaseIterable, Sendable {
  case inbox = 1
  case surveys, permits, contacts, library

  func title(_ text: UIText) -> String {
    switch self {
    case .inbox: text("Inbox", "الوارد")
    case .surveys: text("Surveys", "الاستبانات")
    case .permits: text("Permits", "التصاريح")
    case .contacts: text("Contacts", "المراجعون")
    case .library: text("Library", "المكتبة")
    }
  }
}

/// A line for the user at the bottom of the screen.
struct Notice: Equatable, Sendable {
  enum Tone: Sendable { case info, success, error }
  var text: String
  var tone: Tone
}

/// Everything the screen shows, as one value: `update` changes it, `render` draws it.
struct AppState: Sendable {
  enum Pane: Sendable { case list, detail }

  /// What sits on top of the screen and takes the keys.
  enum Overlay: Equatable, Sendable {
    case help
    case form(Form)
    /// A visit was saved: its id is read to the visitor; `r` resolves it on the spot.
    case savedVisit(CaseID)
  }

  var desk: Desk
  var width: Int
  var height: Int
  var now: Date
  var screen = DeskScreen.inbox
  var query = InboxQuery()
  /// The cases the list shows, in order (computed when the query or the cases change).
  var visible: [CaseID] = []
  /// The selected case; kept by id, so a refresh that reorders the list keeps it.
  var selectedID: CaseID?
  var listTop = 0
  var detailTop = 0
  var pane = Pane.list
  /// The search being typed, while `/` is active.
  var searchInput: TextBuffer?
  var overlay: Overlay?
  var notice: Notice?
  var quitting = false
  /// The selected case read with its whole history, for the detail pane.
  var detail: Case?
  /// The surveys screen: which survey, over which period, broken down by what.
  var surveyID: String?
  var surveyPeriod: SurveyPeriod?
  var surveyBreakdown: SurveyBreakdown.Dimension?
  /// The figures for those filters, worked out when they change.
  var surveyFigures: SurveyFigures?
  /// The contacts screen: the person selected, and a search.
  var contactIndex = 0
  var contactSearch = ""
  /// The people the contacts screen lists, and who is probably whom, worked out when the
  /// screen opens, its search changes or the contacts do: not for every frame.
  private(set) var contactsShown: [Contact] = []
  private(set) var contactTwins: [String: [Contact]] = [:]
  /// The library screen: the document selected, how far it is scrolled, and a search.
  var libraryIndex = 0
  var libraryTop = 0
  var librarySearch = ""
  /// The permits screen: every permit request, what waits on the office first.
  var permits: [CaseID] = []
  var permitIndex = 0
  /// Cases whose low survey score asks for a follow-up, and the one selected there.
  var followUps: [CaseID] = []
  var followUpIndex = 0
  /// Open and overdue cases for the status bar, counted with the list.
  private(set) var counts: (open: Int, overdue: Int) = (0, 0)

  init(desk: Desk, width: Int, height: Int, now: Date) {
    self.desk = desk
    self.width = width
    self.height = height
    self.now = now
    refreshList()
  }

  static let minimumWidth = 80
  static let minimumHeight = 24

  var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  var selectedIndex: Int? { selectedID.flatMap { id in visible.firstIndex(of: id) } }

  var selectedCase: Case? { selectedID.flatMap { desk.item($0) } }

  /// The selected case with its whole history when it has been read (`Effect.loadCase`),
  /// else as the inbox holds it.
  var shownCase: Case? {
    if let detail, detail.id == selectedID { return detail }
    return selectedCase
  }

  var form: Form? {
    if case .form(let form) = overlay { return form }
    return nil
  }

  /// Works the contacts screen's list and suggestions out again.
  mutating func refreshContacts() {
    contactsShown = ContactsScreen.matching(contactSearch, in: desk.contacts.contacts)
    contactTwins = ContactsScreen.twins(in: desk.contacts)
  }

  /// Works the surveys screen's figures out again for its survey, period and breakdown.
  mutating func refreshSurveyFigures() {
    guard desk.responsesLoaded, let id = surveyID, let survey = desk.surveys[id],
      let period = surveyPeriod
    else {
      surveyFigures = nil
      return
    }
    surveyFigures = SurveyFigures(
      survey: survey, period: period, breakdown: surveyBreakdown, desk: desk)
  }

  /// Recomputes the list for the query and keeps the selection where it can.
  mutating func refreshList() {
    visible = desk.inbox.list(query, user: desk.user, now: now)
    counts = desk.inbox.counts(now: now)
    if let id = selectedID, visible.contains(id) { return }
    selectedID = visible.first
    listTop = 0
    detailTop = 0
  }
}
