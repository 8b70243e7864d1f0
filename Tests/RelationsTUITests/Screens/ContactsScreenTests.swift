import Domain
import Foundation
import Testing

@testable import RelationsTUI

@Suite struct ContactsScreenTests {
  @Test func aPersonIsFoundByAnArabicSpellingVariantAndShownWithEveryCase() throws {
    let fixture = try DeskFixture()
    let first = try fixture.store.open(on: .visit, actor: "huda", now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "درس الجمعة",
        contact: ContactDetails(name: "أسامة القرني", phone: PhoneNumber("0551112233")),
        receivedAt: DeskFixture.now)
    }
    let second = try fixture.store.open(on: .phone, actor: "omar", now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .complaint, subject: "تأخر الرد",
        contact: ContactDetails(phone: PhoneNumber("+966 55 111 2233")), receivedAt: DeskFixture.now
      )
    }
    var state = fixture.state()
    state.press(.character("4"), .character("/"))
    state.type("اسامه القرني")  // typed without the hamza and with ه for ة
    state.press(.enter)
    let shown = ContactsScreen.shown(state)
    #expect(shown.count == 1)
    #expect(shown.first?.cases == [first.id, second.id])
    let text = DeskView.render(state).text
    #expect(text.contains(first.id.description) && text.contains(second.id.description))
    #expect(text.contains("+966551112233"))
  }

  @Test func peopleWhoAreProbablyTheSameAreSuggested() throws {
    let fixture = try DeskFixture()
    for phone in ["0551112233", "0559998877"] {
      _ = try fixture.store.open(on: .visit, actor: "huda", now: DeskFixture.now) { id in
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
}
