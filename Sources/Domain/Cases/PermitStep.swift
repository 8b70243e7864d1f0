/// A volunteer's permit request on its way through the competent authority (Taiseer):
/// received → submitted → approved | rejected → notified (CONTRACTS.md).
public enum PermitStep: String, CaseIterable, Sendable, Codable {
  case received, submitted, approved, rejected, notified
}
