/// Which form of a counted noun a number takes, as the Unicode CLDR names them: English
/// has one and other; Arabic has zero, one, two, few, many and other. Each catalogue says
/// which category a number falls in (`Catalogue.plural`) and words every category it uses.
enum PluralCategory: Equatable, Sendable, CaseIterable {
  case zero, one, two, few, many, other

  /// CLDR for English: one for 1, other for everything else (0 included).
  static func english(_ count: Int) -> PluralCategory {
    abs(count) == 1 ? .one : .other
  }

  /// CLDR for Arabic: zero 0, one 1, two 2, few when the last two digits are 3–10, many
  /// when they are 11–99, other for the rest (100, 101, 102, 1000…).
  static func arabic(_ count: Int) -> PluralCategory {
    let count = abs(count)
    switch count {
    case 0: return .zero
    case 1: return .one
    case 2: return .two
    default: break
    }
    switch count % 100 {
    case 3...10: return .few
    case 11...99: return .many
    default: return .other
    }
  }
}
