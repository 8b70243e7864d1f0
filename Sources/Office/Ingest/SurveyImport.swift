import Domain
import Foundation
import JSONStore

/// A spreadsheet export of survey answers (a Google Forms style CSV) read as survey
/// responses: columns are matched to questions by id or by question text (Arabic or English,
/// folded as search folds it), a `Timestamp` column gives when each was answered, an
/// optional case column links a row to its case, and an optional `Program` column names the
/// program evaluated when no case is linked (one of the office's programs, by id or name).
public struct SurveyImport {
  /// What became of one data row; `row` is the spreadsheet's row number (the header is 1).
  public enum Outcome {
    case response(IngestRequest.SurveyIngest, row: Int)
    case problem(String, row: Int)
  }

  /// How the columns were understood: the question of each, and the columns ignored.
  public struct Columns: Equatable {
    public var questions: [Int: SurveyQuestion] = [:]
    public var timestamp: Int?
    public var caseID: Int?
    public var program: Int?
    public var ignored: [String] = []
  }

  public let survey: SurveyDefinition
  public let channel: Channel
  public let timeZone: TimeZone
  /// The office's programs (office.json), which a `Program` cell must name.
  public var programs: [Program] = []

  public init(survey: SurveyDefinition, channel: Channel, timeZone: TimeZone) {
    self.survey = survey
    self.channel = channel
    self.timeZone = timeZone
  }

  public static let timestampHeaders: Set<String> = [
    "timestamp", "time", "date", "الطابع الزمني", "الوقت", "التاريخ",
  ]
  public static let caseHeaders: Set<String> = [
    "case", "case id", "case-id", "caseid", "رقم الحاله", "الحاله",
  ]

  public static let programHeaders: Set<String> = ["program", "programme", "البرنامج"]

  public func columns(_ header: [String]) -> Columns {
    var columns = Columns()
    for (index, title) in header.enumerated() {
      let folded = SearchKey(title.trimmingSpaces).folded
      if Self.timestampHeaders.contains(folded) {
        columns.timestamp = index
      } else if Self.caseHeaders.contains(folded) {
        columns.caseID = index
      } else if Self.programHeaders.contains(where: { SearchKey($0).folded == folded }) {
        columns.program = index
      } else if let question = survey.questions.first(where: { question in
        folded == SearchKey(question.id).folded
          || folded == SearchKey(question.text.english).folded
          || folded == SearchKey(question.text.arabic).folded
      }) {
        columns.questions[index] = question
      } else if !folded.isEmpty {
        columns.ignored.append(title)
      }
    }
    return columns
  }

  /// One data row as a response, or what is wrong with it.
  public func read(_ fields: [String], row: Int, columns: Columns) -> Outcome {
    var answers: [String: SurveyAnswer] = [:]
    for (index, question) in columns.questions.sorted(by: { $0.key < $1.key }) {
      let cell = index < fields.count ? fields[index].trimmingSpaces : ""
      guard !cell.isEmpty else { continue }
      guard let answer = Self.answer(cell, for: question) else {
        return .problem(
          "\"\(cell)\" is not an answer to \(question.id) (\(Self.expected(question.scale)))",
          row: row)
      }
      answers[question.id] = answer
    }
    guard !answers.isEmpty else { return .problem("no question is answered", row: row) }
    do throws(SurveyAnswerProblem) {
      try survey.validate(answers)
    } catch {
      return .problem(error.message, row: row)
    }
    var receivedAt: Date?
    if let index = columns.timestamp, index < fields.count, !fields[index].trimmingSpaces.isEmpty {
      guard let date = parseTime(fields[index].trimmingSpaces) else {
        return .problem(
          "\"\(fields[index])\" is not a time (write e.g. 2026-11-25 09:41:03 or 2026/11/25 9:41:03 AM GMT+3)",
          row: row)
      }
      receivedAt = date
    }
    var caseID: CaseID?
    if let index = columns.caseID, index < fields.count, !fields[index].trimmingSpaces.isEmpty {
      guard let id = CaseID(fields[index].trimmingSpaces.uppercased()) else {
        return .problem("\"\(fields[index])\" is not a case id like V-000123", row: row)
      }
      caseID = id
    }
    var program: String?
    if let index = columns.program, index < fields.count, !fields[index].trimmingSpaces.isEmpty {
      let cell = fields[index].trimmingSpaces
      let folded = SearchKey(cell).folded
      guard
        let known = programs.first(where: { known in
          [known.id, known.name.english, known.name.arabic].contains {
            SearchKey($0).folded == folded
          }
        })
      else {
        let offered = programs.isEmpty ? "none" : programs.map(\.id).joined(separator: ", ")
        return .problem(
          "\"\(cell)\" is not one of the office's programs (office.json: \(offered))", row: row)
      }
      program = known.id
    }
    var ingest = IngestRequest.SurveyIngest(
      survey: survey.id, channel: channel, caseID: caseID, answers: answers, assisted: false,
      receivedAt: receivedAt, externalID: Self.externalID(survey: survey.id, fields: fields))
    ingest.program = program
    return .response(ingest, row: row)
  }

