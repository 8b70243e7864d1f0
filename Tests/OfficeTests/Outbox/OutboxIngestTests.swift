import Domain
import Foundation
import JSONStore
import Testing

@testable import Office

/// The outbox's loop through ingest: resolving queues an invitation, a receipt moves it on,
/// a one-digit message from the same person answers it, anything else is a new message.
@Suite struct OutboxIngestTests {
  /// 2026-11-24 09:00 UTC.
  static let now = Date(timeIntervalSince1970: 1_795_510_800)

  struct Office {
    let scratch = Scratch()
    let ingester: Ingester
    var store: OfficeStore { ingester.store }

    init(invitations: Bool = true) throws {
      let directory = DataDirectory(path: scratch.path + "/office")
      try OfficeScaffold(directory: directory, demo: true).create()
      if !invitations {
        let path = directory.path + "/office.json"
        let text = try String(contentsOfFile: path, encoding: .utf8)
          .replacingOccurrences(
            of: #""surveyInvitations": { "survey": "service", "recommend": true, "days": 7 },"#,
            with: "")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
      }
      let store = try OfficeStore(
        directory: directory, office: try OfficeFile.load(directory: directory.path))
      ingester = Ingester(
        store: store, surveys: try SurveyFile.loadAll(directory: directory.path),
        acting: .manager("bridge"))
    }

    func feed(_ line: String, at time: Date = OutboxIngestTests.now) -> String {
      ingester.ingest(Array(line.utf8), number: 1, now: time).output
    }

    /// Opens a phone case for Ali and resolves it: the invitation is queued.
    func resolvedCase(at time: Date = OutboxIngestTests.now) throws -> CaseID {
      let out = feed(
        #"{"type":"case","channel":"phone","kind":"inquiry","subject":"When is the lesson?","contact":{"name":"Ali","phone":"0501234567"}}"#,
        at: time)
      let id = try #require(CaseID(String(out.dropFirst(3))))
      _ = try store.execute(
        .resolve(resolution: "Told him"), on: id, by: .manager("omar"), now: time)
      return id
    }
  }

  @Test func resolvingACaseQueuesAnInvitationInThePersonsLanguage() throws {
    let office = try Office()
    let id = try office.resolvedCase()
    let pending = try #require(office.store.outbox(now: Self.now).first)
    #expect(pending.caseID == id)
    #expect(pending.state.message.kind == .surveyInvitation)
    #expect(pending.state.message.medium == .sms)
    #expect(pending.state.message.to == "+966501234567")
    #expect(pending.state.message.language == .english)
    #expect(pending.state.message.text.contains("from 1 to 5"))
    #expect(pending.state.message.question == "overall")
  }

  @Test func anOfficeThatDoesNotInviteQueuesNothing() throws {
    let office = try Office(invitations: false)
    _ = try office.resolvedCase()
    #expect(office.store.outbox(now: Self.now).isEmpty)
  }

