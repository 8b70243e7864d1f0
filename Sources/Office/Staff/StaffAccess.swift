import Domain

/// Who may use an office: an account on its staff list, as its role allows (a demo office
/// lets every account in as a manager). The desk and every command that writes ask here
/// first, so an outsider is refused before anything is read or written.
public enum StaffAccess {
  /// Why an account may not go on: one sentence naming the account and who can help.
  public struct Refusal: Error, Equatable, CustomStringConvertible {
    public var description: String
  }

  /// The staff member `account` acts as, or a refusal naming the managers who can add it.
  public static func acting(
    _ account: String = OSAccount.current, in office: OfficeConfiguration
  ) throws(Refusal) -> Acting {
    if let acting = office.acting(account) { return acting }
    let managers = office.managers
    guard !managers.isEmpty else {
      throw Refusal(
        description:
          "The account \(account) is not on this office's staff, and office.json lists no manager who could add it; whoever looks after the server adds one by hand to office.json's staff: {\"account\": \"\(account)\", \"name\": \"Full name\", \"role\": \"manager\"}."
      )
    }
    throw Refusal(
      description:
        "The account \(account) is not on this office's staff; a manager (\(managers.joined(separator: ", "))) can add it: relations staff add \(account) --role frontdesk --name \"Full name\"."
    )
  }

  /// `acting`, refused unless its role holds `permission`; `doing` names the work ("ingest").
  public static func acting(
    _ account: String = OSAccount.current, in office: OfficeConfiguration,
    for permission: Permission, doing: String
  ) throws(Refusal) -> Acting {
    let acting = try acting(account, in: office)
    guard !acting.may(permission) else { return acting }
    let allowed = office.roles.roles(granting: [permission])
    throw Refusal(
      description:
        "The account \(account) is \(StaffMember.Role.named([acting.role])), and only \(StaffMember.Role.named(allowed)) may \(doing); a manager can change its role: relations staff set-role \(account) ROLE."
    )
  }
}
