import CFriBidi
import CNcurses
import Foundation
import Testing

@Suite struct SystemLibrariesTests {
  init() {
    setlocale(LC_ALL, "C.UTF-8")
  }

  @Test func ncurseswMeasuresArabicCJKAndCombiningCharacters() {
    #expect(rel_wcwidth(wchar_t(0x0628)) == 1)  // ب Arabic letter beh
    #expect(rel_wcwidth(wchar_t(0x4E2D)) == 2)  // 中
    #expect(rel_wcwidth(wchar_t(0x064E)) == 0)  // fatha, a haraka
    #expect(rel_wcwidth(wchar_t(0x0301)) == 0)  // combining acute
  }

  /// Logical → visual order of `text` with FriBidi, as scalars.
  func visual(_ text: String) -> (text: String, visualToLogical: [Int32]) {
    var logical = text.unicodeScalars.map { FriBidiChar($0.value) }
    var output = [FriBidiChar](repeating: 0, count: logical.count)
    var map = [FriBidiStrIndex](repeating: 0, count: logical.count)
    var direction = rel_fribidi_par_on()
    let level = fribidi_log2vis(
      &logical, FriBidiStrIndex(logical.count), &direction, &output, nil, &map, nil)
    #expect(level > 0)
    let scalars = output.compactMap { Unicode.Scalar($0) }
    return (String(String.UnicodeScalarView(scalars)), map)
  }

  @Test func friBidiPutsAnArabicWordInVisualOrder() {
    let (_, map) = visual("سلام")
    #expect(map == [3, 2, 1, 0])
  }

  @Test func friBidiKeepsLatinAndDigitsLeftToRightInsideArabic() {
    let (_, map) = visual("abc سلام 12")
    // The paragraph is left-to-right (it starts with Latin): "abc " stays first; the
    // number after the Arabic word joins its right-to-left run but keeps its own digit
    // order, so the screen reads "abc 12 مالس" in visual order.
    #expect(map == [0, 1, 2, 3, 9, 10, 8, 7, 6, 5, 4])
  }
}
