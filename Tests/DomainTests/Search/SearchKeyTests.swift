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

  @Test func aQueryMatchesWhenEveryWordOccurs() {
    let subject = SearchKey("طلب تصريح لبرنامج الدعوة في المسجد")
    #expect(subject.matches(SearchKey("تصريح المسجد")))
    #expect(subject.matches(SearchKey("الدعوه")))
    #expect(!subject.matches(SearchKey("شكوى")))
  }

  @Test func foldingIsIdempotent() async {
    let alphabet = Array("أإآٱاةهىيؤوئءـَُِّْ٠١٩۵ AbZz-مح\u{0670}".unicodeScalars)
    await propertyCheck(count: 500, input: Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...24))
    { picks in
      let once = SearchKey(String(String.UnicodeScalarView(picks.map { alphabet[$0] }))).folded
      #expect(SearchKey(once).folded == once)
    }
  }
}
