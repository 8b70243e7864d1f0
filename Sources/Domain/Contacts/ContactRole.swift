/// The parties of the association's relations policy: beneficiaries (internal: the
/// association's own staff and members; external: the public), supporters, volunteers.
public enum ContactRole: String, CaseIterable, Sendable, Codable {
  case internalBeneficiary = "beneficiary-internal"
  case externalBeneficiary = "beneficiary-external"
  case volunteer
  case supporter
}
