/// What a case is about (CONTRACTS.md). The raw value is the id in files and on the command line.
public enum CaseKind: String, CaseIterable, Sendable, Codable {
  case inquiry, complaint, suggestion, permit, service
}
