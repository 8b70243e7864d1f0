import ArgumentParser
import CSV
import Domain
import Foundation
import Office

/// `relations import survey --survey ID FILE.csv`: survey answers from a spreadsheet.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Bring in data exported from elsewhere.",
    subcommands: [Survey.self])

  struct Survey: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "survey",
      abstract: "Import survey answers from a CSV export (e.g. Google Forms).",
      discussion: """
        Columns are matched to the survey's questions by id or by question text (Arabic or \
        English); a Timestamp column gives when each row was answered, and a "case" column \
        (optional) links a row to its case. Prints "ok R-…", "duplicate row N" or "error row N: \
        reason" per data row (N as the spreadsheet numbers rows, the header is row 1); good rows \
        are imported even when others are rejected, and importing the same file again adds \
        nothing. Exit 1 if any row was rejected.
        """)

    @OptionGroup var data: DataOption

    @Option(help: "The survey the answers belong to, e.g. service.")
    var survey: String

    @Option(help: "The channel rows with no case came through (default: website).")
    var channel = "website"

    @Argument(help: "The CSV file (UTF-8, with a header row).")
    var file: String

    func run() throws {
      guard let channel = Channel(rawValue: channel) else {
        throw ValidationError(
          "--channel must be one of \(Channel.allCases.map(\.rawValue).joined(separator: ", ")), not \(channel)."
        )
      }
      let acting = try data.acting(for: .import, doing: "import survey answers")
      let surveys = try data.surveys()
      guard let definition = surveys[survey] else {
        throw CommandFailure.environment(
          "The office has no survey \"\(survey)\"; it has \(surveys.keys.sorted().joined(separator: ", "))."
        )
      }
      guard let bytes = FileManager.default.contents(atPath: file) else {
        throw CommandFailure.environment("Cannot read \(file); check the path.")
      }
      var text = String(decoding: bytes, as: UTF8.self)
      if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
      // The CSV reader would call this a header it cannot read; say what it is.
      guard text.contains(where: { !$0.isWhitespace }) else {
        throw CommandFailure.environment(
          "\(file) is empty: export the responses with a header row (question ids or texts) and one row per answer, then import that file."
        )
      }
      let reader: CSVReader
      do {
        reader = try CSVReader(string: text, hasHeaderRow: true)
      } catch {
        throw CommandFailure.environment(
          "\(file) is not a CSV file (\(error)); export it again as CSV.")
      }
      guard let header = reader.headerRow else {
        throw CommandFailure.environment("\(file) is empty: it needs a header row and answers.")
      }
      let store = try data.store(.readWrite)
      var importer = SurveyImport(
        survey: definition, channel: channel,
        timeZone: TimeZone(identifier: store.office.timeZone) ?? .gmt)
      importer.programs = store.office.programs
      let columns = importer.columns(header)
      guard !columns.questions.isEmpty else {
        throw CommandFailure.environment(
          "No column of \(file) is a question of \"\(survey)\"; name columns by question id (\(definition.questions.map(\.id).joined(separator: ", "))) or question text."
        )
      }
      for ignored in columns.ignored {
        FileHandle.standardError.write(
          Data("Column \"\(ignored)\" is not a question of \"\(survey)\"; it is ignored.\n".utf8))
      }
      var rejected = false
      var row = 1
      while let fields = reader.next() {
        row += 1
        if fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
        switch importer.read(fields, row: row, columns: columns) {
        case .problem(let reason, let row):
          print("error row \(row): \(reason)")
          rejected = true
        case .response(let response, let row):
          if let id = response.caseID, store.cases[id] == nil {
            print("error row \(row): case \(id) does not exist")
            rejected = true
            continue
          }
          do throws(OfficeStore.Failure) {
            let saved = try store.recordSurvey(
              response, definition: definition, by: acting, now: Date())
            print("ok \(saved)")
          } catch .duplicate {
            // Decided by the store under the channel's lock: a row imported before.
            print("duplicate row \(row)")
          } catch {
            print("error row \(row): \(error.description)")
            rejected = true
          }
        }
      }
      if let error = reader.error {
        throw CommandFailure.environment(
          "\(file) could not be read past row \(row) (\(error)); the rows above were imported.")
      }
      if rejected { throw ExitCode(1) }
    }
  }
}
