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

  /// The channel's name in English and Arabic, as staff know it.
  public var title: (en: String, ar: String) {
    switch self {
    case .visit: ("In-person visit", "المقابلة")
    case .phone: ("Phone", "الاتصالات الهاتفية")
    case .social: ("Social media", "وسائل التواصل الاجتماعي")
    case .letter: ("Letters", "الخطابات")
    case .volunteer: ("Volunteer service", "خدمة التطوع")
    case .website: ("Website", "الموقع الإلكتروني")
    }
  }
}
