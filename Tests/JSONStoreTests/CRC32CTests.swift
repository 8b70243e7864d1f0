import Testing

@testable import JSONStore

@Suite struct CRC32CTests {
  @Test func matchesTheStandardCheckValue() {
    #expect(CRC32C.checksum(Array("123456789".utf8)) == 0xE306_9283)
  }

  @Test func ofNothingIsZero() {
    #expect(CRC32C.checksum([]) == 0)
  }

  @Test func slicedAndBytewisePathsAgreeAtEveryLength() {
    // Lengths around the 8-byte stride exercise both the sliced loop and the byte tail.
    let bytes = (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
    var previous: Set<UInt32> = []
    for length in 0...64 {
      let value = CRC32C.checksum(Array(bytes[0..<length]))
      #expect(!previous.contains(value))
      previous.insert(value)
    }
  }
}

@Suite struct CRC32CImplementationTests {
  @Test func theHardwareAndTablePathsAgree() {
    var generator = SystemRandomNumberGenerator()
    for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
      let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
      bytes.withUnsafeBytes { raw in
        #expect(CRC32C.checksum(raw) == CRC32C.tableChecksum(raw), "length \(length)")
      }
    }
  }
}
