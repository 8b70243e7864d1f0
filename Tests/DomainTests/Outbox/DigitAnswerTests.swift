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
  }

  @Test func anythingElseIsNotANumber() {
    #expect(DigitAnswer.number(in: "") == nil)
    #expect(DigitAnswer.number(in: "4 stars") == nil)
    #expect(DigitAnswer.number(in: "four") == nil)
    #expect(DigitAnswer.number(in: "4.5") == nil)
    #expect(DigitAnswer.number(in: "100") == nil)
    #expect(DigitAnswer.number(in: "-1") == nil)
  }
}
