import JSONStore
import Testing

@Suite struct TimestampTests {
  @Test func formatsAsRFC3339UTCWithMilliseconds() {
    #expect(Timestamp(millisecondsSince1970: 0).rfc3339 == "1970-01-01T00:00:00.000Z")
    #expect(
      Timestamp(millisecondsSince1970: 1_764_057_600_123).rfc3339 == "2025-11-25T08:00:00.123Z")
  }

  @Test func parsesWhatItFormats() {
    for millis: Int64 in [0, 1, 951_782_400_000, 1_764_057_600_123, 4_102_444_799_999, -86_400_000]
    {
      let time = Timestamp(millisecondsSince1970: millis)
      #expect(Timestamp(rfc3339: time.rfc3339) == time)
    }
  }

  @Test func parsesOffsetsAndFractions() {
    #expect(Timestamp(rfc3339: "2025-11-25T11:00:00+03:00")?.rfc3339 == "2025-11-25T08:00:00.000Z")
    #expect(
      Timestamp(rfc3339: "2025-11-25T08:00:00.5Z")?.millisecondsSince1970 == 1_764_057_600_500)
  }

  @Test func refusesWhatIsNotATime() {
    for text in [
      "", "2025-11-25", "2025-13-01T00:00:00Z", "2025-02-30T00:00:00Z", "2025-11-25 08:00:00Z",
      "2025-11-25T08:00:00", "2025-11-25T25:00:00Z", "2025-11-25T08:00:00.Z",
      "2025-11-25T08:00:00Zjunk",
    ] {
      #expect(Timestamp(rfc3339: text) == nil, "\(text)")
    }
  }
}
