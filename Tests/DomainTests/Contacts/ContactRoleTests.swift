import Domain
import Foundation
import Testing

/// The policy's four parties: what a case is recorded under at intake, what triage changes,
/// and the roles a person's record holds.
@Suite struct ContactRoleTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)

  func open(
    _ channel: Channel, kind: CaseKind = .inquiry, party: ContactRole? = nil,
    then commands: [CaseCommand] = []
  ) throws(CaseRejection) -> Case? {
    var state: Case?
    let opening = CaseChange.Opening(
      id: CaseID(channel: channel, number: 1), kind: kind, subject: "s",
      contact: ContactDetails(phone: PhoneNumber("0551234567")), receivedAt: start, party: party)
    for command in [CaseCommand.open(opening)] + commands {
      let events = try CaseDecider.decide(command, state, at: start, by: .manager("huda"))
      state = events.reduce(state, CaseDecider.evolve)
    }
    return state
  }

  @Test func aCaseIsRecordedUnderThePartyGivenAtIntake() throws {
    #expect(try open(.phone, party: .supporter)?.party == .supporter)
    #expect(try open(.visit, party: .internalBeneficiary)?.party == .internalBeneficiary)
  }

  @Test func aCaseRecordedBeforePartiesReadsAsThePresumedParty() throws {
    #expect(try open(.visit)?.party == .externalBeneficiary)
    #expect(try open(.volunteer)?.party == .volunteer)
    #expect(try open(.website, kind: .permit)?.party == .volunteer)
  }

  @Test func triageChangesThePartyAndTheSamePartyChangesNothing() throws {
    let triaged = try open(
      .letter, party: .externalBeneficiary,
      then: [.triage(CaseChange.Triage(party: .supporter))])
    #expect(triaged?.party == .supporter)
    #expect(triaged?.status == .open)
    #expect(throws: CaseRejection.nothingChanged) {
      try open(.letter, party: .supporter, then: [.triage(CaseChange.Triage(party: .supporter))])
    }
  }

  @Test func partiesAreNamedAsInFilesAndOldSavedNamesStillRead() {
    #expect(
      ContactRole.allCases.map(\.rawValue) == ["beneficiary", "internal", "supporter", "volunteer"])
    #expect(ContactRole(party: "beneficiary-external") == .externalBeneficiary)
    #expect(ContactRole(party: "beneficiary-internal") == .internalBeneficiary)
    #expect(ContactRole(party: "supporter") == .supporter)
    #expect(ContactRole(party: "donor") == nil)
  }

  @Test func aPersonTakesEachPartyTheyCameAsAndStaffSetTheirRoles() throws {
    let phone = try #require(PhoneNumber("0551234567"))
    var contacts = ContactRegistry()
    let details = ContactDetails(phone: phone)
    contacts.record(
      details, caseID: CaseID(channel: .visit, number: 1), channel: .visit, kind: .inquiry)
    contacts.record(
      details, caseID: CaseID(channel: .phone, number: 1), channel: .phone, kind: .inquiry,
      party: .supporter)
    let known = try #require(contacts.recognise(details))
    #expect(known.roles == [.externalBeneficiary, .supporter])
    #expect(known.party == .externalBeneficiary)
    let set = contacts.apply(.setRoles(.phone(phone), roles: [.internalBeneficiary]))
    #expect(set)
    #expect(contacts.recognise(details)?.roles == [.internalBeneficiary])
    #expect(contacts.recognise(details)?.party == .internalBeneficiary)
    // No role at all, or the same roles again, changes nothing.
    let none = contacts.apply(.setRoles(.phone(phone), roles: []))
    let same = contacts.apply(.setRoles(.phone(phone), roles: [.internalBeneficiary]))
    #expect(!none && !same)
  }
}
