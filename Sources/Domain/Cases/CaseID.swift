/// A case's id, carrying its channel: `V-000123` (visit), `P-` phone, `S-` social,
/// `L-` letter, `T-` volunteer, `W-` website (CONTRACTS.md).
public struct CaseID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let channel: Channel
  public let number: Int

  public init(channel: Channel, number: Int) {
    self.channel = channel
    self.number = number
  }

  /// Parses `X-NNNNNN`; nil for anything else.
  public init?(_ text: String) {
    // Read from the UTF-8 bytes: every event of every case names its case when an office
    // opens, so this runs over a million times.
    var utf8 = text.utf8.makeIterator()
    let channel: Channel
    switch utf8.next() {
    case UInt8(ascii: "V"): channel = .visit
    case UInt8(ascii: "P"): channel = .phone
    case UInt8(ascii: "S"): channel = .social
    case UInt8(ascii: "L"): channel = .letter
    case UInt8(ascii: "T"): channel = .volunteer
    case UInt8(ascii: "W"): channel = .website
    default: return nil
    }
    guard utf8.next() == UInt8(ascii: "-") else { return nil }
    var number = 0
    var digits = 0
    while let byte = utf8.next() {
      guard byte >= 0x30, byte <= 0x39, digits < 18 else { return nil }
      number = number * 10 + Int(byte - 0x30)
      digits += 1
    }
    guard digits >= 6, number > 0 else { return nil }
    self.init(channel: channel, number: number)
  }

  public var description: String {
    let digits = String(number)
    return "\(channel.caseIDPrefix)-" + String(repeating: "0", count: max(0, 6 - digits.count))
      + digits
  }

  public static func < (lhs: CaseID, rhs: CaseID) -> Bool {
    (lhs.channel.caseIDPrefix, lhs.number) < (rhs.channel.caseIDPrefix, rhs.number)
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let id = CaseID(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a case id: \(text)"))
    }
    self = id
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
