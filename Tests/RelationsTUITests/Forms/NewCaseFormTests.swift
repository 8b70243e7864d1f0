import Domain
import Foundation
import JSONStore
import Testing

@testable import RelationsTUI

/// "New case" (`N`): the channel first, then the visit's fields and the party, then the
/// channel's own; typed at the desk, recorded in that channel's log.
@Suite struct NewCaseFormTests {
  static let office = OfficeConfiguration(name: LocalizedText(arabic: "م", english: "o"))

  func field(_ form: Form?, at index: Int) -> String? { form?.fields[index].id }

  @Test func nOpensTheChannelFirstInThePolicysOrderAndTheVisitFormGainsAParty() throws {
    var state = try MemoryDesk.state([])
    state.press(.character("N"))
    let form = try #require(state.form)
    #expect(form.title == .intake(.newCase))
    #expect(field(form, at: 0) == "channel")
    #expect(
      form.fields[0].choices.map(\.value) == [
        "visit", "phone", "letter", "social", "website", "volunteer",
      ])
    #expect(form.fields.map(\.id).suffix(2) == ["priority", "party"])
    state.press(.escape)
    state.press(.character("n"))
    #expect(
      state.form?.fields.map(\.id) == [
        "phone", "name", "kind", "subject", "details", "program", "priority", "party",
      ])
    #expect(state.form?.value(IntakeForm.Field.party) == "beneficiary")
  }

  @Test func choosingTheChannelBringsItsOwnFieldsAndKeepsWhatWasTyped() throws {
    var state = try MemoryDesk.state([])
    state.press(.character("N"), .tab, .tab, .tab, .tab)  // to Subject
    state.type("Asks about the lesson")
    state.press(.backTab, .backTab, .backTab, .backTab)  // back to Channel
    state.type("let")
    state.press(.enter)
    var form = try #require(state.form)
    #expect(form.value(IntakeForm.Field.channel) == "letter")
    #expect(form.value(IntakeForm.Field.subject) == "Asks about the lesson")
    #expect(form.fields.map(\.id).suffix(3) == ["reference", "letterDate", "arrival"])
    #expect(form.focus == 1)  // the pick went on to Phone
    state.press(.backTab)
    state.type("volu")
    state.press(.enter)
    form = try #require(state.form)
    #expect(form.fields.map(\.id).last == "volunteer")
    #expect(!form.fields.contains { $0.id == "reference" })
    // Nobody chose a party: volunteer service is a volunteer's.
    #expect(form.value(IntakeForm.Field.party) == "volunteer")
  }

  @Test func aPermitsProgramDateAndPlaceStayWhenTheChannelChanges() throws {
    var state = try MemoryDesk.state([])
    state.press(.character("N"), .tab, .tab, .tab)  // to Kind
    state.type("perm")
    state.press(.enter)
    var typed = try #require(state.form)
    try #require(typed.index(of: IntakeForm.Field.programDate) != nil)
    typed.set(IntakeForm.Field.programDate, "2026-12-10")
    typed.set(IntakeForm.Field.programPlace, "جامع الحي")
    typed.focus = 0
    state.overlay = .form(typed)
    state.type("vol")
    state.press(.enter)
    let form = try #require(state.form)
    #expect(form.value(IntakeForm.Field.channel) == "volunteer")
    #expect(form.value(IntakeForm.Field.party) == "volunteer")
    #expect(form.value(IntakeForm.Field.programDate) == "2026-12-10")
    #expect(form.value(IntakeForm.Field.programPlace) == "جامع الحي")
  }

  @Test func aPermitTypedAtTheDeskIsAVolunteersUnlessTheOfficerChoseAParty() throws {
    var state = try MemoryDesk.state([])
    state.press(.character("n"), .tab, .tab)  // to Kind
    #expect(state.form?.value(IntakeForm.Field.party) == "beneficiary")
    state.type("perm")
    state.press(.enter)
    #expect(state.form?.value(IntakeForm.Field.kind) == "permit")
    #expect(state.form?.value(IntakeForm.Field.party) == "volunteer")
    // A party the officer chose stays whatever the kind.
    var chosen = try #require(state.form)
    chosen.set(IntakeForm.Field.party, "supporter")
    chosen.focus = chosen.index(of: IntakeForm.Field.kind) ?? 0
    state.overlay = .form(chosen)
    state.type("inq")
    state.press(.enter)
    #expect(state.form?.value(IntakeForm.Field.party) == "supporter")
  }

  @Test func aLettersDateMustBeADateAndTheRestIsOptional() throws {
    var form = IntakeForm.make(office: Self.office, channel: .letter)
    form.set(IntakeForm.Field.subject, "Thanks for the course")
    form.set(IntakeForm.Field.letterDate, "20/11/2026")
    guard case .failure(let refused) = IntakeForm.validate(form) else {
      Issue.record("a date in another format was taken")
      return
    }
    #expect(refused.fields[refused.focus].id == "letterDate")
    #expect(refused.fields[refused.focus].problem == Phrase.intake(.writeLetterDate))
    form.set(IntakeForm.Field.letterDate, "2026-11-20")
    form.set(IntakeForm.Field.reference, " 12/44 ")
    form.set(IntakeForm.Field.arrival, "hand")
    guard case .success(let letter) = IntakeForm.validate(form) else {
      Issue.record("a whole letter was refused")
      return
    }
    #expect(letter.channel == .letter)
    #expect(
      letter.channelDetails
        == ChannelDetails(
          reference: "12/44", letterDate: CivilDate(year: 2026, month: 11, day: 20), arrival: .hand)
    )
  }

  @Test func aSocialMessagesHandleIsThePersonsAndThePartyIsTheirs() throws {
    var form = IntakeForm.make(office: Self.office, channel: .social)
    form.set(IntakeForm.Field.subject, "s")
    form.set(IntakeForm.Field.platform, "X")
    form.set(IntakeForm.Field.handle, "@salma")
    form.set(IntakeForm.Field.party, "supporter")
    guard case .success(let message) = IntakeForm.validate(form) else {
      Issue.record("refused")
      return
    }
    #expect(message.contact.handle == "@salma")
    #expect(message.channelDetails.platform == "X")
    #expect(message.party == .supporter)
  }

  @Test func aPhoneCallTypedAtTheDeskIsInThePhoneLogWithItsDirection() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    session.press(.character("N"))
    session.type("ph")
    session.press(.enter)  // Phone, and on to the phone number
    session.type("0551234567")
    session.press(.tab, .tab, .tab)
    session.type("Asks when the course starts")
    session.press(.tab, .tab, .tab, .tab, .tab)  // Details, Program, Priority, Party, Call
    session.type("out")
    session.press(.enter, .control("s"))
    let store = try DeskFixture.openStore(fixture.directory)
    let saved = try #require(
      store.cases.values.first { $0.subject == "Asks when the course starts" })
    #expect(saved.id.channel == .phone && saved.id.description.hasPrefix("P-"))
    #expect(saved.channelDetails.direction == .outgoing)
    #expect(session.state.overlay == nil)  // no visitor to read the number to
    #expect(session.state.inbox.selectedID == saved.id)
    let text = DeskView.render(session.state).text
    #expect(text.contains("outgoing call"), "\(text)")
    #expect(text.contains("Party: "), "\(text)")
  }

  @Test func aNewCaseDraftComesBackOnItsChannel() throws {
    let fixture = try DeskFixture()
    let state = fixture.state()
    var form = IntakeForm.make(office: state.desk.office, channel: .website)
    form.set(IntakeForm.Field.reference, "form-88")
    let object = DraftStore.encode(form)
    let back = try #require(DraftStore.decode(object, desk: state.desk, today: "2026-11-25"))
    #expect(back.value(IntakeForm.Field.channel) == "website")
    #expect(back.value(IntakeForm.Field.reference) == "form-88")
  }

  @Test func aPersonsRolesAreSetOnTheContactsScreenAndEveryDeskReadsThemBack() throws {
    let fixture = try DeskFixture()
    _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "s",
        contact: ContactDetails(name: "Fatima Al-Harbi", phone: PhoneNumber("0551112233")),
        receivedAt: DeskFixture.now)
    }
    let session = try fixture.session()
    session.press(.character("4"), .character("/"))
    session.type("fatima al-harbi")
    session.press(.enter, .character("e"))
    #expect(session.state.form?.value(ContactEditForm.Field.beneficiary) == "yes")
    session.press(.tab, .tab, .tab, .left)  // beneficiary: no
    session.press(.tab, .tab, .right)  // supporter: yes
    session.press(.control("s"))
    #expect(session.state.notice?.tone == .success)
    let reread = try DeskFixture.openStore(fixture.directory)
    let person = try #require(
      reread.contacts.recognise(ContactDetails(phone: PhoneNumber("0551112233"))))
    #expect(person.roles == [.supporter])
    // A person with no role left is refused under the first role.
    session.press(.character("e"), .tab, .tab, .tab, .tab, .tab, .left, .control("s"))
    #expect(
      session.state.form?.fields.contains { $0.problem == Phrase.intake(.keepOneRole) } == true)
  }
}

