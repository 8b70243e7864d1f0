import Domain
import Testing

@Suite struct CaseIDQueryTests {
  @Test func aCaseIDIsReadAsPeopleTypeIt() {
    let id = CaseID(channel: .visit, number: 123)
    for typed in ["V-000123", "v123", "V 123", "#v-123", " v-٠٠٠١٢٣ ", "V-123"] {
      #expect(CaseIDQuery.parse(typed) == id, "\(typed)")
    }
    #expect(CaseIDQuery.parse("t7") == CaseID(channel: .volunteer, number: 7))
  }

  @Test func textThatNamesNoCaseIsNoCaseID() {
    for typed in ["", "X-000123", "V-", "V-0", "Vabc", "123", "V-12a"] {
      #expect(CaseIDQuery.parse(typed) == nil, "\(typed)")
    }
  }
}
