extension Array where Element == String {
  /// The name numbered `number` from 1 (a month, a weekday, as `Calendar` counts them);
  /// a number out of range names the nearest, so a date is never shown without its month.
  func named(_ number: Int) -> String {
    guard !isEmpty else { return "" }
    return self[Swift.min(Swift.max(number, 1), count) - 1]
  }
}

extension Int {
  /// `07`: hours and minutes in a time.
  var twoDigits: String { self < 10 && self >= 0 ? "0\(self)" : "\(self)" }
}
