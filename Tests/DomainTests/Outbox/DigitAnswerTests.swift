import Domain
import Testing

@Suite struct DigitAnswerTests {
  @Test func oneDigitInAnyOfTheThreeScriptsIsANumber() {
    #expect(DigitAnswer.number(in: "4") == 4)
    #expect(DigitAnswer.number(in: "٤") == 4)
    #expect(DigitAnswer.number(in: "۵") == 5)
    #expect(DigitAnswer.number(in: "  3 \n") == 3)
    #expect(DigitAnswer.number(in: "\u{200F}٢") == 2)
    #expect(DigitAnswer.number(in: "10") == 10)
    #expect(DigitAnswer.number(in: "١٠") == 10)
    #expect(DigitAnswer.number(in: "٥\u{00A0}") == 5)
    for mark in ["\u{061C}", "\u{202B}", "\u{2067}", "\u{200B}", "\u{FEFF}"] {
      #expect(
        DigitAnswer.number(in: mark + "5" + mark) == 5, "\(mark.unicodeScalars.first?.value ?? 0)")
    }
  }

  @Test func anythingElseIsNotANumber() {
    #expect(DigitAnswer.number(in: "") == nil)
    #expect(DigitAnswer.number(in: "4 stars") == nil)
    #expect(DigitAnswer.number(in: "four") == nil)
    #expect(DigitAnswer.number(in: "4.5") == nil)
    #expect(DigitAnswer.number(in: "100") == nil)
    #expect(DigitAnswer.number(in: "-1") == nil)
    #expect(DigitAnswer.number(in: "05") == nil)
    #expect(DigitAnswer.number(in: "٠٥") == nil)
    #expect(DigitAnswer.number(in: "1 0") == nil)
    #expect(DigitAnswer.number(in: "45") == nil)
  }
}
