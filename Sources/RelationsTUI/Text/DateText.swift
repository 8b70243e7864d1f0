import Foundation

/// Dates and times as the desk shows them: in the office's time zone, Gregorian with the
/// Hijri (Umm al-Qura) date beside it, and short spans like `3h` or `2d`.
struct DateText: Sendable {
  let timeZone: TimeZone
  private let gregorian: Calendar
  private let hijri: Calendar

  init(timeZone: TimeZone) {
    self.timeZone = timeZone
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = timeZone
    var hijri = Calendar(identifier: .islamicUmmAlQura)
    hijri.timeZone = timeZone
    self.gregorian = gregorian
    self.hijri = hijri
  }

  init(timeZoneIdentifier: String) {
    self.init(timeZone: TimeZone(identifier: timeZoneIdentifier) ?? .gmt)
  }

  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  private static let hijriMonths = [
    "Muharram", "Safar", "Rabi I", "Rabi II", "Jumada I", "Jumada II", "Rajab", "Sha'ban",
    "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
  ]

  /// `Wed 25 Nov 2026`
  func day(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.weekday, .day, .month, .year], from: date)
    return "\(Self.weekdays[(parts.weekday ?? 1) - 1]) \(parts.day ?? 0) "
      + "\(Self.months[(parts.month ?? 1) - 1]) \(parts.year ?? 0)"
  }

  /// `15 Jumada II 1448 AH`
  func hijriDay(_ date: Date) -> String {
    let parts = hijri.dateComponents([.day, .month, .year], from: date)
    return
      "\(parts.day ?? 0) \(Self.hijriMonths[((parts.month ?? 1) - 1) % 12]) \(parts.year ?? 0) AH"
  }

  /// `25 Nov 10:42`, with the year when it is not `now`'s year.
  func moment(_ date: Date, now: Date) -> String {
    let parts = gregorian.dateComponents([.day, .month, .year, .hour, .minute], from: date)
    let year = gregorian.component(.year, from: now) == parts.year ? "" : " \(parts.year ?? 0)"
    return "\(parts.day ?? 0) \(Self.months[(parts.month ?? 1) - 1])\(year) "
      + "\(two(parts.hour ?? 0)):\(two(parts.minute ?? 0))"
  }

  /// `2026-11-25`, the form a date field is typed in.
  func isoDay(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.day, .month, .year], from: date)
    return "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))"
  }

  /// A span as the list shows it: `45m`, `3h`, `2d`, `5w`.
  static func span(_ seconds: TimeInterval) -> String {
    let minutes = Int(abs(seconds) / 60)
    if minutes < 60 { return "\(minutes)m" }
    if minutes < 48 * 60 { return "\(minutes / 60)h" }
    if minutes < 14 * 24 * 60 { return "\(minutes / (24 * 60))d" }
    return "\(minutes / (7 * 24 * 60))w"
  }

  private func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

/// A date typed as `YYYY-MM-DD` (Arabic-Indic digits allowed), at noon in the office's
/// time zone so it names the same day wherever it is shown.
enum CivilDateText {
  static func parse(_ text: String, timeZone: TimeZone) -> Date? {
    let digits = String(
      text.map { character -> Character in
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1
        else {
          return character
        }
        switch scalar.value {
        case 0x0660...0x0669: return Character(Unicode.Scalar(scalar.value - 0x0660 + 48) ?? "0")
        case 0x06F0...0x06F9: return Character(Unicode.Scalar(scalar.value - 0x06F0 + 48) ?? "0")
        default: return character
        }
      })
    let parts = digits.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]),
      (2000...2100).contains(parts[0])
    else { return nil }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12)
    guard let date = calendar.date(from: components),
      calendar.component(.day, from: date) == parts[2]
    else { return nil }
    return date
  }
}
