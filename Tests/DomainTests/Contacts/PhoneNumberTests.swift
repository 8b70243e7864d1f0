import Domain
import PropertyBased
import Testing

@Suite struct PhoneNumberTests {
  @Test(arguments: [
    "0551234567", "551234567", "966551234567", "+966551234567", "00966551234567",
    "055 123 4567", "055-123-4567", "+966 (55) 123.4567", "٠٥٥١٢٣٤٥٦٧", "۰۵۵۱۲۳۴۵۶۷",
    "+٩٦٦ ٥٥ ١٢٣ ٤٥٦٧",
  ])
  func everySaudiFormOfOneMobileIsTheSameNumber(_ text: String) {
    #expect(PhoneNumber(text)?.e164 == "+966551234567")
  }

  @Test func saudiLandlinesAndForeignNumbersKeepTheirCountry() {
    #expect(PhoneNumber("011 234 5678")?.e164 == "+966112345678")
    #expect(PhoneNumber("+92 300 1234567")?.e164 == "+923001234567")
    #expect(PhoneNumber("0063 917 123 4567")?.e164 == "+639171234567")
  }

  @Test func badNumbersSayWhatIsWrong() {
    #expect(PhoneNumber.parse("") == .failure(.empty))
    #expect(PhoneNumber.parse("05512345x7") == .failure(.invalidCharacter("x")))
    #expect(PhoneNumber.parse("+96655") == .failure(.wrongLength(digits: 5)))
    #expect(PhoneNumber.parse("05512345678") == .failure(.notASaudiNumber))
    #expect(PhoneNumber.parse("+1234") == .failure(.wrongLength(digits: 4)))
    #expect(PhoneNumber.parse("5+5") == .failure(.invalidCharacter("+")))
  }

  @Test func formatsSaudiNumbersForReading() {
    #expect(PhoneNumber("0551234567")?.formatted == "+966 55 123 4567")
    #expect(PhoneNumber("0551234567")?.isSaudiMobile == true)
    #expect(PhoneNumber("011 234 5678")?.isSaudiMobile == false)
  }

  @Test func normalisingIsIdempotent() async {
    let alphabet = Array("0123456789٠١٢٣٤٥٦٧٨٩ -+")
    await propertyCheck(count: 500, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 1...16))
    { picks in
      let text = String(picks.map { alphabet[$0] })
      if let number = PhoneNumber(text) {
        #expect(PhoneNumber(number.e164) == number)
        #expect(PhoneNumber(number.formatted) == number)
      }
    }
  }
}
