import Domain
import PropertyBased
import Testing

@Suite struct SearchKeyTests {
  @Test func alefVariantsTaMarbutaAndYaFoldTogether() {
    #expect(SearchKey("أحمد").folded == SearchKey("احمد").folded)
    #expect(SearchKey("إسلام آمنة").folded == SearchKey("اسلام امنه").folded)
    #expect(SearchKey("مصطفى").folded == SearchKey("مصطفي").folded)
    #expect(SearchKey("مسؤول").folded == SearchKey("مسوول").folded)
    #expect(SearchKey("هيئة").folded == SearchKey("هييه").folded)
    #expect(SearchKey("ٱلله").folded == SearchKey("الله").folded)
  }

  @Test func harakatAndTatweelDisappear() {
    #expect(SearchKey("مُحَمَّد").folded == "محمد")
    #expect(SearchKey("جـــمـعية").folded == "جمعيه")
  }

  @Test func digitsAndLatinCaseFold() {
    #expect(SearchKey("٠٥٥ ۱۲۳").folded == "055 123")
    #expect(SearchKey("  Permit  REQUEST ").folded == "permit request")
  }

  @Test func urduAndPersianLettersFoldToTheArabicOnes() {
    // ک ی as an Urdu or Persian keyboard types them, in كريم and علي.
    #expect(SearchKey("\u{06A9}ریم").folded == SearchKey("كريم").folded)
    #expect(SearchKey("عل\u{06CC}").folded == SearchKey("علي").folded)
    #expect(SearchKey("\u{06C1}دى \u{06C0} \u{06BE} \u{06D5}").folded == "هدي ه ه ه")
    #expect(SearchKey("\u{06AB} \u{06D0} \u{06D2}").folded == "\u{0643} \u{064A} \u{064A}")
  }

  @Test func aSearchThatReadsAsAPhoneNumberBecomesItsE164Digits() {
    #expect(SearchKey(query: "0599 123 456").folded == "966599123456")
    #expect(SearchKey(query: "+966-599-123-456").folded == "966599123456")
    #expect(SearchKey(query: "00966599123456").folded == "966599123456")
    #expect(SearchKey(query: "٠٥٩٩١٢٣٤٥٦").folded == "966599123456")
    // The start of a number, as written locally.
    #expect(SearchKey(query: "0599").folded == "966599")
    #expect(SearchKey(query: "۰۵۹۹ ۱۲").folded == "96659912")
  }

  @Test func aSearchThatIsNoPhoneNumberIsFoldedAsTyped() {
    #expect(SearchKey(query: "000123").folded == "000123")
    #expect(SearchKey(query: "V-000123").folded == "v-000123")
    #expect(SearchKey(query: "059").folded == "059")
    #expect(SearchKey(query: "2026 permit").folded == "2026 permit")
  }

  @Test func aQueryMatchesWhenEveryWordOccurs() {
    let subject = SearchKey("طلب تصريح لبرنامج الدعوة في المسجد")
    #expect(subject.matches(SearchKey("تصريح المسجد")))
    #expect(subject.matches(SearchKey("الدعوه")))
    #expect(!subject.matches(SearchKey("شكوى")))
  }

  @Test func foldingIsIdempotent() async {
    let alphabet = Array("أإآٱاةهىيؤوئءـَُِّْ٠١٩۵ AbZz-مح\u{0670}کیہۀھەګېے".unicodeScalars)
    await propertyCheck(count: 500, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...24))
    { picks in
      let once = SearchKey(String(String.UnicodeScalarView(picks.map { alphabet[$0] }))).folded
      #expect(SearchKey(once).folded == once)
    }
  }
}
