import Domain
import JSONStore

/// Staff changes ⇄ records of `channels/office.jsonl`, the office's own log beside the six
/// channels: who added, re-roled or removed whom, and when (the envelope's actor and ts).
public enum StaffEventCodec {
  /// The log's name beside the six channels.
  public static let logName = "office"

  public static func encode(_ event: StaffEvent) -> (stream: String, type: String, data: [UInt8]) {
    var data = JSONObjectWriter()
    switch event {
    case .added(let member):
      data.add("account", member.account)
      data.add("name", member.name)
      data.add("role", member.role.rawValue)
      return (member.account, "staff.added", data.finished)
    case .roleChanged(let account, let from, let to):
      data.add("account", account)
      data.add("from", from.rawValue)
      data.add("to", to.rawValue)
      return (account, "staff.roleChanged", data.finished)
    case .removed(let member):
      data.add("account", member.account)
      data.add("name", member.name)
      data.add("role", member.role.rawValue)
      return (member.account, "staff.removed", data.finished)
    }
  }

  public static func decode(type: String, data: UnsafeRawBufferPointer) -> StaffEvent? {
    guard let object = try? JSONValue.parse(data), let account = object["account"]?.string
    else { return nil }
    func role(_ key: String) -> StaffMember.Role? {
      object[key]?.string.flatMap(StaffMember.Role.init(rawValue:))
    }
    func member() -> StaffMember? {
      guard let role = role("role") else { return nil }
      return StaffMember(account: account, name: object["name"]?.string ?? account, role: role)
    }
    switch type {
    case "staff.added": return member().map { .added($0) }
    case "staff.removed": return member().map { .removed($0) }
    case "staff.roleChanged":
      guard let from = role("from"), let to = role("to") else { return nil }
      return .roleChanged(account: account, from: from, to: to)
    default: return nil
    }
  }
}
