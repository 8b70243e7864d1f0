import Domain
import Foundation
import JSONStore

/// Changes the office's staff list: office.json's `staff` is rewritten atomically and the
/// change is recorded in the office log (`channels/office.jsonl`), both under that log's
/// lock, so two managers changing the staff at once do not lose each other's change.
public struct StaffRoster {
  /// Why the staff was not changed: one sentence.
  public enum Failure: Error, CustomStringConvertible {
    case refused(StaffRejection)
    case notStaff(StaffAccess.Refusal)
    case office(OfficeFile.Failure)
    case storage(String)

    public var description: String {
      switch self {
      case .refused(let rejection): rejection.message
      case .notStaff(let refusal): refusal.description
      case .office(let failure): "office.json: \(failure.description)"
      case .storage(let reason): reason
      }
    }
  }

  public let directory: DataDirectory

  public init(directory: DataDirectory) {
    self.directory = directory
  }

  /// Applies `change` as `account`, and returns what changed.
  @discardableResult
  public func change(_ change: StaffChange, by account: String, now: Date) throws(Failure)
    -> StaffEvent
  {
    let path = directory.path + "/office.json"
    // office.json as it was, once it has been replaced: put back if the change cannot be
    // recorded, so the file never holds a change the office log does not.
    var replaced: [UInt8]?
    do {
      let log = try ChannelLog(directory: directory, channel: StaffEventCodec.logName)
      return try log.transact(actor: account) {
        _ -> (drafts: [ChannelLog.Draft], result: StaffEvent) in
        // Read under the lock: a colleague's change just made is the list changed here.
        let bytes = try RegularFile.read(path, shown: "office.json")
        let office: OfficeConfiguration
        do throws(OfficeFile.Failure) {
          office = try OfficeFile.parse(Data(bytes))
        } catch {
          throw Failure.office(error)
        }
        let acting: Acting
        do throws(StaffAccess.Refusal) {
          acting = try StaffAccess.acting(account, in: office)
        } catch {
          throw Failure.notStaff(error)
        }
        let (staff, event): ([StaffMember], StaffEvent)
        do throws(StaffRejection) {
          (staff, event) = try StaffDecider.decide(
            change, staff: office.staff, roles: office.roles, by: acting)
        } catch {
          throw Failure.refused(error)
        }
        let rewritten = try Self.replacingStaff(in: bytes, with: staff)
        // What is written must read back as the list decided, whatever else the file holds.
        guard (try? OfficeFile.parse(Data(rewritten)))?.staff == staff else {
          throw Failure.storage(
            "office.json would not read back with the changed staff; fix it by hand (relations check names what is wrong). Nothing was changed."
          )
        }
        replaced = bytes
        try AtomicFile.replace(path, with: rewritten, sharing: directory.sharing)
        let (stream, type, data) = StaffEventCodec.encode(event)
        let draft = ChannelLog.Draft(
          stream: stream, type: type, data: data, id: EventID.make(), timestamp: Timestamp(now))
        return ([draft], event)
      }.result
    } catch {
      if let replaced { try? AtomicFile.replace(path, with: replaced, sharing: directory.sharing) }
      if let failure = error as? Failure { throw failure }
      throw .storage("The staff was not changed: \(error).")
    }
  }

  /// office.json with its `staff` member replaced by `staff`, every other byte as it was, so
  /// a file edited by hand keeps its layout and its author's order.
  static func replacingStaff(in bytes: [UInt8], with staff: [StaffMember]) throws(Failure)
    -> [UInt8]
  {
    let located: (value: Range<Int>?, closingBrace: Int)
    do throws(JSONMember.Failure) {
      located = try JSONMember.locate("staff", in: bytes)
    } catch {
      throw .storage("office.json cannot be read at byte \(error.offset): \(error.reason).")
    }
    let lines = staff.map { member -> String in
      var entry = JSONObjectWriter()
      entry.add("account", member.account)
      entry.add("name", member.name)
      entry.add("role", member.role.rawValue)
      return "    " + String(decoding: entry.finished, as: UTF8.self)
    }
    let array = lines.isEmpty ? "[]" : "[\n" + lines.joined(separator: ",\n") + "\n  ]"
    if let value = located.value {
      return Array(bytes[..<value.lowerBound]) + Array(array.utf8)
        + Array(bytes[value.upperBound...])
    }
    // No staff yet: added as the object's last member.
    var before = Array(bytes[..<located.closingBrace])
    while let last = before.last, [0x20, 0x0A, 0x0D, 0x09].contains(last) { before.removeLast() }
    let separator = before.last == 0x7B ? "\n" : ",\n"
    return before + Array("\(separator)  \"staff\": \(array)\n".utf8)
      + Array(bytes[located.closingBrace...])
  }
}
