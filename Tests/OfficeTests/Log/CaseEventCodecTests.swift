import Domain
import Foundation
import Testing

@testable import Office

@Suite struct CaseEventCodecTests {
  static let when = Date(timeIntervalSince1970: 1_795_323_600.123)
  static let changes: [CaseChange] = [
    .opened(
      CaseChange.Opening(
        id: CaseID(channel: .website, number: 12), kind: .permit, subject: "طلب تصريح \"محاضرة\"",
        body: "line1\nline2",
        contact: ContactDetails(
          name: "Maria", phone: PhoneNumber("0551234567"), email: "m@example.org", handle: "@maria"),
        receivedAt: when, externalID: "form-77", program: "friday-talk", priority: .high)),
    .opened(
      CaseChange.Opening(
        id: CaseID(channel: .letter, number: 1), kind: .inquiry, subject: "s", receivedAt: when)),
    .opened(
      CaseChange.Opening(
        id: CaseID(channel: .letter, number: 2), kind: .complaint, subject: "s", receivedAt: when,
        party: .supporter,
        channelDetails: ChannelDetails(
          reference: "12/44", letterDate: CivilDate(year: 2026, month: 11, day: 20),
          arrival: .hand))),
    .opened(
      CaseChange.Opening(
        id: CaseID(channel: .phone, number: 2), kind: .inquiry, subject: "s", receivedAt: when,
        party: .internalBeneficiary, channelDetails: ChannelDetails(direction: .outgoing))),
    .opened(
      CaseChange.Opening(
        id: CaseID(channel: .volunteer, number: 2), kind: .service, subject: "s", receivedAt: when,
        party: .volunteer, channelDetails: ChannelDetails(platform: "X", volunteer: "سارة"))),
    .triaged(CaseChange.Triage(party: .supporter)),
    .opened(
      {
        var opening = CaseChange.Opening(
          id: CaseID(channel: .volunteer, number: 4), kind: .permit, subject: "محاضرة",
          receivedAt: when)
        opening.programDate = CivilDate(year: 2026, month: 12, day: 10)
        opening.programPlace = "جامع الحي"
        return opening
      }()),
    .messageReceived(body: "مرحبا", channel: .social, receivedAt: when, externalID: "dm-1"),
    .messageReceived(body: "hi", channel: .phone, receivedAt: nil, externalID: nil),
    .triaged(
      CaseChange.Triage(
        kind: .complaint, priority: .urgent, tags: ["a", "b"], department: "relations", program: nil
      )),
    .assigned(to: "sara"), .assigned(to: nil), .noted(text: "internal"),
    .replied(channel: .phone, text: "reply", template: "permit-explained"),
    .waitingStarted(reason: "documents"), .resumed,
    .permitSubmitted(reference: "T-1", date: when),
    .permitDecided(approved: false, reference: "D-2", date: when),
    .requesterNotified(how: "sms"), .resolved(resolution: "done"), .reopened(reason: "again"),
    .closed,
    .linked(to: CaseID(channel: .phone, number: 3)),
    .merged(into: CaseID(channel: .visit, number: 9)),
    .surveyRecorded(responseID: "r-1", primary: 2, recommend: 6),
    .surveyRecorded(responseID: "r-2", primary: nil, recommend: nil),
    .followUpTaken(owner: "sara", due: when), .followUpTaken(owner: "omar", due: nil),
    .followUpDone(note: "اتصلت بها \"واعتذرت\""),
    .attached(
      Attachment(
        name: "قرار \"الإمارة\".pdf", size: 48_213, type: "application/pdf",
        sha256: String(repeating: "0f", count: 32), note: "the decision")),
    .attached(
      Attachment(
        name: "id.jpg", size: 0, type: "image/jpeg", sha256: String(repeating: "a", count: 64))),
  ]

  @Test(arguments: changes)
  func everyChangeSurvivesTheLog(_ change: CaseChange) throws {
    let (type, data) = CaseEventCodec.encode(change)
    let decoded = try data.withUnsafeBytes { raw in try CaseEventCodec.decode(type: type, data: raw)
    }
    #expect(decoded == change)
  }

  @Test func anOpeningWrittenBeforePartiesReadsWithNoPartyAndNoDetails() throws {
    let json =
      #"{"id":"V-000004","kind":"inquiry","subject":"s","receivedAt":"2026-11-25T08:00:00Z","priority":"normal"}"#
    let decoded = try Array(json.utf8).withUnsafeBytes { raw in
      try CaseEventCodec.decode(type: "case.opened", data: raw)
    }
    guard case .opened(let opening) = decoded else {
      Issue.record("not an opening: \(decoded)")
      return
    }
    #expect(opening.party == nil)
    #expect(opening.channelDetails.isEmpty)
    let (_, data) = CaseEventCodec.encode(decoded)
    #expect(!String(decoding: data, as: UTF8.self).contains("party"))
  }

  @Test func unknownTypesAndMissingFieldsAreRefusedWithAReason() {
    func decode(_ type: String, _ json: String) -> String? {
      let bytes = Array(json.utf8)
      do {
        _ = try bytes.withUnsafeBytes { raw in try CaseEventCodec.decode(type: type, data: raw) }
        return nil
      } catch let failure as CaseEventCodec.Failure {
        return failure.reason
      } catch {
        return "\(error)"
      }
    }
    #expect(decode("case.exploded", "{}") == "unknown event type case.exploded")
    #expect(decode("case.noted", "{}") == "case.noted: text is missing")
    #expect(decode("case.opened", #"{"id":"Q-1"}"#) == "case.opened: id is not a case id")
    #expect(
      decode("case.followUpTaken", #"{"due":"2026-11-30T00:00:00Z"}"#)
        == "case.followUpTaken: owner is missing")
    #expect(
      decode("case.followUpTaken", #"{"owner":"sara","due":"soon"}"#)
        == "case.followUpTaken: due is not a time")
    #expect(decode("case.followUpDone", "{}") == "case.followUpDone: note is missing")
  }

  @Test func aFollowUpIsWrittenAsTheContractSays() {
    let taken = CaseEventCodec.encode(
      .followUpTaken(owner: "sara", due: Date(timeIntervalSince1970: 1_795_996_800)))
    #expect(taken.type == "case.followUpTaken")
    #expect(
      String(decoding: taken.data, as: UTF8.self)
        == #"{"owner":"sara","due":"2026-11-30T00:00:00.000Z"}"#)
    let done = CaseEventCodec.encode(.followUpDone(note: "called"))
    #expect(done.type == "case.followUpDone")
    #expect(String(decoding: done.data, as: UTF8.self) == #"{"note":"called"}"#)
  }

  @Test func anAttachmentIsWrittenAsTheContractSaysAndABadHashIsRefused() {
    let attached = CaseEventCodec.encode(
      .attached(
        Attachment(
          name: "scan.png", size: 12, type: "image/png", sha256: String(repeating: "e", count: 64),
          note: "ID copy")))
    #expect(attached.type == "case.attached")
    #expect(
      String(decoding: attached.data, as: UTF8.self)
        == #"{"name":"scan.png","size":12,"type":"image/png","sha256":""#
        + String(repeating: "e", count: 64) + #"","note":"ID copy"}"#)
    let bad = Array(#"{"name":"x","size":1,"type":"text/plain","sha256":"../../etc/passwd"}"#.utf8)
    #expect(throws: CaseEventCodec.Failure.self) {
      _ = try bad.withUnsafeBytes { try CaseEventCodec.decode(type: "case.attached", data: $0) }
    }
  }
}
