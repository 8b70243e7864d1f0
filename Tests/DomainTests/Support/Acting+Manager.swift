import Domain
import Foundation

extension Acting {
  /// A manager, who may do everything: for tests about what a case allows, not about roles.
  static func manager(_ account: String) -> Acting {
    Acting(member: StaffMember(account: account, name: account, role: .manager), timeZone: .gmt)
  }
}
