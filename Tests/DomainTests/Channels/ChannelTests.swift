import Domain
import Testing

@Suite struct ChannelTests {
  @Test func theSixChannelsHaveTheContractIds() {
    #expect(
      Channel.allCases.map(\.rawValue) == [
        "visit", "phone", "social", "letter", "volunteer", "website",
      ])
  }

  @Test func caseIdPrefixesAreTheContractLettersAndDistinct() {
    #expect(Channel.allCases.map(\.caseIDPrefix) == ["V", "P", "S", "L", "T", "W"])
    #expect(Set(Channel.allCases.map(\.caseIDPrefix)).count == Channel.allCases.count)
  }
}
