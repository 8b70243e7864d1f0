import Domain
import Testing

@Suite struct ContactRegistryTests {
  func details(_ name: String?, phone: String? = nil, email: String? = nil, handle: String? = nil)
    -> ContactDetails
  {
    ContactDetails(name: name, phone: phone.flatMap(PhoneNumber.init), email: email, handle: handle)
  }

  @Test func aReturningPersonIsRecognisedByPhoneWhicheverWayItWasWritten() {
    var registry = ContactRegistry()
    registry.record(
      details("أحمد علي", phone: "0551234567"), caseID: CaseID(channel: .visit, number: 1),
      channel: .visit, kind: .inquiry)
    let found = registry.recognise(details(nil, phone: "+966 55 123 4567"))
    #expect(found?.name == "أحمد علي")
    #expect(registry.recognise(details(nil, phone: "٠٥٥١٢٣٤٥٦٧"))?.id == found?.id)
  }

  @Test func oneHistoryAcrossChannelsJoinedByAnyKey() {
    var registry = ContactRegistry()
    let visit = CaseID(channel: .visit, number: 1)
    let website = CaseID(channel: .website, number: 4)
    let social = CaseID(channel: .social, number: 9)
    registry.record(
      details("Maria Santos", phone: "0551234567"), caseID: visit, channel: .visit, kind: .inquiry)
    registry.record(
      details("Maria", phone: "0551234567", email: "Maria@Example.org"), caseID: website,
      channel: .website, kind: .service)
    registry.record(
      details(nil, email: "maria@example.org", handle: "@maria_s"), caseID: social,
      channel: .social, kind: .complaint)
    #expect(registry.contacts.count == 1)
    #expect(registry.contacts[0].cases == [visit, website, social])
    #expect(registry.contact(for: .handle("maria_s"))?.id == "C-1")
  }

  @Test func volunteersAreRecognisedAsVolunteers() {
    var registry = ContactRegistry()
    let contact = registry.record(
      details("خالد", phone: "0501112222"), caseID: CaseID(channel: .volunteer, number: 1),
      channel: .volunteer, kind: .permit)
    #expect(contact?.roles == [.volunteer])
  }

  @Test func aNameAloneMakesNoContact() {
    var registry = ContactRegistry()
    #expect(
      registry.record(
        details("محمد"), caseID: CaseID(channel: .letter, number: 1), channel: .letter,
        kind: .inquiry) == nil)
    #expect(registry.contacts.isEmpty)
  }

  @Test func theSameFullNameUnderTwoNumbersIsSuggestedAsADuplicate() {
    var registry = ContactRegistry()
    registry.record(
      details("أحمد عبدالله", phone: "0551234567"), caseID: CaseID(channel: .visit, number: 1),
      channel: .visit, kind: .inquiry)
    registry.record(
      details("احمد عبدالله", phone: "0569999999"), caseID: CaseID(channel: .phone, number: 2),
      channel: .phone, kind: .inquiry)
    registry.record(
      details("سارة", phone: "0531111111"), caseID: CaseID(channel: .phone, number: 3),
      channel: .phone, kind: .inquiry)
    let suggestions = registry.duplicateSuggestions()
    #expect(suggestions.count == 1)
    #expect(suggestions.first.map { [$0.0.id, $0.1.id] } == ["C-1", "C-2"])
  }
}

@Suite struct ContactEditTests {
  func registry() -> ContactRegistry {
    var registry = ContactRegistry()
    registry.record(
      ContactDetails(name: "Fatima", phone: PhoneNumber("0551112233")),
      caseID: CaseID(channel: .visit, number: 1), channel: .visit, kind: .inquiry)
    registry.record(
      ContactDetails(name: "F. Al-Harbi", email: "f@example.org"),
      caseID: CaseID(channel: .website, number: 1), channel: .website, kind: .complaint)
    return registry
  }

  let phone = ContactKey.phone(PhoneNumber("0551112233") ?? PhoneNumber(e164: "+966551112233"))
  let email = ContactKey.email("f@example.org")

  @Test func aNameSetByStaffIsNotReplacedByLaterCases() {
    var registry = registry()
    let renamed = registry.apply(.rename(phone, name: "فاطمة الحربي"))
    #expect(renamed)
    registry.record(
      ContactDetails(name: "fatma", phone: PhoneNumber("0551112233")),
      caseID: CaseID(channel: .phone, number: 1), channel: .phone, kind: .inquiry)
    #expect(registry.contact(for: phone)?.name == "فاطمة الحربي")
  }

  @Test func mergingMakesOneRecordWithEveryKeyAndCase() {
    var registry = registry()
    #expect(registry.contacts.count == 2)
    let merged1 = registry.apply(.merge(email, into: phone))
    #expect(merged1)
    #expect(registry.contacts.count == 1)
    let merged = registry.contact(for: email)
    #expect(merged?.id == registry.contact(for: phone)?.id)
    #expect(merged?.cases.count == 2)
    #expect(merged?.name == "Fatima")
    let again = registry.apply(.merge(email, into: phone))
    #expect(!again)
  }

  @Test func addingAKeyThatIsSomeoneElsesMergesThem() {
    var registry = registry()
    let added = registry.apply(.addKey(phone, newKey: email))
    #expect(added)
    #expect(registry.contacts.count == 1)
  }

  @Test func aKeyReadsBackFromItsText() {
    #expect(ContactKey(text: phone.text) == phone)
    #expect(ContactKey(text: email.text) == email)
    #expect(ContactKey(text: "fax:1") == nil)
  }
}
