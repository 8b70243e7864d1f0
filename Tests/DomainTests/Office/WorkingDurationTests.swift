import Domain
import Testing

@Suite struct WorkingDurationTests {
  @Test func parsesDaysHoursAndMinutes() {
    #expect(WorkingDuration(parsing: "4h") == WorkingDuration(minutes: 240))
    #expect(WorkingDuration(parsing: "2d") == WorkingDuration(days: 2))
    #expect(WorkingDuration(parsing: "1d4h30m") == WorkingDuration(days: 1, minutes: 270))
    #expect(WorkingDuration(parsing: "90m") == WorkingDuration(minutes: 90))
  }

  @Test(arguments: ["", "4", "h", "4x", "4h2d", "1d1d", "-3h", "4 h", "٤h"])
  func refusesWhatIsNotADuration(_ text: String) {
    #expect(WorkingDuration(parsing: text) == nil)
  }

  @Test func printsWhatItParses() {
    for text in ["4h", "2d", "1d4h30m", "45m"] {
      #expect(WorkingDuration(parsing: text)?.description == text)
    }
  }
}
