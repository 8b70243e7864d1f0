import CSV
import Domain
import Foundation
import JSONStore

/// `relations export`: cases, events or survey responses as JSON lines or CSV.
///
/// CSV is written by CSV.swift (quoting, embedded newlines), as UTF-8 with a byte-order mark
/// and CRLF line ends so spreadsheet programs open Arabic text correctly. A field that
/// starts with = + - @ gets a leading apostrophe: text from the public must never run as a
/// spreadsheet formula.
public enum OfficeExport {
  public enum What: String, CaseIterable {
    case cases, events, surveys
  }

  public enum Format: String, CaseIterable {
    case jsonl, csv
  }

  /// Rows under a header, each value typed (`ExportCell`).
  public struct Table {
    public var header: [String]
    public var cells: [[ExportCell]]

    public init(header: [String], cells: [[ExportCell]]) {
      self.header = header
      self.cells = cells
    }

    /// A table of texts only.
    public init(header: [String], rows: [[String]]) {
      self.init(header: header, cells: rows.map { $0.map(ExportCell.text) })
    }

    /// The rows as CSV writes them.
    public var rows: [[String]] { cells.map { $0.map(\.text) } }
  }

  public static func table(
    _ what: What, store: OfficeStore, records: () throws -> [(channel: String, record: Record)]
  ) rethrows
    -> Table
  {
    switch what {
    case .cases:
      let header = [
        "id", "channel", "kind", "status", "priority", "subject", "body", "contactName", "phone",
        "email", "handle",
        "assignee", "department", "program", "receivedAt", "firstResponseAt", "resolvedAt",
        "resolution", "permitStep",
        "authorityReference", "decisionReference", "events", "attachments", "party", "mergedInto",
      ]
      let rows = store.cases.values.sorted { $0.id < $1.id }.map { item -> [ExportCell] in
        [
          item.id.description, item.id.channel.rawValue, item.kind.rawValue, item.status.rawValue,
          item.priority.rawValue,
          item.subject, item.body, item.contact.name ?? "", item.contact.phone?.e164 ?? "",
          item.contact.email ?? "",
          item.contact.handle ?? "", item.assignee ?? "", item.department ?? "", item.program ?? "",
          time(item.receivedAt), item.firstResponseAt.map(time) ?? "",
          item.resolvedAt.map(time) ?? "",
          item.resolution ?? "", item.permit?.step.rawValue ?? "",
          item.permit?.authorityReference ?? "",
          item.permit?.decisionReference ?? "",
        ].map(ExportCell.text) + [
          .number(item.version), .number(item.attachments.count), .text(item.party.rawValue),
          .text(item.mergedInto?.description ?? ""),
        ]
      }
      return Table(header: header, cells: rows)
    case .events:
      let rows = try records().map { channel, record -> [ExportCell] in
        // Survey answers are anonymous: who recorded them is left out, so no score can be
        // tied to a member of staff (the association's policy: evaluation is not for blame).
        let anonymous = record.type == SurveyRecord.recordType || record.type == "survey.recorded"
        return [
          .text(channel), .number(Int(record.seq)), .text(record.id),
          .text(record.timestamp.rfc3339), .text(anonymous ? "" : record.actor),
          .text(record.stream),
          .text(record.type), .json(record.data),
        ]
      }
      return Table(
        header: ["channel", "seq", "id", "ts", "actor", "stream", "type", "data"], cells: rows)
    case .surveys:
      let questions = Set(store.responses.flatMap(\.answers.keys)).sorted()
      let rows = store.responses.sorted { ($0.receivedAt, $0.id) < ($1.receivedAt, $1.id) }.map {
        response -> [ExportCell] in
        [
          response.id, response.survey, response.channel?.rawValue ?? "",
          response.caseID?.description ?? "",
          response.kind?.rawValue ?? "", response.program ?? "", time(response.receivedAt),
        ].map(ExportCell.text) + [.flag(response.assisted)]
          + questions.map { key -> ExportCell in
            switch response.answers[key] {
            case .number(let value)?: .number(value)
            case .yes?: .flag(true)
            case .no?: .flag(false)
            case .text(let text)?: .text(text)
            case nil: .text("")
            }
          }
      }
      return Table(
        header: ["id", "survey", "channel", "case", "kind", "program", "receivedAt", "assisted"]
          + questions, cells: rows)
    }
  }

  /// The table as CSV bytes: BOM, CRLF, formulas neutralised.
  public static func csv(_ table: Table) throws -> Data {
    let stream = OutputStream(toMemory: ())
    let writer = try CSVWriter(stream: stream, newline: .crlf)
    try writer.write(row: table.header)
    for row in table.rows {
      try writer.write(row: row.map(neutralised))
    }
    writer.stream.close()
    let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
  }

  /// The table as JSON lines, one object per row with the header's names, each value of
  /// its JSON type (numbers, booleans, `data` as an object), empty texts left out.
  public static func jsonLines(_ table: Table) -> Data {
    var out = Data()
    for row in table.cells {
      var object = JSONObjectWriter()
      for (name, cell) in zip(table.header, row) {
        cell.add(to: &object, as: name)
      }
      out.append(contentsOf: object.finished)
      out.append(0x0A)
    }
    return out
  }

  public static func neutralised(_ field: String) -> String {
    guard let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return field
    }
    return "'" + field
  }

  private static func time(_ date: Date) -> String { CaseEventCodec.rfc3339(date) }

  /// Every record of every log of `directory`, with its channel, read-only, in file order.
  public static func records(of directory: DataDirectory) throws -> [(String, Record)] {
    var records: [(String, Record)] = []
    for channel in directory.channelNames() {
      _ = try ChannelLog(directory: directory, channel: channel, mode: .readOnly) {
        records.append((channel, $0.record))
      }
    }
    return records
  }
}
