import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations report surveys …` (CONTRACTS.md).
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report", abstract: "Reports for managers.", subcommands: [Surveys.self])

  struct Surveys: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "surveys",
      abstract: "Survey scores: CSAT with its interval, mean, NPS, distribution, groups.")

    @OptionGroup var data: DataOption

    @Option(help: "The survey id (default: service).")
    var survey = "service"

    @Option(help: "Break down by channel, kind, program, department, month, party or mode.")
    var by: String?

    @Option(help: "First day, YYYY-MM-DD (office time zone).")
    var from: String?

    @Option(help: "Last day, YYYY-MM-DD.")
    var to: String?

    @Option(help: "text or json.")
    var format = "text"

    @Option(help: "Language of the text report: en or ar (default: the office's).")
    var lang: String?

    func run() throws {
      guard format == "text" || format == "json" else {
        throw ValidationError("--format must be text or json, not \(format).")
      }
      if let lang, Language(rawValue: lang) == nil {
        throw ValidationError("--lang must be en or ar, not \(lang).")
      }
      let dimension = try by.map { text -> SurveyBreakdown.Dimension in
        guard let value = SurveyBreakdown.Dimension(rawValue: text) else {
          throw ValidationError(
            "--by must be channel, kind, program, department, month, party or mode, not \(text).")
        }
        return value
      }
      func date(_ text: String?, _ name: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let value = CivilDate(parsing: text) else {
          throw ValidationError("--\(name) must be a date like 2026-11-01, not \(text).")
        }
        return value
      }
      let first = try date(from, "from")
      let last = try date(to, "to")
      if let first, let last, first > last {
        throw CommandFailure.usage(
          "--from \(first) is after --to \(last), so the period holds no day; give the first day with --from and the last with --to."
        )
      }
      _ = try data.acting(for: .reports, doing: "read the survey report")
      let surveys = try data.surveys()
      guard let definition = surveys[survey] else {
        throw CommandFailure.environment(
          "The office has no survey \"\(survey)\"; it has \(surveys.keys.sorted().joined(separator: ", "))."
        )
      }
      let store = try data.store(.readOnly)
      let office = store.office
      let report = SurveyReport(
        survey: definition, responses: store.responses, cases: store.cases,
        office: office,
        from: first, to: last, by: dimension)
      let language = lang.flatMap(Language.init(rawValue:)) ?? office.language
      print(format == "json" ? report.json : report.text(language: language))
    }
  }
}