  @Test func aReceiptTakesTheMessageOutOfTheOutboxAndARepeatIsADuplicate() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    #expect(
      office.feed(#"{"type":"receipt","message":"P-000001-m1","status":"sent"}"#)
        == "ok P-000001-m1")
    #expect(office.store.outbox(now: Self.now).isEmpty)
    #expect(
      office.feed(#"{"type":"receipt","message":"P-000001-m1","status":"sent"}"#)
        == "duplicate P-000001-m1")
    #expect(
      office.feed(#"{"type":"receipt","message":"P-000001-m9","status":"sent"}"#)
        == "error line 1: message P-000001-m9 is not in this office's outbox")
    #expect(
      office.feed(#"{"type":"receipt","message":"P-000001-m1","status":"read"}"#)
        .contains("use sent, delivered or failed"))
  }

  @Test func aFailedDeliveryShowsOnTheCase() throws {
    let office = try Office()
    let id = try office.resolvedCase()
    #expect(
      office.feed(
        #"{"type":"receipt","message":"P-000001-m1","status":"failed","reason":"number unreachable","at":"2026-11-24T09:05:00Z"}"#
      ) == "ok P-000001-m1")
    let item = try #require(office.store.cases[id])
    #expect(item.failedDelivery == "P-000001-m1")
    #expect(item.outbound.first?.reason == "number unreachable")
  }

  @Test(arguments: ["4", " ٤ ", "۴"])
  func aOneDigitAnswerRecordsTheCasesSurveyResponseSelfReported(body: String) throws {
    let office = try Office()
    let id = try office.resolvedCase()
    let line =
      #"{"type":"message","channel":"phone","body":"\#(body)","contact":{"phone":"+966501234567"}}"#
    let out = office.feed(line, at: Self.now.addingTimeInterval(3600))
    #expect(out.hasPrefix("ok R-"))
    let response = try #require(office.store.responses.first)
    #expect(response.caseID == id)
    #expect(response.answers["overall"] == .number(4))
    #expect(response.assisted == false)
    let item = try #require(office.store.cases[id])
    #expect(item.outbound.first?.answeredBy == response.id)
    // No new case was opened for it.
    #expect(office.store.cases.count == 1)
  }

  @Test func theZeroToTenQuestionIsAskedNextAndAnsweredTheSameWay() throws {
    let office = try Office()
    let id = try office.resolvedCase()
    _ = office.feed(
      #"{"type":"message","channel":"phone","body":"5","contact":{"phone":"0501234567"}}"#)
    let next = try #require(office.store.outbox(now: Self.now).first)
    #expect(next.state.message.question == "recommend")
    #expect(next.state.message.text.contains("from 0 to 10"))
    _ = office.feed(#"{"type":"receipt","message":"\#(next.state.message.id)","status":"sent"}"#)
    #expect(
      office.feed(
        #"{"type":"message","channel":"phone","body":"10","contact":{"phone":"0501234567"}}"#
      )
      .hasPrefix("ok R-"))
    #expect(office.store.responses.compactMap { $0.answers["recommend"] } == [.number(10)])
    #expect(office.store.cases.count == 1)
    #expect(office.store.cases[id]?.outbound.allSatisfy { $0.answeredBy != nil } == true)
  }

  @Test(arguments: ["thank you", "6", "4 stars"])
  func anythingElseOpensANewCase(body: String) throws {
    let office = try Office()
    _ = try office.resolvedCase()
    let out = office.feed(
      #"{"type":"message","channel":"phone","body":"\#(body)","contact":{"phone":"0501234567"}}"#)
    #expect(out == "ok P-000002")
    let opened = try #require(office.store.cases[CaseID(channel: .phone, number: 2)])
    #expect(opened.subject == body)
    #expect(opened.kind == .inquiry)
    #expect(office.store.responses.isEmpty)
  }

  @Test func anAnswerAfterTheInvitationExpiredIsAnOrdinaryMessage() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    let late = Self.now.addingTimeInterval(8 * 86_400)
    let out = office.feed(
      #"{"type":"message","channel":"phone","body":"5","contact":{"phone":"0501234567"}}"#,
      at: late)
    #expect(out == "ok P-000002")
    #expect(office.store.responses.isEmpty)
  }

  @Test func aDigitFromSomeoneWhoWasNotInvitedIsAnOrdinaryMessage() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    let out = office.feed(
      #"{"type":"message","channel":"phone","body":"5","contact":{"phone":"0559999999"}}"#)
    #expect(out == "ok P-000002")
  }

  @Test func theSameAnswerSentTwiceIsADuplicate() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    let line =
      #"{"type":"message","channel":"phone","body":"3","contact":{"phone":"0501234567"},"externalId":"sms-77"}"#
    #expect(office.feed(line).hasPrefix("ok R-"))
    #expect(office.feed(line) == "duplicate sms-77")
    #expect(office.store.responses.count == 1)
    #expect(office.store.cases.count == 1)
  }

  @Test func aPermitDecisionQueuesTheNoticeFromTheOfficesTemplate() throws {
    let office = try Office()
    let out = office.feed(
      #"{"type":"case","channel":"volunteer","kind":"permit","subject":"تصريح محاضرة","contact":{"name":"سعد","phone":"0501234567"}}"#
    )
    let id = try #require(CaseID(String(out.dropFirst(3))))
    let omar = Acting.manager("omar")
    _ = try office.store.execute(
      .submitPermit(reference: "TSR-1", date: Self.now), on: id, by: omar, now: Self.now)
    _ = try office.store.execute(
      .decidePermit(approved: true, reference: "DEC-42", date: Self.now), on: id, by: omar,
      now: Self.now)
    let notice = try #require(office.store.outbox(now: Self.now).first)
    #expect(notice.state.message.kind == .decision)
    #expect(notice.state.message.language == .arabic)
    // The Arabic template, filled: the decision and its number.
    #expect(notice.state.message.text.contains("الموافقة"))
    #expect(notice.state.message.text.contains("DEC-42"))
    #expect(!notice.state.message.text.contains("{{"))
    #expect(
      office.feed(
        #"{"type":"receipt","message":"\#(notice.state.message.id)","status":"delivered"}"#
      )
      .hasPrefix("ok"))
    #expect(office.store.cases[id]?.permit?.step == .notified)
  }

  @Test func anEnglishRequesterGetsTheNoticeInEnglishWhenTheOfficeHasNoEnglishTemplate() throws {
    let office = try Office()
    let out = office.feed(
      #"{"type":"case","channel":"volunteer","kind":"permit","subject":"Permit for a talk","contact":{"name":"John","email":"john@example.org","language":"en"}}"#
    )
    let id = try #require(CaseID(String(out.dropFirst(3))))
    let omar = Acting.manager("omar")
    _ = try office.store.execute(
      .submitPermit(reference: "TSR-1", date: Self.now), on: id, by: omar, now: Self.now)
    _ = try office.store.execute(
      .decidePermit(approved: false, reference: "DEC-7", date: Self.now), on: id, by: omar,
      now: Self.now)
    let notice = try #require(office.store.outbox(now: Self.now).first)
    #expect(notice.state.message.medium == .email)
    #expect(notice.state.message.language == .english)
    #expect(notice.state.message.text.contains("not approved"))
    #expect(notice.state.message.text.contains("DEC-7"))
  }

  @Test func aCaseNobodyCanBeReachedOnIsResolvedWithNoInvitation() throws {
    let office = try Office()
    let out = office.feed(
      #"{"type":"case","channel":"visit","kind":"inquiry","subject":"سؤال","contact":{"name":"زائر"}}"#
    )
    let id = try #require(CaseID(String(out.dropFirst(3))))
    let item = try office.store.execute(
      .resolve(resolution: "أجبناه"), on: id, by: .manager("omar"), now: Self.now)
    #expect(item.status == .resolved)
    #expect(office.store.outbox(now: Self.now).isEmpty)
  }

  @Test func aLongRunningIngestTakesReceiptsForMessagesQueuedSinceItBegan() throws {
    let office = try Office()
    // Another process (the desk) opens a case and resolves it after the bridge's ingest began.
    let desk = try OfficeStore(directory: office.store.directory, office: office.store.office)
    let opened = try desk.open(on: .phone, by: .manager("huda"), now: Self.now) {
      CaseChange.Opening(
        id: $0, kind: .inquiry, subject: "Lesson times",
        contact: ContactDetails(phone: PhoneNumber("0501234567")), receivedAt: Self.now)
    }
    _ = try desk.execute(
      .resolve(resolution: "Told"), on: opened.id, by: .manager("huda"), now: Self.now)
    #expect(
      office.feed(#"{"type":"receipt","message":"\#(opened.id)-m1","status":"delivered"}"#)
        == "ok \(opened.id)-m1")
    #expect(
      office.feed(#"{"type":"message","case":"\#(opened.id)","channel":"phone","body":"thanks"}"#)
        == "ok \(opened.id)")
  }

  @Test func aSecondDigitSentAtOnceIsNotTakenForTheUnsentZeroToTenQuestion() throws {
    let office = try Office()
    let id = try office.resolvedCase()
    let line = #"{"type":"message","channel":"phone","body":"%@","contact":{"phone":"0501234567"}}"#
    #expect(office.feed(line.replacingOccurrences(of: "%@", with: "4")).hasPrefix("ok R-"))
    // "5" again before the 0–10 question was sent: a correction, an ordinary message.
    #expect(office.feed(line.replacingOccurrences(of: "%@", with: "5")) == "ok P-000002")
    let second = try #require(office.store.outbox(now: Self.now).first)
    #expect(second.state.message.question == "recommend")
    // Once the bridge sent it, a digit answers it.
    _ = office.feed(#"{"type":"receipt","message":"\#(second.state.message.id)","status":"sent"}"#)
    #expect(office.feed(line.replacingOccurrences(of: "%@", with: "8")).hasPrefix("ok R-"))
    #expect(office.store.cases[id]?.outbound.allSatisfy { $0.answeredBy != nil } == true)
  }

  @Test func aMessageFromBeforeTheInvitationDoesNotAnswerIt() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    let out = office.feed(
      #"{"type":"message","channel":"phone","body":"3","contact":{"phone":"0501234567"},"receivedAt":"2026-01-01T10:00:00Z"}"#
    )
    #expect(out == "ok P-000002")
    #expect(office.store.responses.isEmpty)
  }

  @Test func anAnswerByAnotherOfThePersonsAddressesIsMatched() throws {
    let office = try Office()
    let out = office.feed(
      #"{"type":"case","channel":"website","kind":"inquiry","subject":"Lessons","contact":{"name":"John","email":"john@example.org","phone":"0501234567"}}"#
    )
    let id = try #require(CaseID(String(out.dropFirst(3))))
    _ = try office.store.execute(
      .resolve(resolution: "done"), on: id, by: .manager("omar"), now: Self.now)
    #expect(office.store.outbox(now: Self.now).first?.state.message.medium == .email)
    // The invitation went by e-mail; the answer comes by SMS from the same person.
    #expect(
      office.feed(
        #"{"type":"message","channel":"phone","body":"5","contact":{"phone":"+966501234567"}}"#
      ).hasPrefix("ok R-"))
    #expect(office.store.responses.first?.caseID == id)
  }

  @Test func anAnswerForAMergedCaseIsNeverLost() throws {
    let office = try Office()
    let first = try office.resolvedCase()
    let second = try office.resolvedCase()
    _ = try office.store.execute(
      .reopen(reason: "same request"), on: first, by: .manager("omar"), now: Self.now)
    _ = try office.store.execute(
      .merge(into: second), on: first, by: .manager("omar"), now: Self.now)
    #expect(office.store.outbox(now: Self.now).allSatisfy { $0.caseID != first })
    let out = office.feed(
      #"{"type":"message","channel":"phone","body":"4","contact":{"phone":"0501234567"}}"#)
    // One invitation waits for a person at a time: the second case got none.
    #expect(office.store.cases[second]?.outbound.isEmpty == true)
    // The merged case's invitation answers nothing: the words open a case of their own.
    #expect(out == "ok P-000003")
    #expect(office.store.responses.isEmpty)
  }

  @Test func aReopenedCasesInvitationWaitsUntilItIsResolvedAgain() throws {
    let office = try Office()
    let id = try office.resolvedCase()
    let omar = Acting.manager("omar")
    _ = try office.store.execute(.reopen(reason: "not solved"), on: id, by: omar, now: Self.now)
    #expect(office.store.outbox(now: Self.now).isEmpty)
    _ = try office.store.execute(.resolve(resolution: "solved"), on: id, by: omar, now: Self.now)
    let again = try #require(office.store.outbox(now: Self.now).first)
    #expect(again.state.message.id == "\(id)-m1")
    #expect(office.store.cases[id]?.outbound.count == 1)
  }

  @Test(arguments: ["-X/tmp/log", "no-at-sign", "a b@example.org", "a@", "x\u{1B}@e.org"])
  func anEmailAddressThatCouldPassForAnOptionOrIsNoneIsRefused(email: String) throws {
    let office = try Office()
    let line = try String(
      decoding: JSONSerialization.data(withJSONObject: [
        "type": "case", "channel": "website", "kind": "inquiry", "subject": "s",
        "contact": ["email": email],
      ]), as: UTF8.self)
    let out = office.feed(line)
    #expect(out.hasPrefix("error line 1: contact.email "), "\(out)")
    #expect(office.store.cases.count == 0)
  }

  @Test func aProvidersLongReasonIsCutToAFewLines() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    let reason = String(repeating: "Z", count: 1000)
    _ = office.feed(
      #"{"type":"receipt","message":"P-000001-m1","status":"failed","reason":"\#(reason)"}"#)
    let stored = try #require(
      office.store.cases[CaseID(channel: .phone, number: 1)]?.outbound.first)
    #expect(stored.reason?.count == 300)
    #expect(stored.reason?.hasSuffix("…") == true)
  }

  @Test func theOutboxSurvivesReopeningTheOffice() throws {
    let office = try Office()
    _ = try office.resolvedCase()
    _ = office.feed(#"{"type":"receipt","message":"P-000001-m1","status":"failed","reason":"x"}"#)
    let reopened = try OfficeStore(
      directory: office.store.directory, office: office.store.office, mode: .readOnly,
      profile: .desk)
    #expect(reopened.outbox(now: Self.now).isEmpty)
    #expect(reopened.cases[CaseID(channel: .phone, number: 1)]?.failedDelivery == "P-000001-m1")
  }
}
