import Domain
import Foundation
import Testing

/// What a case's channel adds at intake stays with the case as its opening said.
@Suite struct ChannelDetailsTests {
  let start = Date(timeIntervalSince1970: 1_795_000_000)

  @Test func aLettersReferenceDateAndArrivalStayWithTheCase() throws {
    let details = ChannelDetails(
      reference: "12/44", letterDate: CivilDate(year: 2026, month: 11, day: 20), arrival: .post)
    let opening = CaseChange.Opening(
      id: CaseID(channel: .letter, number: 3), kind: .complaint, subject: "s", receivedAt: start,
      channelDetails: details)
    let events = try CaseDecider.decide(.open(opening), nil, at: start, by: .manager("huda"))
    let state = try #require(events.reduce(nil, CaseDecider.evolve))
    #expect(state.channelDetails == details)
    #expect(!state.channelDetails.isEmpty)
  }

  @Test func aCaseOpenedWithNothingMoreHasNoDetails() throws {
    let opening = CaseChange.Opening(
      id: CaseID(channel: .phone, number: 1), kind: .inquiry, subject: "s", receivedAt: start)
    let events = try CaseDecider.decide(.open(opening), nil, at: start, by: .manager("huda"))
    #expect(events.reduce(nil, CaseDecider.evolve)?.channelDetails.isEmpty == true)
    #expect(ChannelDetails(direction: .incoming) != ChannelDetails())
  }
}
