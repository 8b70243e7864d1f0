/// Who a case is from, as given with it. Any part may be missing; a contact is recognised
/// across channels by phone, e-mail or social handle.
public struct ContactDetails: Sendable, Hashable, Codable {
  public var name: String?
  public var phone: PhoneNumber?
  public var email: String?
  public var handle: String?

  public init(
    name: String? = nil, phone: PhoneNumber? = nil, email: String? = nil, handle: String? = nil
  ) {
    self.name = name
    self.phone = phone
    self.email = email
    self.handle = handle
  }
}
