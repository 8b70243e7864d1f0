import Testing

@testable import RelationsTUI

/// Which form a counted noun takes, by the CLDR rules: English one and other; Arabic zero,
/// one, two, few (last two digits 3–10), many (11–99) and other.
@Suite struct PluralCategoryTests {
  static let numbers = [0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000]

  @Test func englishHasOneForOneAndOtherForEveryOtherNumber() {
    let expected: [PluralCategory] = [
      .other, .one, .other, .other, .other, .other, .other, .other, .other, .other, .other,
      .other, .other,
    ]
    #expect(Self.numbers.map(PluralCategory.english) == expected)
  }

  @Test func arabicHasZeroOneTwoFewManyAndOtherByTheLastTwoDigits() {
    let expected: [PluralCategory] = [
      .zero, .one, .two, .few, .few, .many, .many, .other, .other, .other, .few, .many, .other,
    ]
    #expect(Self.numbers.map(PluralCategory.arabic) == expected)
  }

  @Test func eachCatalogueUsesItsLanguagesRule() {
    #expect(English().plural(2) == .other)
    #expect(Arabic().plural(2) == .two)
    #expect(Arabic().plural(103) == .few)
  }
}
