/// A case's id, carrying its channel: `V-000123` (visit), `P-` phone, `S-` social,
/// `L-` letter, `T-` volunteer, `W-` website (DESIGN §4).
public struct CaseID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let channel: Channel
  public let number: Int

  public init(channel: Channel, number: Int) {
    self.channel = channel
    self.number = number
  }

  /// Parses `X-NNNNNN`; nil for anything else.
  public init?(_ text: String) {
    let parts = text.split(separator: "-", maxSplits: 1)
    guard parts.count == 2,
      let channel = Channel.allCases.first(where: { $0.caseIDPrefix == parts[0] }),
      parts[1].count >= 6, parts[1].allSatisfy({ $0.isASCII && $0.isNumber }),
      let number = Int(parts[1]), number > 0
    else { return nil }
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
