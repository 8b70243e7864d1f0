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
    let who =
      managers.isEmpty
      ? "office.json lists no manager, so whoever set up the office must add one"
      : "a manager (\(managers.joined(separator: ", "))) can add it"
    throw Refusal(
      description:
        "The account \(account) is not on this office's staff; \(who): relations staff add \(account) --role frontdesk --name \"Full name\"."
    )
  }

  /// `acting`, refused unless its role holds `permission`; `doing` names the work ("ingest").
  public static func acting(
    _ account: String = OSAccount.current, in office: OfficeConfiguration,
    for permission: Permission, doing: String
  ) throws(Refusal) -> Acting {
    let acting = try acting(account, in: office)
    guard !acting.may(permission) else { return acting }
    let allowed = office.roles.roles(granting: [permission]).map(\.rawValue)
    throw Refusal(
      description:
        "The account \(account) is \(article(acting.role.rawValue)) \(acting.role.rawValue), and only \(allowed.isEmpty ? "no role" : allowed.joined(separator: " or ")) may \(doing); a manager can change its role: relations staff set-role \(account) ROLE."
    )
  }

  private static func article(_ word: String) -> String {
    word.first.map { "aeiou".contains($0) } ?? false ? "an" : "a"
  }
}
