import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A choice opens a list of all its options with their names (Enter, or typing), filtered
/// as one types (Arabic-aware); ↑ ↓ move, Enter picks, Esc closes the list and not the form.
@Suite struct ChoiceListTests {
  static let id = CaseID(channel: .visit, number: 7)
  static let english = UIText(language: .english)

  /// A one-field assignee prompt, as `a` opens it for these staff.
  static func assign(_ staff: [(account: String, name: String)]) -> Form {
    let choices =
      [FormField.Choice(value: "", label: .form(.nobody))]
      + staff.map { .init(value: $0.account, label: .plain("\($0.name) (\($0.account))")) }
    return Form(
      title: .plain("Assign"), purpose: .action(.assign, id, version: 1),
      fields: [
        FormField(CaseAction.Field.assignee, label: .form(.assignTo), input: .choice(choices))
      ])
  }

  static let staff = [
    (account: "omar", name: "Omar Al-Harbi"), (account: "sara", name: "سارة الشهري"),
    (account: "khalid", name: "Khalid Al-Zahrani"), (account: "salman", name: "Salman Ali"),
  ]

  @Test func enterOpensTheListWithEveryOptionAndTheChosenOneHighlighted() throws {
    var form = Self.assign(Self.staff)
    form.set(CaseAction.Field.assignee, "sara")
    #expect(form.edit(.enter, Self.english) == .edited)
    let list = try #require(form.fields[0].list)
    #expect(list.matches(form.fields[0].choices, Self.english).count == 5)
    #expect(list.highlighted == 2)
  }

  @Test func typingFiltersByNameOrAccountAndEnterPicksTheHighlightedOne() {
    var form = Self.assign(Self.staff)
    for character in "sal" { _ = form.edit(.character(character), Self.english) }
    let list = form.fields[0].list
    #expect(list.map { $0.matches(form.fields[0].choices, Self.english) } == [4])
    _ = form.edit(.enter, Self.english)
    #expect(form.value(CaseAction.Field.assignee) == "salman")
    #expect(form.fields[0].list == nil)
  }

  @Test func optionsStartingWithWhatIsTypedComeFirst() {
    var form = Self.assign(Self.staff)
    _ = form.edit(.character("s"), Self.english)
    let list = form.fields[0].list
    // "nobody (unassigned)" and sara's account hold an s too, but Salman's name starts with one.
    #expect(list.map { $0.matches(form.fields[0].choices, Self.english) } == [4, 0, 2])
  }

  @Test func theFilterFoldsArabicAsSearchDoes() {
    var form = Self.assign(Self.staff)
    for character in "ساره" { _ = form.edit(.character(character), Self.english) }
    _ = form.edit(.enter, Self.english)
    #expect(form.value(CaseAction.Field.assignee) == "sara")
  }

  @Test func downMovesTheHighlightAndStopsAtTheLastOptionInsteadOfOvershooting() {
    var form = Self.assign(Self.staff)
    _ = form.edit(.enter, Self.english)
    for _ in 0..<9 { _ = form.edit(.down, Self.english) }
    _ = form.edit(.enter, Self.english)
    #expect(form.value(CaseAction.Field.assignee) == "salman")
  }

  @Test func escClosesTheListAndKeepsTheFormAndItsChoice() throws {
    var state = try MemoryDesk.state([.init(id: Self.id, subject: "Lesson moved")])
    state.press(.character("a"))
    state.press(.enter)
    #expect(state.form?.fields[0].list != nil)
    state.press(.escape)
    #expect(state.form != nil)
    #expect(state.form?.fields[0].list == nil)
  }

  @Test func aPickGoesOnToTheNextFieldAsEnterDoesInAForm() throws {
    var state = try MemoryDesk.state([.init(id: Self.id, subject: "Lesson moved")])
    state.press(.character("n"), .tab, .tab)
    #expect(state.form?.focusedField.id == IntakeForm.Field.kind.rawValue)
    state.type("comp")
    state.press(.enter)
    #expect(state.form?.value(IntakeForm.Field.kind) == "complaint")
    #expect(state.form?.focusedField.id == IntakeForm.Field.subject.rawValue)
  }

  @Test func nothingMatchingKeepsTheListOpenAndPicksNothing() {
    var form = Self.assign(Self.staff)
    for character in "zz" { _ = form.edit(.character(character), Self.english) }
    _ = form.edit(.enter, Self.english)
    #expect(form.fields[0].list != nil)
    #expect(form.value(CaseAction.Field.assignee) == "")
  }

  @Test func theNotificationChoiceListsEveryMeansWithPhoneCallFirst() throws {
    var state = try MemoryDesk.state([.init(id: Self.id, subject: "Lesson moved")])
    let item = try #require(state.desk.item(Self.id))
    let prompt = CaseAction.prompt(.notifyRequester, for: item, desk: state.desk, today: "")
    let form = try #require(prompt.form)
    state.overlay = .form(form)
    state.press(.enter)
    let screen = DeskView.render(state).text
    for means in ["phone call", "SMS", "in person", "letter", "e-mail"] {
      #expect(screen.contains(means), "the list shows \(means)")
    }
    state.press(.enter)
    #expect(state.form?.value(CaseAction.Field.how) == "phone call")
  }

  @Test func theMergeListNamesEachRecordsPersonBesideTheirNumbers() throws {
    let fixture = try DeskFixture()
    for phone in ["0551112233", "0559998877"] {
      _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
        CaseChange.Opening(
          id: id, kind: .inquiry, subject: "s",
          contact: ContactDetails(name: "Fatima Al-Harbi", phone: PhoneNumber(phone)),
          receivedAt: DeskFixture.now)
      }
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("fatima al-harbi")
    state.press(.enter, .character("m"))
    let label = try #require(state.form?.fields.first?.choices.first?.label.words())
    #expect(label.hasPrefix("Fatima Al-Harbi · C-"), "\(label)")
    #expect(label.contains("+96655"), "\(label)")
  }

  @Test func theKeysUnderAnOpenListSayHowToFilterPickAndClose() {
    var form = Self.assign(Self.staff)
    #expect(FormView.keysPhrase(form).words().contains("Enter or typing lists the choices"))
    _ = form.edit(.enter, Self.english)
    #expect(FormView.keysPhrase(form).words().contains("Esc close the list"))
  }

  @Test func tabWithTheListOpenTakesTheHighlightedOptionNotTheOneBefore() {
    var form = Self.assign(Self.staff)
    for character in "kha" { _ = form.edit(.character(character), Self.english) }
    #expect(form.edit(.tab, Self.english) == .ignored)  // the form then moves on
    #expect(form.value(CaseAction.Field.assignee) == "khalid")
    #expect(form.fields[0].list == nil)
  }

  @Test func aPickersPickIsItsAnswer() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let id = try #require(state.inbox.selectedID)
    let version = try #require(state.desk.item(id)?.version)
    state.press(.character("p"), .character("u"))  // urgent
    let effects = state.press(.enter)
    #expect(
      effects == [.execute(.triage(.init(priority: .urgent)), on: id, expectedVersion: version)])
  }
}

extension Checked {
  /// The form, when there is one (tests only).
  fileprivate var form: Value? {
    if case .success(let value) = self { return value }
    return nil
  }
}
