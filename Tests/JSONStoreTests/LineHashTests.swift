import Testing

@testable import JSONStore

@Suite struct LineHashTests {
  @Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
      "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
  ])
  func aLineHashesToItsSHA256(text: String, digest: String) {
    #expect(LineHash(of: Array(text.utf8)).hex == digest)
  }

  @Test func aHashReadsBackFromItsHex() throws {
    let hash = LineHash(of: Array("سلام".utf8))
    #expect(LineHash(hex: hash.hex) == hash)
    #expect(hash.short == String(hash.hex.prefix(12)))
  }

  @Test(arguments: [
    "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
    "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
  ])
  func onlySixtyFourLowercaseHexDigitsAreAHash(text: String) {
    #expect(LineHash(hex: text) == nil)
    #expect(!Array(text.utf8).withUnsafeBytes { LineHash.isHex($0) })
  }
}
