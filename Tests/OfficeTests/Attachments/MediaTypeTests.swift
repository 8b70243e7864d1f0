import Foundation
import Office
import Testing

/// The type of an attachment is told by its first bytes, never by its name.
@Suite struct MediaTypeTests {
  @Test func theKnownFormatsAreToldByTheirFirstBytes() {
    #expect(MediaType.sniff(Array("%PDF-1.7\n%âãÏÓ".utf8)) == "application/pdf")
    #expect(MediaType.sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]) == "image/png")
    #expect(MediaType.sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]) == "image/jpeg")
    #expect(MediaType.sniff(Array("GIF89a....".utf8)) == "image/gif")
    #expect(MediaType.sniff([0x49, 0x49, 0x2A, 0x00, 8, 0]) == "image/tiff")
    #expect(MediaType.sniff([0x4D, 0x4D, 0x00, 0x2A, 0, 8]) == "image/tiff")
    #expect(MediaType.sniff(Array("RIFF\u{10}\0\0\0WEBPVP8 ".utf8)) == "image/webp")
  }

  @Test func utf8TextIsTextAndControlBytesOrBadUTF8AreNot() {
    #expect(
      MediaType.sniff(Array("رسالة الشكر\r\nThank you\t!".utf8)) == "text/plain; charset=utf-8")
    #expect(MediaType.sniff(Array("hello\u{1B}[2Jworld".utf8)) == MediaType.unknown)
    #expect(MediaType.sniff([0x68, 0x69, 0xC3]) == MediaType.unknown)
    #expect(MediaType.sniff([0x7F, 0x45, 0x4C, 0x46, 2, 1, 1]) == MediaType.unknown)
    #expect(MediaType.sniff([]) == MediaType.unknown)
    // RIFF that is not WebP (a WAV file) is not an image.
    #expect(MediaType.sniff(Array("RIFF\u{10}\0\0\0WAVEfmt ".utf8)) == MediaType.unknown)
  }
}
