import Testing

@testable import RelationsTUI

/// The text layer's visual order and shaping against results worked out by FriBidi's own
/// reference behaviour (presentation forms, mirrored brackets, numbers left to right).
@Suite struct BidiTests {
  @Test(
    arguments: [
      // An Arabic word: shaped, reversed; lam-alef becomes one ligature.
      ("سلام", "\u{FEE1}\u{FEFC}\u{FEB3}", true),
      ("لا", "\u{FEFB}", true),
      // Harakat stay on their letters and take no column.
      ("بِسْمِ", "\u{FEE2}\u{0650}\u{FEB4}\u{0652}\u{FE91}\u{0650}", true),
      // Numbers and Latin keep their own order inside Arabic.
      ("الهاتف 0551234567", "0551234567 \u{FED2}\u{FE97}\u{FE8E}\u{FEEC}\u{FEDF}\u{FE8D}", true),
      ("مرحبا 123 abc (x)", "abc (x) 123 \u{FE8E}\u{FE92}\u{FEA3}\u{FEAE}\u{FEE3}", true),
      // Brackets are mirrored: a case id in brackets reads right.
      ("(رقم V-000012)", "(V-000012 \u{FEE2}\u{FED7}\u{FEAD})", true),
      // Urdu letters shape too.
      ("پروگرام", "\u{FEE1}\u{FE8D}\u{FEAE}\u{FB94}\u{FEED}\u{FEAE}\u{FB58}", true),
      // Latin alone is left as it is.
      ("Friday lesson", "Friday lesson", false),
    ])
  func aLineIsShapedAndPutInVisualOrder(logical: String, visual: String, rightToLeft: Bool) {
    let result = Bidi.visual(logical)
    #expect(result.text.unicodeScalars.elementsEqual(visual.unicodeScalars), "\(logical)")
    #expect(result.rightToLeft == rightToLeft)
  }

  @Test func anInterfaceLineStaysLeftToRightWithArabicInsideIt() {
    let result = Bidi.visual("From: أحمد", direction: .interface)
    #expect(result.text == "From: \u{FEAA}\u{FEE4}\u{FEA3}\u{FE83}")
    #expect(!result.rightToLeft)
  }

  @Test func rightToLeftContentIsAlignedRightInItsBox() {
    var grid = CellGrid(width: 8, height: 1)
    grid.write("سلام", x: 0, y: 0, direction: .content)
    #expect(grid.line(0) == "     \u{FEE1}\u{FEFC}\u{FEB3}")
  }

  @Test func aLineCutInsideAWordShowsTheMarkOnTheLeftOfRightToLeftText() {
    var grid = CellGrid(width: 7, height: 1)
    grid.write("مرحبا بكم في المكتب", x: 0, y: 0, direction: .content)
    // "مرحبا ب" is one column too wide: cut back to the space, then `…` at the logical end.
    #expect(grid.line(0) == "… \u{FE8E}\u{FE92}\u{FEA3}\u{FEAE}\u{FEE3}")
  }

  @Test func shapingNeverCrossesAFieldBoundary() {
    // Two fields side by side: each is shaped on its own, so the last letter of the first
    // field takes its final (unjoined to the next field) form.
    var grid = CellGrid(width: 10, height: 1)
    grid.write("سل", x: 0, y: 0, columns: 5, direction: .content)
    grid.write("ام", x: 5, y: 0, columns: 5, direction: .content)
    #expect(grid.line(0) == "   \u{FEDE}\u{FEB3}   \u{FEE1}\u{FE8D}")
  }

  @Test func withBidiOffTextIsDrawnInLogicalOrder() {
    var grid = CellGrid(width: 6, height: 1, bidi: .off)
    grid.write("سلام", x: 0, y: 0, direction: .content)
    #expect(grid.line(0) == "سلام  ")
  }
}
