/// A case id as people type it to find the case: `V-000123`, `v123`, `V 123`, `#v-123`,
/// with Arabic-Indic digits too; the channel's letter in either case, the zeros optional.
public enum CaseIDQuery {
  /// The case id the text names, or nil when it names none.
  public static func parse(_ text: String) -> CaseID? {
    var scalars = Substring(text.trimmingSpaces).unicodeScalars[...]
    if scalars.first == "#" { scalars = scalars.dropFirst() }
    guard let letter = scalars.first else { return nil }
    let prefix = String(letter).uppercased()
    guard let channel = Channel.allCases.first(where: { $0.caseIDPrefix == prefix }) else {
      return nil
    }
    scalars = scalars.dropFirst()
    while let first = scalars.first, first == "-" || first == " " { scalars = scalars.dropFirst() }
    var number = 0
    var digits = 0
    for scalar in scalars {
      guard let digit = DigitFolding.asciiDigit(scalar), digits < 18 else { return nil }
      number = number * 10 + Int(digit.value - 0x30)
      digits += 1
    }
    guard digits > 0, number > 0 else { return nil }
    return CaseID(channel: channel, number: number)
  }
}
