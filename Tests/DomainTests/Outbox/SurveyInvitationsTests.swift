import Foundation
import Testing

@testable import Domain

@Suite struct SurveyInvitationsTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)

  func invited(_ id: String, at time: Date, answered: Bool = false) -> (Case, OutboundState) {
    let item = Case(
      id: CaseID(channel: .phone, number: 1), kind: .inquiry, status: .resolved,
      priority: .normal, subject: "s", body: "", contact: ContactDetails(), receivedAt: start)
    var state = OutboundState(
      message: OutboundMessage(
        id: id, kind: .surveyInvitation, medium: .sms, to: "+966501234567", text: "?",
        language: .arabic, survey: "service", question: "overall"),
      queuedAt: time, queuedBy: "omar")
    if answered { state.answeredBy = "R-1" }
    return (item, state)
  }

  @Test func aPersonIsFoundByPhoneEmailOrHandleWrittenAnyWay() {
    let keys = SurveyInvitations.keys(
      of: ContactDetails(phone: PhoneNumber("0501234567"), email: "Ali@X.org", handle: "@Ali"))
    #expect(keys.contains(SurveyInvitations.key(medium: .sms, to: "+966501234567") ?? ""))
    #expect(keys.contains(SurveyInvitations.key(medium: .email, to: "ali@x.org") ?? ""))
    #expect(keys.contains(SurveyInvitations.key(medium: .directMessage, to: "ali") ?? ""))
  }

  @Test func theNewestUnansweredInvitationWithinTheDaysIsAnswered() {
    let old = invited("P-000001-m1", at: start)
    let newer = invited("P-000001-m2", at: start.addingTimeInterval(86_400))
    let found = SurveyInvitations.awaiting(
      among: [old, newer], at: start.addingTimeInterval(2 * 86_400), days: 7)
    #expect(found?.1.message.id == "P-000001-m2")
    let answered = invited("P-000001-m2", at: start.addingTimeInterval(86_400), answered: true)
    #expect(
      SurveyInvitations.awaiting(
        among: [old, answered], at: start.addingTimeInterval(2 * 86_400), days: 7)?.1.message.id
        == "P-000001-m1")
  }

  @Test func anInvitationOlderThanItsDaysWaitsNoMore() {
    let old = invited("P-000001-m1", at: start)
    #expect(
      SurveyInvitations.awaiting(among: [old], at: start.addingTimeInterval(7 * 86_400), days: 7)
        != nil)
    #expect(
      SurveyInvitations.awaiting(
        among: [old], at: start.addingTimeInterval(7 * 86_400 + 1), days: 7) == nil)
    // A provider's clock a minute behind the server's still answers it.
    #expect(
      SurveyInvitations.awaiting(among: [old], at: start.addingTimeInterval(-60), days: 7) != nil)
  }
}
