/// A point in time as the log stores it: milliseconds since 1970-01-01T00:00:00Z, written as
/// RFC 3339 UTC (`2026-11-25T08:30:00.000Z`).
///
/// Parsed by hand rather than with `ISO8601DateFormatter`: every record carries one and the
/// formatter costs microseconds per call on the replay path.
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
  public var millisecondsSince1970: Int64

  public init(millisecondsSince1970: Int64) {
    self.millisecondsSince1970 = millisecondsSince1970
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.millisecondsSince1970 < rhs.millisecondsSince1970
  }

  /// RFC 3339 in UTC with milliseconds.
  public var rfc3339: String {
    let millis = millisecondsSince1970
    let days = floorDivide(millis, 86_400_000)
    let inDay = millis - days * 86_400_000
    let (year, month, day) = Self.civil(fromDays: days)
    let hour = inDay / 3_600_000
    let minute = inDay / 60_000 % 60
    let second = inDay / 1000 % 60
    let milli = inDay % 1000
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):"
      + "\(pad(second, 2)).\(pad(milli, 3))Z"
  }

  public var description: String { rfc3339 }

  /// Parses `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`; nil when it is anything else.
  public init?(rfc3339 text: String) {
    var copy = text
    guard let value = copy.withUTF8({ Self.parse(UnsafeRawBufferPointer($0)) }) else { return nil }
    self = value
  }

  static func parse(_ bytes: UnsafeRawBufferPointer) -> Timestamp? {
    let count = bytes.count
    guard count >= 20 else { return nil }
    func digits(_ start: Int, _ length: Int) -> Int64? {
      var value: Int64 = 0
      for offset in start..<(start + length) {
        let byte = bytes[offset]
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int64(byte - 0x30)
      }
      return value
    }
    guard let year = digits(0, 4), bytes[4] == 0x2D, let month = digits(5, 2), bytes[7] == 0x2D,
      let day = digits(8, 2), bytes[10] == 0x54 || bytes[10] == 0x74,
      let hour = digits(11, 2), bytes[13] == 0x3A, let minute = digits(14, 2),
      bytes[16] == 0x3A, let second = digits(17, 2)
    else { return nil }
    guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year),
      hour < 24, minute < 60, second < 61
    else { return nil }
    var index = 19
    var millis: Int64 = 0
    if bytes[index] == 0x2E {
      index += 1
      var place: Int64 = 100
      let start = index
      while index < count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
        millis += Int64(bytes[index] - 0x30) * place
        place /= 10
        index += 1
      }
      guard index > start else { return nil }
    }
    guard index < count else { return nil }
    var offsetMinutes: Int64 = 0
    switch bytes[index] {
    case 0x5A, 0x7A:
      index += 1
    case 0x2B, 0x2D:
      guard index + 6 == count, let offsetHour = digits(index + 1, 2), bytes[index + 3] == 0x3A,
        let offsetMinute = digits(index + 4, 2), offsetHour < 24, offsetMinute < 60
      else { return nil }
      offsetMinutes = (offsetHour * 60 + offsetMinute) * (bytes[index] == 0x2B ? 1 : -1)
      index += 6
    default:
      return nil
    }
    guard index == count else { return nil }
    let days = Self.days(fromCivil: year, month, day)
    let seconds = days * 86_400 + hour * 3600 + minute * 60 + min(second, 59) - offsetMinutes * 60
    return Timestamp(millisecondsSince1970: seconds * 1000 + millis)
  }

  private static func daysIn(month: Int64, year: Int64) -> Int64 {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  // Howard Hinnant's days-from-civil algorithm: proleptic Gregorian, no tables.
  static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = floorDivide(y, 400)
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
    let z = days + 719_468
    let era = floorDivide(z, 146_097)
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

private func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
  value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
}

private func pad(_ value: Int64, _ width: Int) -> String {
  let text = String(value)
  return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
