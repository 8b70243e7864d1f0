import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

@Suite struct SurveyImportTests {
  func service() throws -> SurveyDefinition {
    try SurveyFile.parse(
      Data((SurveyFile.bundled["service.json"] ?? "").utf8), file: "service.json")
  }

  @Test func columnsAreMatchedByIdOrByQuestionTextInEitherLanguage() throws {
    let survey = try service()
    let importer = SurveyImport(survey: survey, channel: .website, timeZone: .gmt)
    let overall = try #require(survey.question("overall"))
    let columns = importer.columns([
      "Timestamp", "Email", overall.text.arabic, "  RECOMMEND ", "رقم الحالة",
    ])
    #expect(columns.timestamp == 0)
    #expect(columns.questions[2]?.id == "overall" && columns.questions[3]?.id == "recommend")
    #expect(columns.caseID == 4)
    #expect(columns.ignored == ["Email"])
  }

  @Test func aRowBecomesAResponseWithItsTimeAndCase() throws {
    let importer = SurveyImport(survey: try service(), channel: .website, timeZone: .gmt)
    let columns = importer.columns(["Timestamp", "overall", "recommend", "comment", "case"])
    guard
      case .response(let response, let row) = importer.read(
        ["2026/11/20 9:41:03", "٥", "9", "شكرا", "v-000012"], row: 2, columns: columns)
    else {
      Issue.record("the row was refused")
      return
    }
    #expect(row == 2)
    #expect(response.answers["overall"] == .number(5))
    #expect(response.answers["comment"] == .text("شكرا"))
    #expect(response.caseID == CaseID(channel: .visit, number: 12))
    #expect(response.receivedAt == Date(timeIntervalSince1970: 1_795_167_663))
    #expect(
      response.externalID
        == SurveyImport.externalID(
          survey: "service", fields: ["2026/11/20 9:41:03", "٥", "9", "شكرا", "v-000012"]))
  }

  @Test(arguments: [
    (["x", "7", "", "", ""], "outside its scale"),
    (["x", "", "", "", ""], "no question is answered"),
    (["later", "5", "", "", ""], "is not a time"),
    (["x", "5", "", "", "12"], "is not a case id"),
  ])
  func aBadRowSaysWhatIsWrong(fields: [String], reason: String) throws {
    let importer = SurveyImport(survey: try service(), channel: .website, timeZone: .gmt)
    let columns = importer.columns(["Timestamp", "overall", "recommend", "comment", "case"])
    var cells = fields
    if cells[0] == "x" { cells[0] = "" }
    guard case .problem(let problem, let row) = importer.read(cells, row: 7, columns: columns)
    else {
      Issue.record("the row was accepted")
      return
    }
    #expect(row == 7)
    #expect(problem.contains(reason), "\(problem)")
  }

  @Test(arguments: [
    ("2026/11/25 10:41:03 AM GMT+3", 1_795_592_463.0),
    ("2026/11/25 10:41 AM GMT+3", 1_795_592_460.0),
    ("2026/11/25 10:41:03 PM GMT+3", 1_795_635_663.0),
    ("2026/11/25 7:41:03 AM GMT", 1_795_592_463.0),
    ("2026/11/25 12:41:03 PM GMT+03:00", 1_795_599_663.0),
    ("2026/11/25 3:11:03 AM GMT-4:30", 1_795_592_463.0),
    ("2026/11/25 10:41:03 AM", 1_795_603_263.0),
  ])
  func googleFormsOwnTimestampsAreRead(cell: String, seconds: Double) throws {
    // The office's zone is GMT here; a zone written in the cell wins over it.
    let importer = SurveyImport(survey: try service(), channel: .website, timeZone: .gmt)
    #expect(importer.parseTime(cell) == Date(timeIntervalSince1970: seconds), "\(cell)")
  }

  @Test(arguments: ["2026/11/25 10:41:03 AM GMT+3:7", "2026/11/25 10:41:03 AM GMT+30"])
  func aTimestampWithAZoneThatIsNoneIsRefused(cell: String) throws {
    let importer = SurveyImport(survey: try service(), channel: .website, timeZone: .gmt)
    #expect(importer.parseTime(cell) == nil)
  }

  func programs() -> [Program] {
    [
      Program(
        id: "friday-talk", name: LocalizedText(arabic: "الكلمة الأسبوعية", english: "Weekly talk")),
      Program(
        id: "quran-circle",
        name: LocalizedText(arabic: "حلقات تحفيظ القرآن", english: "Quran memorisation")),
    ]
  }

  @Test func aProgramColumnNamesTheProgramByIdOrByNameInEitherLanguage() throws {
    var importer = SurveyImport(survey: try service(), channel: .website, timeZone: .gmt)
    importer.programs = programs()
    let columns = importer.columns(["Timestamp", "overall", "البرنامج"])
    #expect(columns.program == 2)
    #expect(importer.columns(["Program", "overall"]).program == 0)
    for cell in ["friday-talk", "weekly TALK", "الكلمة الأسبوعية"] {
      guard
        case .response(let response, _) = importer.read(
          ["2026/11/25 10:41:03 AM GMT+3", "4", cell], row: 2, columns: columns)
      else {
        Issue.record("\(cell) was refused")
        continue
      }
      #expect(response.program == "friday-talk", "\(cell)")
    }
    guard
      case .problem(let problem, _) = importer.read(
        ["", "4", "Cooking class"], row: 3, columns: columns)
    else {
      Issue.record("an unknown program was accepted")
      return
    }
    #expect(
      problem.contains("not one of the office's programs") && problem.contains("quran-circle"))
  }

  @Test func anImportedProgramEvaluationOnNoCaseIsReportedUnderItsProgram() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office, "--demo"])
    let csv = scratch.path + "/answers.csv"
    try """
    Timestamp,overall,recommend,Program
    2026/11/20 9:41:03 AM GMT+3,5,9,urdu-lessons
    2026/11/21 10:00 PM GMT+3,4,8,Lessons in Urdu
    2026/11/22 11:00:00 AM GMT,2,3,Lessons in Urdu
    2026/11/22 11:00:00 AM GMT,3,3,Lessons in Urdu
    2026/11/23 08:00:00 AM GMT,4,8,Lessons in Urdu

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let imported = try run(
      relationsBinary, ["import", "survey", "--data", office, "--survey", "service", csv])
    #expect(imported.status == 0, "\(imported.out)\(imported.err)")
    #expect(imported.out.split(separator: "\n").filter { $0.hasPrefix("ok R-") }.count == 5)
    let report = try run(
      relationsBinary,
      ["report", "surveys", "--data", office, "--by", "program", "--format", "json"])
    #expect(report.out.contains("urdu-lessons"), "\(report.out)")
  }

  @Test func importingAFileTwiceAddsNothingTheSecondTime() throws {
    let scratch = Scratch()
    let office = scratch.path + "/o"
    _ = try run(relationsBinary, ["init", office, "--demo"])
    let csv = scratch.path + "/answers.csv"
    try """
    Timestamp,overall,recommend,comment
    2026-11-20 09:41:03,5,9,great
    2026-11-21 10:00:00,9,9,off the scale
    2026-11-22 11:00:00,2,3,slow

    """.write(toFile: csv, atomically: true, encoding: .utf8)
    let first = try run(
      relationsBinary, ["import", "survey", "--data", office, "--survey", "service", csv])
    #expect(first.status == 1)
    let lines = first.out.split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix("ok R-") && lines[2].hasPrefix("ok R-"))
    #expect(lines[1].hasPrefix("error row 3:"))
    let second = try run(
      relationsBinary, ["import", "survey", "--data", office, "--survey", "service", csv])
    #expect(second.out.split(separator: "\n").filter { $0.hasPrefix("duplicate row") }.count == 2)
    let report = try run(
      relationsBinary, ["report", "surveys", "--data", office, "--format", "json"])
    #expect(report.out.contains("\"responses\":2"))
  }
}
