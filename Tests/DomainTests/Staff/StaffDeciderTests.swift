import Domain
import Foundation
import Testing

/// The staff list's rules: only a role with `staff` changes it, accounts are OS account names,
/// and the office always keeps someone who can change it again.
@Suite struct StaffDeciderTests {
  let staff = [
    StaffMember(account: "khalid", name: "Khalid", role: .manager),
    StaffMember(account: "huda", name: "Huda", role: .frontdesk),
  ]

  func by(_ account: String, _ role: StaffMember.Role) -> Acting {
    Acting(member: StaffMember(account: account, name: account, role: role), timeZone: .gmt)
  }

  func refusal(_ change: StaffChange, by who: Acting) -> StaffRejection? {
    do throws(StaffRejection) {
      _ = try StaffDecider.decide(change, staff: staff, roles: RoleMatrix(), by: who)
      return nil
    } catch {
      return error
    }
  }

  @Test func aManagerAddsReRolesAndRemovesAndEachChangeSaysWhatItDid() throws {
    let khalid = by("khalid", .manager)
    let omar = StaffMember(account: "omar", name: "  Omar Al-Qahtani ", role: .officer)
    let added = try StaffDecider.decide(.add(omar), staff: staff, roles: RoleMatrix(), by: khalid)
    #expect(
      added.staff.last == StaffMember(account: "omar", name: "Omar Al-Qahtani", role: .officer))
    #expect(
      added.event == .added(StaffMember(account: "omar", name: "Omar Al-Qahtani", role: .officer)))
    let promoted = try StaffDecider.decide(
      .setRole(account: "huda", role: .officer), staff: added.staff, roles: RoleMatrix(), by: khalid
    )
    #expect(promoted.event == .roleChanged(account: "huda", from: .frontdesk, to: .officer))
    let removed = try StaffDecider.decide(
      .remove(account: "omar"), staff: promoted.staff, roles: RoleMatrix(), by: khalid)
    #expect(removed.staff.map(\.account) == ["khalid", "huda"])
    #expect(
      removed.event
        == .removed(StaffMember(account: "omar", name: "Omar Al-Qahtani", role: .officer)))
  }

  @Test func onlyARoleThatChangesTheStaffMayChangeIt() {
    let newcomer = StaffMember(account: "sara", name: "Sara", role: .officer)
    #expect(refusal(.add(newcomer), by: by("huda", .frontdesk)) == .notAllowed(role: .frontdesk))
    #expect(refusal(.add(newcomer), by: by("omar", .officer)) == .notAllowed(role: .officer))
    #expect(refusal(.add(newcomer), by: by("khalid", .manager)) == nil)
  }

  @Test func badInputIsRefusedWithASentenceSayingWhatToDo() {
    let khalid = by("khalid", .manager)
    for account in [
      "", "-huda", "huda smith", "huda;rm", "../etc", "هدى", "a\u{1B}[2J",
      String(repeating: "a", count: 65),
    ] {
      #expect(
        refusal(.add(StaffMember(account: account, name: "X", role: .officer)), by: khalid)
          == .badAccount(account), "\(account)")
    }
    #expect(
      refusal(.add(StaffMember(account: "sara", name: "  ", role: .officer)), by: khalid)
        == .nameRequired)
    #expect(
      refusal(.add(StaffMember(account: "sara", name: "Sa\u{1B}[2Jra", role: .officer)), by: khalid)
        == .badName)
    #expect(
      refusal(.add(StaffMember(account: "huda", name: "Huda", role: .officer)), by: khalid)
        == .alreadyListed("huda"))
    #expect(refusal(.remove(account: "nobody"), by: khalid) == .notListed("nobody"))
    #expect(
      refusal(.setRole(account: "huda", role: .frontdesk), by: khalid)
        == .sameRole("huda", .frontdesk))
    #expect(StaffRejection.alreadyListed("huda").message.contains("relations staff set-role huda"))
  }

  @Test func theLastManagerCanBeNeitherRemovedNorDemoted() {
    let khalid = by("khalid", .manager)
    #expect(refusal(.remove(account: "khalid"), by: khalid) == .lastManager("khalid"))
    #expect(
      refusal(.setRole(account: "khalid", role: .officer), by: khalid) == .lastManager("khalid"))
    #expect(StaffDecider.isAccountName("web-bridge"))
    #expect(StaffDecider.isAccountName("_svc.relations"))
    // Accounts from a directory service may carry capitals and a domain.
    #expect(StaffDecider.isAccountName("Huda.Otaibi@ORG"))
  }
}
