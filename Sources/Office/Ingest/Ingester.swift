import Domain
import Foundation

/// Runs `relations ingest` input: one result per line, `ok ID`, `duplicate EXTERNALID` or
/// `error line N: reason`. A bad line never stops or undoes the good ones.
public struct Ingester {
  public let store: OfficeStore
  public let surveys: [String: SurveyDefinition]
  /// Who the records are made by: a bridge account, or a manager by hand.
  public let acting: Acting
  /// Told of a line taken with a warning (a permit request on short notice), as one sentence
  /// for standard error; the line's own result is still `ok`.
  public var warn: (String) -> Void = { _ in }

  public init(store: OfficeStore, surveys: [String: SurveyDefinition], acting: Acting) {
    self.store = store
    self.surveys = surveys
    self.acting = acting
  }

  /// Ingests one line (1-based `number`) and says what became of it.
  public func ingest(_ line: [UInt8], number: Int, now: Date) -> (output: String, accepted: Bool) {
    func rejected(_ reason: String) -> (String, Bool) { ("error line \(number): \(reason)", false) }
    let request: IngestRequest
    do throws(IngestRequest.Problem) {
      request = try IngestRequest.parse(line)
    } catch {
      return rejected(error.reason)
    }
    do throws(OfficeStore.Failure) {
      switch request {
      case .newCase(let new):
        let opened = try store.open(on: new.channel, by: acting, now: now) {
          new.opening($0, now: now)
        }
        if let date = new.programDate,
          let days = PermitNotice.shortNotice(
            programDate: date, now: new.receivedAt ?? now,
            timeZone: TimeZone(identifier: store.office.timeZone) ?? .gmt,
            minimumDays: store.office.permitNoticeDays)
        {
          warn(
            "warning line \(number): \(opened.id) asks for a permit for a program on \(date), \(days) day\(days == 1 ? "" : "s") away; requests should come \(store.office.permitNoticeDays) days ahead, so tell the requester it may not be decided in time."
          )
        }
        return ("ok \(opened.id)", true)
      case .message(let id, let channel, let body, let receivedAt, let external):
        guard store.cases[id] != nil else { return rejected("case \(id) does not exist") }
        _ = try store.execute(
          .receiveMessage(
            body: body, channel: channel, receivedAt: receivedAt, externalID: external), on: id,
          by: acting, now: now)
        return ("ok \(id)", true)
      case .survey(let survey):
        guard let definition = surveys[survey.survey] else {
          return rejected(
            "survey \"\(survey.survey)\" is unknown; the office has \(surveys.keys.sorted().joined(separator: ", "))"
          )
        }
        if let id = survey.caseID, store.cases[id] == nil {
          return rejected("case \(id) does not exist")
        }
        if let program = survey.program,
          !store.office.programs.contains(where: { $0.id == program })
        {
          return rejected(
            "program \"\(program)\" is unknown; the office has \(store.office.programs.map(\.id).joined(separator: ", "))"
          )
        }
        return (
          "ok \(try store.recordSurvey(survey, definition: definition, by: acting, now: now))",
          true
        )
      }
    } catch .duplicate(let external) {
      // The store decides under the channel's lock, so a line sent twice at once is one.
      return ("duplicate \(external)", true)
    } catch {
      return rejected(error.description)
    }
  }
}
