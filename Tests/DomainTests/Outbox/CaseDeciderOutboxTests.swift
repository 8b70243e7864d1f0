import Domain
import Foundation
import Testing

/// Messages to the person as case events: a reply sent by a medium is queued, a receipt
/// moves it on, a failure is marked until someone makes up for it, and a delivered decision
/// notice tells the requester.
@Suite struct CaseDeciderOutboxTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)
  let id = CaseID(channel: .phone, number: 3)
  let phone = PhoneNumber("+966501234567")

  var opening: CaseCommand {
    .open(
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "موعد الدرس",
        contact: ContactDetails(name: "Ali", phone: phone),
        receivedAt: start))
  }

  func run(_ commands: [CaseCommand], on state: Case? = nil) throws(CaseRejection) -> Case? {
    var state = state
    for (index, command) in commands.enumerated() {
      let events = try CaseDecider.decide(
        command, state, at: start.addingTimeInterval(TimeInterval(index * 60)), by: .manager("omar")
      )
      state = events.reduce(state, CaseDecider.evolve)
    }
    return state
  }

  func rejection(_ commands: [CaseCommand], on state: Case? = nil) -> CaseRejection? {
    do throws(CaseRejection) {
      _ = try run(commands, on: state)
      return nil
    } catch {
      return error
    }
  }

  func reply(_ text: String = "الدرس يوم الأحد", send: OutboundMedium? = .sms) -> CaseCommand {
    .reply(channel: .phone, text: text, template: nil, send: send)
  }

  @Test func aReplySentBySMSIsQueuedToThePhoneInTheLanguageItIsWrittenIn() throws {
    let state = try #require(try run([opening, reply()]))
    let sent = try #require(state.outbound.first)
    #expect(sent.message.id == "P-000003-m1")
    #expect(sent.message.to == "+966501234567")
    #expect(sent.message.medium == .sms)
    #expect(sent.message.kind == .reply)
    #expect(sent.message.language == .arabic)
    #expect(sent.status == .queued)
    #expect(sent.isPending)
    let english = try #require(try run([opening, reply("See you on Sunday")]))
    #expect(english.outbound.first?.message.language == .english)
  }

  @Test func aReplyNotSentIsOnlyRecorded() throws {
    let state = try #require(try run([opening, reply(send: nil)]))
    #expect(state.outbound.isEmpty)
    #expect(state.firstResponseAt != nil)
  }

  @Test func aMediumWithNothingToSendToIsRefusedNamingWhatIsMissing() {
    #expect(rejection([opening, reply(send: .email)]) == .unreachable(.email))
    #expect(CaseRejection.unreachable(.email).message.contains("e-mail address"))
    #expect(rejection([opening, reply(send: .directMessage)]) == .unreachable(.directMessage))
  }

  @Test func messagesAreNumberedInTheirCase() throws {
    let state = try #require(try run([opening, reply(), reply("ثانية")]))
    #expect(state.outbound.map(\.message.id) == ["P-000003-m1", "P-000003-m2"])
    #expect(OutboundMessage.caseID(ofMessage: "P-000003-m2") == id)
    #expect(OutboundMessage.caseID(ofMessage: "P-000003") == nil)
  }

  @Test func aReceiptMovesTheMessageOnAndARepeatedOneChangesNothing() throws {
    var state = try #require(try run([opening, reply()]))
    state = try #require(
      try run([.reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .sent))], on: state))
    #expect(state.outbound.first?.status == .sent)
    #expect(state.outbound.first?.isPending == false)
    #expect(
      rejection(
        [.reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .sent))], on: state)
        == .nothingChanged)
    state = try #require(
      try run(
        [.reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .delivered))], on: state))
    #expect(state.outbound.first?.status == .delivered)
  }

  @Test func aLateSentNeverUndoesDelivered() throws {
    var state = try #require(try run([opening, reply()]))
    state = try #require(
      try run(
        [
          .reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .delivered)),
          .reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .sent)),
        ], on: state))
    #expect(state.outbound.first?.status == .delivered)
  }

  @Test func aReceiptForAMessageTheCaseNeverQueuedIsRefused() throws {
    let state = try #require(try run([opening, reply()]))
    #expect(
      rejection(
        [.reportDelivery(DeliveryReceipt(message: "P-000003-m7", status: .sent))], on: state)
        == .unknownMessage("P-000003-m7"))
  }

  @Test func aFailureIsMarkedUntilALaterReplyMakesUpForIt() throws {
    var state = try #require(try run([opening, reply()]))
    state = try #require(
      try run(
        [
          .reportDelivery(
            DeliveryReceipt(message: "P-000003-m1", status: .failed, reason: "number unreachable"))
        ], on: state))
    #expect(state.failedDelivery == "P-000003-m1")
    #expect(state.outbound.first?.reason == "number unreachable")
    #expect(state.outbound.first?.isPending == false)
    state = try #require(try run([reply("اتصلنا بك", send: nil)], on: state))
    #expect(state.failedDelivery == nil)
  }

  @Test func aFailureIsMadeUpForByALaterMessageThatArrives() throws {
    var state = try #require(try run([opening, reply(), reply("again")]))
    state = try #require(
      try run(
        [
          .reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .failed)),
          .reportDelivery(DeliveryReceipt(message: "P-000003-m2", status: .delivered)),
        ], on: state))
    #expect(state.failedDelivery == nil)
  }

  @Test func receiptsAreTakenOnAClosedCase() throws {
    var state = try #require(try run([opening, reply(), .resolve(resolution: "done"), .close]))
    state = try #require(
      try run(
        [.reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .delivered))], on: state))
    #expect(state.outbound.first?.status == .delivered)
  }

  @Test func aDeliveredDecisionNoticeTellsTheRequester() throws {
    let permitID = CaseID(channel: .volunteer, number: 1)
    let open = CaseCommand.open(
      CaseChange.Opening(
        id: permitID, kind: .permit, subject: "تصريح", contact: ContactDetails(phone: phone),
        receivedAt: start))
    var state = try #require(
      try run([
        open, .submitPermit(reference: "TSR-1", date: start),
        .decidePermit(approved: true, reference: "DEC-1", date: start),
        .queueMessage(
          OutboundDraft(kind: .decision, medium: .sms, text: "approved", language: .arabic)),
      ]))
    #expect(state.permit?.step == .approved)
    state = try #require(
      try run(
        [
          .reportDelivery(
            DeliveryReceipt(
              message: OutboundMessage.id(of: permitID, number: 1), status: .delivered))
        ], on: state))
    #expect(state.permit?.step == .notified)
    #expect(state.permit?.notifiedHow == "SMS, delivered")
    // Told, the permit may be resolved.
    #expect(try run([.resolve(resolution: "done")], on: state)?.status == .resolved)
  }

  @Test func aSentDecisionNoticeIsNotYetTheRequesterTold() throws {
    let permitID = CaseID(channel: .volunteer, number: 1)
    let open = CaseCommand.open(
      CaseChange.Opening(
        id: permitID, kind: .permit, subject: "تصريح", contact: ContactDetails(phone: phone),
        receivedAt: start))
    let state = try #require(
      try run([
        open, .submitPermit(reference: "TSR-1", date: start),
        .decidePermit(approved: false, reference: "DEC-1", date: start),
        .queueMessage(
          OutboundDraft(kind: .decision, medium: .sms, text: "rejected", language: .arabic)),
        .reportDelivery(
          DeliveryReceipt(message: OutboundMessage.id(of: permitID, number: 1), status: .sent)),
      ]))
    #expect(state.permit?.step == .rejected)
  }

  @Test func anAnsweredInvitationLeavesTheOutboxAndIsAnsweredOnce() throws {
    var state = try #require(
      try run([
        opening, .resolve(resolution: "done"),
        .queueMessage(
          OutboundDraft(
            kind: .surveyInvitation, medium: .sms, text: "1-5?", language: .arabic,
            survey: "service", question: "overall")),
      ]))
    state = try #require(
      try run([.answerInvitation(message: "P-000003-m1", response: "R-1")], on: state))
    #expect(state.outbound.first?.answeredBy == "R-1")
    #expect(state.outbound.first?.isPending == false)
    #expect(
      rejection([.answerInvitation(message: "P-000003-m1", response: "R-2")], on: state)
        == .nothingChanged)
  }

  @Test func aFrontDeskMayNotReportDeliveriesButABridgeMay() throws {
    let state = try #require(try run([opening, reply()]))
    let receipt = CaseCommand.reportDelivery(DeliveryReceipt(message: "P-000003-m1", status: .sent))
    let frontDesk = Acting(
      member: StaffMember(account: "huda", name: "Huda", role: .frontdesk), timeZone: .gmt)
    let bridge = Acting(
      member: StaffMember(account: "sms", name: "SMS", role: .bridge), timeZone: .gmt)
    #expect(throws: CaseRejection.self) {
      try CaseDecider.decide(receipt, state, at: start, by: frontDesk)
    }
    #expect(try CaseDecider.decide(receipt, state, at: start, by: bridge).count == 1)
  }
}
