/// The six ways people reach the office (CONTRACTS.md). The raw value is the channel's id in
/// files and on the command line.
public enum Channel: String, CaseIterable, Sendable, Codable {
  case visit, phone, social, letter, volunteer, website

  /// The letter that starts this channel's case ids, e.g. `V-000123`.
  public var caseIDPrefix: String {
    switch self {
    case .visit: "V"
    case .phone: "P"
    case .social: "S"
    case .letter: "L"
    case .volunteer: "T"
    case .website: "W"
    }
  }
}
