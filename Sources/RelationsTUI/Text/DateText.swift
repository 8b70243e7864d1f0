import Foundation

/// Dates and times as the desk shows them: in the office's time zone, Gregorian with the
/// Hijri (Umm al-Qura) date beside it, and short spans like `3h` or `2d`.
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

  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]
  private static let arabicWeekdays = [
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
  ]
  private static let arabicMonths = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر",
  ]
  private static let arabicHijriMonths = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
    "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
  ]
  private static let hijriMonths = [
    "Muharram", "Safar", "Rabi I", "Rabi II", "Jumada I", "Jumada II", "Rajab", "Sha'ban",
    "Ramadan", "Shawwal", "Dhu al-Qi'dah", "Dhu al-Hijjah",
  ]

  /// `Wed 25 Nov 2026` (`الأربعاء 25 نوفمبر 2026`)
  func day(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.weekday, .day, .month, .year], from: date)
    let weekday = (parts.weekday ?? 1) - 1
    let month = (parts.month ?? 1) - 1
    let day = parts.day ?? 0
    let year = parts.year ?? 0
    return text.digits(
      text.isArabic
        ? "\(Self.arabicWeekdays[weekday]) \(day) \(Self.arabicMonths[month]) \(year)"
        : "\(Self.weekdays[weekday]) \(day) \(Self.months[month]) \(year)")
  }

  /// `15 Jumada II 1448 AH` (`15 جمادى الآخرة 1448 هـ`)
  func hijriDay(_ date: Date) -> String {
    let parts = hijri.dateComponents([.day, .month, .year], from: date)
    let month = ((parts.month ?? 1) - 1) % 12
    let day = parts.day ?? 0
    let year = parts.year ?? 0
    return text.digits(
      text.isArabic
        ? "\(day) \(Self.arabicHijriMonths[month]) \(year) هـ"
        : "\(day) \(Self.hijriMonths[month]) \(year) AH")
  }

  /// Both calendars, the one the interface's readers use first: Hijri in Arabic.
  func bothDays(_ date: Date) -> String {
    text.isArabic ? "\(hijriDay(date)) · \(day(date))" : "\(day(date)) · \(hijriDay(date))"
  }

  /// `25 Nov 10:42`, with the year when it is not `now`'s year.
  func moment(_ date: Date, now: Date) -> String {
    let parts = gregorian.dateComponents([.day, .month, .year, .hour, .minute], from: date)
    let year = gregorian.component(.year, from: now) == parts.year ? "" : " \(parts.year ?? 0)"
    let month = (text.isArabic ? Self.arabicMonths : Self.months)[(parts.month ?? 1) - 1]
    return text.digits(
      "\(parts.day ?? 0) \(month)\(year) \(two(parts.hour ?? 0)):\(two(parts.minute ?? 0))")
  }

  /// `2026-11-25`, the form a date field is typed in.
  func isoDay(_ date: Date) -> String {
    let parts = gregorian.dateComponents([.day, .month, .year], from: date)
    return "\(parts.year ?? 0)-\(two(parts.month ?? 0))-\(two(parts.day ?? 0))"
  }

  /// A span as the list shows it: `45m`, `3h`, `2d`, `5w` (`45د`, `3س`, `2ي`, `5أ`).
  static func span(_ seconds: TimeInterval, _ text: UIText = UIText(language: .english)) -> String {
    let minutes = Int(abs(seconds) / 60)
    let (value, unit): (Int, String) =
      if minutes < 60 {
        (minutes, text("m", "د"))
      } else if minutes < 48 * 60 {
        (minutes / 60, text("h", "س"))
      } else if minutes < 14 * 24 * 60 {
        (minutes / (24 * 60), text("d", "ي"))
      } else {
        (minutes / (7 * 24 * 60), text("w", "أ"))
      }
    return text.number(value) + unit
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