extension NewCaseFormTests {
  @Test(arguments: [(80, 24), (120, 40)])
  func theNewCaseFormOnALetterMatchesItsSnapshot(width: Int, height: Int) throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height)
    state.press(.character("N"))
    state.type("let")
    state.press(.enter, .tab, .tab, .tab)
    state.type("Thanks for the Quran circle")
    state.press(.tab, .tab, .tab, .tab, .tab)
    state.type("12/44")
    Snapshot.check(DeskView.render(state).text, "desk-new-case-letter-\(width)x\(height)")
  }

  @Test func aKnownNumberBringsThePartyThePersonCameAsBefore() throws {
    let fixture = try DeskFixture()
    _ = try fixture.store.open(on: .phone, by: .manager("huda"), now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "s",
        contact: ContactDetails(phone: PhoneNumber("0551112299")),
        receivedAt: DeskFixture.now, party: .supporter)
    }
    var state = fixture.state()
    state.press(.character("n"))
    state.type("0551112299")
    #expect(state.form?.value(IntakeForm.Field.party) == "supporter")
    // A party the officer chose is kept.
    state.press(.escape, .character("y"), .character("n"))
    for _ in 0..<7 { state.press(.tab) }
    state.press(.right)
    let chosen = state.form?.value(IntakeForm.Field.party)
    for _ in 0..<7 { state.press(.backTab) }
    state.type("0551112299")
    #expect(chosen == "internal" && state.form?.value(IntakeForm.Field.party) == "internal")
  }
}

extension NewCaseFormTests {
  /// A call is as quick to record as a visit: `N`, its channel's first letter and Enter,
  /// then the visit's keys.
  @Test(arguments: [
    ("p", "phone"), ("l", "letter"), ("s", "social"), ("w", "website"), ("v", "volunteer"),
  ])
  func eachChannelIsItsFirstLetterAndEnterAway(letter: String, channel: String) throws {
    var state = try MemoryDesk.state([])
    state.press(.character("N"))
    state.type(letter)
    state.press(.enter)
    #expect(state.form?.value(IntakeForm.Field.channel) == channel)
    #expect(state.form?.focusedField.id == "phone")
  }
}
