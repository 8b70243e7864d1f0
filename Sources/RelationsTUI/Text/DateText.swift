import Foundation

/// Dates and times as the desk shows them: in the office's time zone, Gregorian with the
/// Hijri (Umm al-Qura) date beside it, and ages like `3 hours` or `2 weeks`.
struct DateText: Sendable {
  let timeZone: TimeZone
  /// The language of month and day names, and the digits.
  let text: UIText
  private let gregorian: Calendar
  private let hijri: Calendar

  init(timeZone: TimeZone, text: UIText = UIText(language: .english)) {
    self.timeZone = timeZone
    self.text = text
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = timeZone
    var hijri = Calendar(identifier: .islamicUmmAlQura)
    hijri.timeZone = timeZone
    self.gregorian = gregorian
    self.hijri = hijri
  }

  init(timeZoneIdentifier: String, text: UIText = UIText(language: .english)) {
    self.init(timeZone: TimeZone(identifier: timeZoneIdentifier) ?? .gmt, text: text)
  }

  /// `Wed 25 Nov 2026` (`الأربعاء 25 نوفمبر 2026`)
  func day(_ date: Date) -> String {
    text(.date(dayPhrase(date)))
  }

  /// `15 Jumada II 1448 AH` (`15 جمادى الآخرة 1448 هـ`)
  func hijriDay(_ date: Date) -> String {
    text(.date(hijriDayPhrase(date)))
  }

  /// Both calendars, the one the interface's readers use first: Hijri in Arabic.
  func bothDays(_ date: Date) -> String {
    text(.date(.both(gregorian: dayPhrase(date), hijri: hijriDayPhrase(date))))
  }

  /// `25 Nov 10:42`, with the year when it is not `now`'s year.
  func moment(_ date: Date, now: Date) -> String {
    text(.date(momentPhrase(date, now: now)))
  }

  /// `26 Nov`, with the year when it is not `now`'s year: a day as people read it (a
  /// follow-up's due day, when a permit was submitted).
  func shortDay(_ date: Date, now: Date) -> String {
    let parts = gregorian.dateComponents([.day, .month, .year], from: date)
    let thisYear = gregorian.component(.year, from: now) == parts.year
    return text(
      .date(
        .shortDay(
          day: parts.day ?? 0, month: parts.month ?? 1, year: thisYear ? nil : parts.year ?? 0)))
  }

  /// The phrase of `moment`, for sentences that are worded later (a conflict's).
  func momentPhrase(_ date: Date, now: Date) -> DatePhrase {
    let parts = gregorian.dateComponents([.day, .month, .year, .hour, .minute], from: date)
    let thisYear = gregorian.component(.year, from: now) == parts.year
    return .moment(
      day: parts.day ?? 0, month: parts.month ?? 1, year: thisYear ? nil : parts.year ?? 0,
      hour: parts.hour ?? 0, minute: parts.minute ?? 0)
  }

  private func dayPhrase(_ date: Date) -> DatePhrase {
    let parts = gregorian.dateComponents([.weekday, .day, .month, .year], from: date)
    return .day(
      weekday: parts.weekday ?? 1, day: parts.day ?? 0, month: parts.month ?? 1,
      year: parts.year ?? 0)
  }

  private func hijriDayPhrase(_ date: Date) -> DatePhrase {
    let parts = hijri.dateComponents([.day, .month, .year], from: date)
    return .hijriDay(day: parts.day ?? 0, month: parts.month ?? 1, year: parts.year ?? 0)
  }

  /// `2026-11-25`, the form a date field is typed in.
  func isoDay(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.day, .month, .year], from: date)
    return "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))"
  }

  /// A span in words with its unit, as the list's age column shows it: `45 min`, `3 hours`,
  /// `12 days`, `16 weeks` (`١٦ أسبوعًا`): a unit letter glued to digits reads as a code,
  /// and in Arabic a lone letter beside digits is shaped and ordered unreadably.
  static func age(_ seconds: TimeInterval, _ text: UIText) -> String {
    let minutes = Int(abs(seconds) / 60)
    let (value, unit): (Int, DatePhrase.Unit) =
      if minutes < 60 {
        (minutes, .minutes)
      } else if minutes < 48 * 60 {
        (minutes / 60, .hours)
      } else if minutes < 14 * 24 * 60 {
        (minutes / (24 * 60), .days)
      } else {
        (minutes / (7 * 24 * 60), .weeks)
      }
    return text(.guide(.age(value, unit)))
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