  /// The same row always gets the same id, so importing a file again adds nothing. FNV-1a
  /// by hand: `Hasher` is seeded per process, and nothing more than a stable digest is needed.
  public static func externalID(survey: String, fields: [String]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in ([survey] + fields.map(\.trimmingSpaces)).joined(separator: "\u{1F}").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return "csv-" + String(hash, radix: 16)
  }

  public static func answer(_ cell: String, for question: SurveyQuestion) -> SurveyAnswer? {
    switch question.scale {
    case .rating5, .nps:
      // "5", "٥", or a labelled choice such as "5 - Very satisfied".
      let digits = cell.unicodeScalars.prefix { scalar in
        [0x30...0x39, 0x0660...0x0669, 0x06F0...0x06F9].contains { $0.contains(scalar.value) }
      }
      guard !digits.isEmpty,
        let value = Int(SearchKey(String(String.UnicodeScalarView(digits))).folded)
      else { return nil }
      return .number(value)
    case .yesno:
      switch SearchKey(cell).folded {
      case "yes", "y", "true", "نعم": return .yes
      case "no", "n", "false", "لا": return .no
      default: return nil
      }
    case .text:
      return .text(cell)
    }
  }

  public static func expected(_ scale: SurveyQuestion.Scale) -> String {
    switch scale {
    case .rating5: "a number from 1 to 5"
    case .nps: "a number from 0 to 10"
    case .yesno: "yes or no"
    case .text: "text"
    }
  }

  /// RFC 3339, or a spreadsheet's local time (`2026-11-25 09:41:03`, `2026/11/25 9:41:03`,
  /// `11/25/2026 9:41:03`, with or without seconds, 24-hour or AM/PM) in the office's time
  /// zone, or in the zone named after it as Google Forms' own download writes it
  /// (`2026/11/25 10:41:03 AM GMT+3`, `… GMT`, `… GMT+03:00`).
  public func parseTime(_ text: String) -> Date? {
    if let stamp = Timestamp(rfc3339: text) {
      return Date(stamp)
    }
    var local = text
    var zone = timeZone
    if let space = text.lastIndex(of: " "),
      let offset = Self.gmtOffset(String(text[text.index(after: space)...]))
    {
      guard let named = TimeZone(secondsFromGMT: offset) else { return nil }
      local = String(text[..<space]).trimmingSpaces
      zone = named
    }
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = zone
    // AM/PM first: a 24-hour pattern must not read "10:41 PM" as the morning.
    for format in [
      "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd h:mm:ss a", "yyyy/MM/dd h:mm a",
      "yyyy/MM/dd H:mm:ss", "yyyy/MM/dd H:mm", "M/d/yyyy h:mm:ss a", "M/d/yyyy h:mm a",
      "M/d/yyyy H:mm:ss", "M/d/yyyy H:mm", "yyyy-MM-dd",
    ] {
      formatter.dateFormat = format
      if let date = formatter.date(from: local) { return date }
    }
    return nil
  }

  /// The seconds east of UTC a `GMT`, `GMT+3`, `GMT-4:30`, `GMT+0530` or `UTC+3` suffix
  /// names; nil for anything else.
  static func gmtOffset(_ suffix: String) -> Int? {
    let upper = suffix.uppercased()
    guard upper.hasPrefix("GMT") || upper.hasPrefix("UTC") else { return nil }
    let rest = Array(upper.dropFirst(3))
    if rest.isEmpty { return 0 }
    guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
    var digits = rest.dropFirst().filter { $0 != ":" }
    guard rest.dropFirst().allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") }),
      (1...4).contains(digits.count)
    else { return nil }
    var minutes = 0
    if digits.count > 2 {
      minutes = Int(String(digits.suffix(2))) ?? 0
      digits = Array(digits.dropLast(2))
    }
    guard let hours = Int(String(digits)), hours <= 14, minutes < 60 else { return nil }
    return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
  }
}
