import Domain
import Foundation
import JSONStore

/// The one place where the office's values become log records: a case's event or a survey
/// response as a draft for its channel's log, and the log's time as a date and back.
enum EventRecords {
  /// The record of one event of case `id`, stamped with the event's own time.
  static func draft(_ event: CaseEvent, of id: CaseID, eventID: String = EventID.make())
    -> ChannelLog.Draft
  {
    let (type, data) = CaseEventCodec.encode(event.change)
    return ChannelLog.Draft(
      stream: id.description, type: type, data: data, id: eventID,
      timestamp: Timestamp(event.at), actor: event.actor)
  }

  /// The record of a survey response `responseID`, written at `now`.
  static func draft(
    survey input: IngestRequest.SurveyIngest, responseID: String, receivedAt: Date, now: Date,
    eventID: String = EventID.make(), actor: String? = nil
  ) -> ChannelLog.Draft {
    ChannelLog.Draft(
      stream: responseID, type: SurveyRecord.recordType,
      data: SurveyRecord.encode(input, receivedAt: receivedAt), id: eventID,
      timestamp: Timestamp(now), actor: actor)
  }
}

extension Timestamp {
  /// `date` to the millisecond; a date beyond what the log can hold is held at its edge
  /// instead of trapping.
  public init(_ date: Date) {
    let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
    self.init(
      millisecondsSince1970: Int64(exactly: milliseconds)
        ?? (milliseconds.isNaN ? 0 : milliseconds < 0 ? Int64.min / 2 : Int64.max / 2))
  }
}

extension Date {
  /// The moment a log record was written.
  public init(_ timestamp: Timestamp) {
    self.init(timeIntervalSince1970: Double(timestamp.millisecondsSince1970) / 1000)
  }
}
