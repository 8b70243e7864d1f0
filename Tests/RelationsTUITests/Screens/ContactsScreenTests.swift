import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct ContactsScreenTests {
  @Test func aPersonIsFoundByAnArabicSpellingVariantAndShownWithEveryCase() throws {
    let fixture = try DeskFixture()
    let first = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) {
      id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "درس الجمعة",
        contact: ContactDetails(name: "أسامة القرني", phone: PhoneNumber("0551112233")),
        receivedAt: DeskFixture.now)
    }
    let second = try fixture.store.open(on: .phone, by: .manager("omar"), now: DeskFixture.now) {
      id in
      CaseChange.Opening(
        id: id, kind: .complaint, subject: "تأخر الرد",
        contact: ContactDetails(phone: PhoneNumber("+966 55 111 2233")), receivedAt: DeskFixture.now
      )
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("اسامه القرني")  // typed without the hamza and with ه for ة
    state.press(.enter)
    let shown = state.contacts.shown
    #expect(shown.count == 1)
    #expect(shown.first?.cases == [first.id, second.id])
    let text = DeskView.render(state).text
    #expect(text.contains(first.id.description) && text.contains(second.id.description))
    #expect(text.contains("+966551112233"))
  }

  @Test(arguments: ["0551112233", "٠٥٥١١١٢٢٣٣", "055 111 2233", "+966551112233"])
  func aPersonIsFoundByTheirPhoneTypedTheLocalWay(typed: String) throws {
    let fixture = try DeskFixture()
    _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "s",
        contact: ContactDetails(name: "Ayesha Siddiqui", phone: PhoneNumber("0551112233")),
        receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type(typed)
    state.press(.enter)
    #expect(state.contacts.shown.map(\.name) == ["Ayesha Siddiqui"])
  }

  @Test func peopleWhoAreProbablyTheSameAreSuggested() throws {
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
    state.press(.enter)
    #expect(DeskView.render(state).text.contains("Probably the same person"))
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theContactsScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("4"))
    Snapshot.check(DeskView.render(state).text, "desk-contacts-\(width)x\(height)")
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theArabicContactsScreenMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: .arabic)
    state.press(.character("4"))
    Snapshot.check(DeskView.render(state).text, "desk-contacts-ar-\(width)x\(height)")
  }

  @Test func twoPeopleOfOneNameAreTwoRowsEachWithItsPhone() throws {
    let fixture = try DeskFixture()
    for phone in ["0551112233", "0559998877"] {
      _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
        CaseChange.Opening(
          id: id, kind: .inquiry, subject: "s",
          contact: ContactDetails(name: "Ahmed Khan", phone: PhoneNumber(phone)),
          receivedAt: DeskFixture.now)
      }
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("Ahmed Khan")
    state.press(.enter)
    let rows = DeskView.render(state).text.split(separator: "\n").filter {
      $0.contains("Ahmed Khan") && $0.contains("+9665")
    }
    #expect(rows.contains { $0.contains("+966551112233") })
    #expect(rows.contains { $0.contains("+966559998877") })
  }

  @Test func enterOnOneOfAPersonsCasesOpensItInTheInbox() throws {
    let fixture = try DeskFixture()
    let older = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) {
      id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "First visit",
        contact: ContactDetails(name: "Yusuf Ali", phone: PhoneNumber("0551212121")),
        receivedAt: DeskFixture.now.addingTimeInterval(-86_400))
    }
    let newer = try fixture.store.open(on: .phone, by: .manager("huda"), now: DeskFixture.now) {
      id in
      CaseChange.Opening(
        id: id, kind: .complaint, subject: "Second call",
        contact: ContactDetails(phone: PhoneNumber("0551212121")), receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("Yusuf")
    state.press(.enter)  // keeps the search
    state.press(.enter)  // to the person's cases, the newest first
    #expect(state.contacts.caseIndex == 0)
    state.press(.character("j"), .enter)
    #expect(state.screen == .inbox)
    #expect(state.inbox.selectedID == older.id)
    #expect(newer.id != older.id)
  }

  @Test(arguments: [Language.arabic, .english])
  func theCaseCountStaysAtTheStartEdgeWhateverTheNamesScript(language: Language) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 120, height: 40, language: language)
    state.press(.character("4"))
    let grid = DeskView.render(state)
    let latin = try #require((3..<grid.height).first { grid.line($0).contains("Jose Reyes  ") })
    let arabic = try #require(
      (3..<grid.height).first { grid.line($0).contains(Bidi.visual("أحمد الحربي").text) })
    // The list's start edge: the right end of the screen in Arabic, the left in English.
    func startCell(_ row: Int) -> Character {
      let line = Array(grid.line(row))
      return language == .arabic ? line[line.count - 2] : line[1]
    }
    #expect(startCell(latin).isNumber)
    #expect(startCell(arabic).isNumber)
  }

  @Test func escAfterEnterClearsTheSearch() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("Ahmed")
    state.press(.enter, .escape)
    #expect(state.contacts.search.isEmpty)
    #expect(state.contacts.searching == nil)
  }

  @Test func aFrontDeskIsToldItMayNotEditAPersonBeforeTheFormOpens() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    // A real office, where huda is on the staff as a front desk.
    state.desk.office.demo = false
    state.desk.user = "huda"
    state.press(.character("4"), .character("e"))
    #expect(state.form == nil)
    #expect(
      state.notice?.phrase
        == .office(.rejection(.notAllowed(role: .frontdesk, allowed: [.officer, .manager]))))
    state.desk.user = "omar"
    state.press(.escape, .character("e"))
    #expect(state.form != nil)
  }
}
