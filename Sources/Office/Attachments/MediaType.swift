/// What kind of file an attachment is, told by its first bytes and never by its name: a file
/// called `letter.pdf` that holds a program is `application/octet-stream`. The office never
/// opens or runs an attachment; the type only tells a person what they will get back.
public enum MediaType {
  /// The type an unknown content gets.
  public static let unknown = "application/octet-stream"

  /// The media type of a file whose content starts with `bytes` (the whole file, or at
  /// least its first 512 bytes).
  public static func sniff(_ bytes: [UInt8]) -> String {
    func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
      bytes.count >= offset + prefix.count
        && bytes[offset..<(offset + prefix.count)].elementsEqual(prefix)
    }
    if starts(Array("%PDF-".utf8)) { return "application/pdf" }
    if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return "image/png" }
    if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
    if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return "image/gif" }
    if starts([0x49, 0x49, 0x2A, 0x00]) || starts([0x4D, 0x4D, 0x00, 0x2A]) {
      return "image/tiff"
    }
    if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return "image/webp" }
    if isText(bytes) { return "text/plain; charset=utf-8" }
    return unknown
  }

  /// Whether the content is UTF-8 text: valid UTF-8 (a BOM allowed) with no control
  /// characters but tab, line feed, form feed and carriage return. An empty file is not text.
  static func isText(_ bytes: [UInt8]) -> Bool {
    guard !bytes.isEmpty else { return false }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        let value = scalar.value
        if value < 0x20, value != 0x09, value != 0x0A, value != 0x0C, value != 0x0D {
          return false
        }
        if value == 0x7F || (0x80...0x9F).contains(value) { return false }
      case .emptyInput:
        return true
      case .error:
        return false
      }
    }
  }
}
