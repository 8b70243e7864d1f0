import Domain
import Testing

@Suite struct OutboundMediumTests {
  let everything = ContactDetails(
    name: "Ali", phone: PhoneNumber("+966501234567"), email: "ali@example.org", handle: "@ali")

  @Test func eachMediumIsAddressedByWhatItNeeds() {
    #expect(OutboundMedium.sms.address(in: everything) == "+966501234567")
    #expect(OutboundMedium.whatsapp.address(in: everything) == "+966501234567")
    #expect(OutboundMedium.email.address(in: everything) == "ali@example.org")
    #expect(OutboundMedium.directMessage.address(in: everything) == "@ali")
    #expect(OutboundMedium.letter.address(in: everything) == "Ali")
    #expect(OutboundMedium.email.address(in: ContactDetails(email: "  ")) == nil)
  }

  @Test func aReplyGoesBackTheWayTheCaseCameExceptAVisit() {
    #expect(OutboundMedium.default(for: .phone) == .sms)
    #expect(OutboundMedium.default(for: .social) == .directMessage)
    #expect(OutboundMedium.default(for: .website) == .email)
    #expect(OutboundMedium.default(for: .letter) == .letter)
    #expect(OutboundMedium.default(for: .visit) == nil)
  }

  @Test func theOfficesOwnMessagesGoByTheChannelElseTheFirstThatReaches() {
    #expect(OutboundMedium.preferred(for: .social, contact: everything) == .directMessage)
    #expect(
      OutboundMedium.preferred(for: .social, contact: ContactDetails(email: "a@b.org")) == .email)
    #expect(
      OutboundMedium.preferred(
        for: .visit, contact: ContactDetails(phone: PhoneNumber("0501234567")))
        == .sms)
    #expect(OutboundMedium.preferred(for: .visit, contact: ContactDetails(name: "Ali")) == nil)
    #expect(OutboundMedium.reaching(ContactDetails(name: "Ali")) == [.letter])
    // A letter cannot be answered with one digit: an invitation goes by SMS instead.
    #expect(OutboundMedium.preferred(for: .letter, contact: everything) == .letter)
    #expect(
      OutboundMedium.preferred(for: .letter, contact: everything, answerable: true) == .sms)
    #expect(
      OutboundMedium.preferred(for: .letter, contact: ContactDetails(name: "Ali"), answerable: true)
        == nil)
  }
}
