/// A person the office deals with, recognised across every channel, with their roles and
/// every case they brought.
public struct Contact: Sendable, Equatable {
  /// `C-1`, `C-2`… in the order people first appeared.
  public var id: String
  public var name: String?
  public var keys: [ContactKey]
  public var roles: Set<ContactRole>
  /// Oldest first.
  public var cases: [CaseID]
  /// Staff set the name: names given with later cases no longer replace it.
  public var nameIsSet = false
  /// When the office thanked or informed them outside any case, oldest first.
  public var touches: [ContactTouch] = []

  public var phones: [PhoneNumber] {
    keys.compactMap { if case .phone(let phone) = $0 { phone } else { nil } }
  }
}
