import Domain
import Testing

@Suite struct TextLanguageTests {
  @Test func arabicLettersMakeArabicAndLatinOnesEnglish() {
    #expect(Language.of("متى الدرس؟") == .arabic)
    #expect(Language.of("When is the lesson? موعد") == .arabic)
    #expect(Language.of("When is the lesson?") == .english)
    #expect(Language.of("0501234567 !") == nil)
  }
}
