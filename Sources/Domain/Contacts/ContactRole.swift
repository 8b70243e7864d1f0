/// The parties of the association's relations policy: beneficiaries (internal: the
/// association's own staff and members; external: the public), supporters, volunteers. The
/// raw value is the party's name in files, ingest and reports (CONTRACTS.md).
public enum ContactRole: String, CaseIterable, Sendable, Codable {
  case externalBeneficiary = "beneficiary"
  case internalBeneficiary = "internal"
  case supporter
  case volunteer

  /// Reads a party's name, and the names saved views used before parties were recorded
  /// (`beneficiary-external`, `beneficiary-internal`).
  public init?(party text: String) {
    switch text {
    case "beneficiary-external": self = .externalBeneficiary
    case "beneficiary-internal": self = .internalBeneficiary
    default: self.init(rawValue: text)
    }
  }

  /// The party a case is taken to come from when nobody said: a volunteer for volunteer
  /// service and permits (the volunteer regulations' requests), a beneficiary otherwise.
  /// Cases recorded before parties were recorded read so too.
  public static func presumed(channel: Channel, kind: CaseKind) -> ContactRole {
    channel == .volunteer || kind == .permit ? .volunteer : .externalBeneficiary
  }
}

extension Contact {
  /// The party a new case of this person is recorded under when the desk or ingest does not
  /// say: their first role in the policy's order.
  public var party: ContactRole? { ContactRole.allCases.first { roles.contains($0) } }
}
