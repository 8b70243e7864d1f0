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
        guard knows(id) else { return rejected("case \(id) does not exist") }
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
        if let id = survey.caseID, !knows(id) {
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
      case .receipt(let receipt):
        guard let id = OutboundMessage.caseID(ofMessage: receipt.message), knows(id) else {
          return rejected("message \(receipt.message) is not in this office's outbox")
        }
        do throws(OfficeStore.Failure) {
          _ = try store.execute(.reportDelivery(receipt), on: id, by: acting, now: now)
        } catch .rejected(.nothingChanged) {
          // The bridge said it before: a restart, or a provider repeating itself.
          return ("duplicate \(receipt.message)", true)
        } catch .rejected(.unknownMessage) {
          return rejected("message \(receipt.message) is not in this office's outbox")
        }
        return ("ok \(receipt.message)", true)
      case .inbound(let inbound):
        return try take(inbound, now: now)
      }
    } catch .duplicate(let external) {
      // The store decides under the channel's lock, so a line sent twice at once is one.
      return ("duplicate \(external)", true)
    } catch {
      return rejected(error.description)
    }
  }

  /// Whether the office has case `id`, read again when this ingest has not seen it: a
  /// bridge's ingest runs for days while the desk opens cases and sends their messages.
  private func knows(_ id: CaseID) -> Bool {
    if store.cases[id] != nil { return true }
    _ = try? store.refresh()
    return store.cases[id] != nil
  }

  /// A message on no case: the answer to a survey invitation that waits for one from this
  /// person (one number on the question's scale), else a new case.
  private func take(_ inbound: IngestRequest.Inbound, now: Date) throws(OfficeStore.Failure)
    -> (output: String, accepted: Bool)
  {
    // Invitations another terminal queued since this ingest began are looked for too.
    _ = try? store.refresh()
    if let external = inbound.externalID,
      store.externalIDs[inbound.channel]?.contains(external) == true
    {
      return ("duplicate \(external)", true)
    }
    if let number = DigitAnswer.number(in: inbound.body),
      let (caseID, invitation) = store.awaitingInvitation(
        from: inbound.contact, at: inbound.receivedAt ?? now),
      let surveyID = invitation.survey, let definition = surveys[surveyID],
      let question = invitation.question.flatMap(definition.question),
      question.accepts(number)
    {
      let answer = IngestRequest.SurveyIngest(
        survey: surveyID, channel: inbound.channel, caseID: caseID,
        answers: [question.id: .number(number)], assisted: false,
        receivedAt: inbound.receivedAt, externalID: inbound.externalID)
      let response = try store.recordSurvey(
        answer, definition: definition, by: acting, now: now, answering: invitation)
      return ("ok \(response)", true)
    }
    let opened = try store.open(on: inbound.channel, by: acting, now: now) {
      inbound.opening($0, now: now)
    }
    return ("ok \(opened.id)", true)
  }
}

extension SurveyQuestion {
  /// Whether `number` is an answer on this question's scale.
  fileprivate func accepts(_ number: Int) -> Bool {
    switch scale {
    case .rating5: (1...5).contains(number)
    case .nps: (0...10).contains(number)
    case .yesno, .text: false
    }
  }
}
