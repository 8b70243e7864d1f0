import Testing

@testable import Domain

@Suite struct PhoneSearchTests {
  @Test func aWholeNumberIsNormalisedByPhoneNumber() {
    #expect(PhoneSearch.digits(of: "055 123 4567") == "966551234567")
    #expect(PhoneSearch.digits(of: "(055) 123-4567") == "966551234567")
  }

  @Test func textWithLettersOrTooFewDigitsIsNoPhoneNumber() {
    #expect(PhoneSearch.digits(of: "055a") == nil)
    #expect(PhoneSearch.digits(of: "055") == nil)
    #expect(PhoneSearch.digits(of: "1234") == nil)
  }
}
