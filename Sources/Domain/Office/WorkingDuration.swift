/// A span of working time, as office.json writes SLA targets: `"4h"`, `"2d"`, `"1d4h"`,
/// `"30m"`. A day is one working day (the office's hours), not 24 hours.
public struct WorkingDuration: Sendable, Hashable, Codable, CustomStringConvertible {
  public var days: Int
  public var minutes: Int

  public init(days: Int = 0, minutes: Int = 0) {
    self.days = days
    self.minutes = minutes
  }

  /// Parses `NdNhNm` (each part optional, in that order, at least one present).
  public init?(parsing text: String) {
    var days = 0
    var minutes = 0
    var number = 0
    var haveNumber = false
    var order = 0  // d=1, h=2, m=3: each unit at most once and in order
    for character in text.lowercased() {
      if let digit = character.wholeNumberValue, character.isASCII {
        guard number < 100_000 else { return nil }
        number = number * 10 + digit
        haveNumber = true
        continue
      }
      guard haveNumber else { return nil }
      switch character {
      case "d" where order < 1:
        days += number
        order = 1
      case "h" where order < 2:
        minutes += number * 60
        order = 2
      case "m" where order < 3:
        minutes += number
        order = 3
      default: return nil
      }
      number = 0
      haveNumber = false
    }
    guard !haveNumber, order > 0 else { return nil }
    self.days = days
    self.minutes = minutes
  }

  public var description: String {
    var parts = ""
    if days > 0 { parts += "\(days)d" }
    if minutes / 60 > 0 { parts += "\(minutes / 60)h" }
    if minutes % 60 > 0 { parts += "\(minutes % 60)m" }
    return parts.isEmpty ? "0m" : parts
  }
}
