import Domain
import Foundation
import Testing

@testable import Office

@Suite struct OfficeFileTests {
  func parse(_ text: String) -> Result<OfficeConfiguration, OfficeFile.Failure> {
    do throws(OfficeFile.Failure) {
      return .success(try OfficeFile.parse(Data(text.utf8)))
    } catch {
      return .failure(error)
    }
  }

  func message(_ text: String) -> String? {
    if case .failure(let failure) = parse(text) { return failure.description }
    return nil
  }

  @Test func theDemoOfficeReadsWhole() throws {
    let office = try parse(OfficeScaffold.demoOffice).get()
    #expect(office.name.english.hasPrefix("Da'wa"))
    #expect(office.timeZone == "Asia/Riyadh")
    #expect(office.workingDays == [.sunday, .monday, .tuesday, .wednesday, .thursday])
    #expect(office.hours == OfficeHours(startMinute: 480, endMinute: 960))
    #expect(office.holidays.count == 4)
    #expect(office.staff.map(\.account) == ["huda", "omar", "khalid", "sara"])
    #expect(office.programs.count == 5)
    #expect(office.sla[.complaint]?.resolution == WorkingDuration(days: 5))
    #expect(office.sla[.permit]?.submit == WorkingDuration(days: 2))
    #expect(office.demo)
  }

  @Test func aMinimalOfficeTakesTheDefaults() throws {
    let office = try parse(#"{"name":"مكتب"}"#).get()
    #expect(office.minGroupSize == 5)
    #expect(office.sla == ServiceTarget.defaults)
    #expect(office.language == .arabic)
  }

  @Test(arguments: [
    (
      #"{"name":"x","sla":{"complaint":{"resolution":"five days"}}}"#,
      #"office.json: sla.complaint.resolution: expected a duration like "5d" or "8h""#
    ),
    (
      #"{"name":"x","timeZone":"Mars/Olympus"}"#,
      #"office.json: timeZone: unknown time zone "Mars/Olympus"; use an IANA name like "Asia/Riyadh""#
    ),
    (
      #"{"name":"x","hours":{"start":"16:00","end":"08:00"}}"#,
      "office.json: hours.end: must be later than hours.start"
    ),
    (
      #"{"name":"x","workingDays":["sun","friday"]}"#,
      "office.json: workingDays[1]: expected one of sun, mon, tue, wed, thu, fri, sat"
    ),
    (
      #"{"name":"x","holidays":[{"from":"2026-02-30","to":"2026-03-01","name":"x"}]}"#,
      #"office.json: holidays[0].from: expected a date like "2026-03-20""#
    ),
    (
      #"{"name":"x","staff":[{"account":"a","role":"boss"}]}"#,
      "office.json: staff[0].role: expected frontdesk, officer, manager or bridge"
    ),
    (
      #"{"name":"x","staff":[{"account":"a","role":"officer"},{"account":"a","role":"manager"}]}"#,
      #"office.json: staff[1].account: "a" is listed twice"#
    ),
    (
      #"{"name":"x","programs":[{"id":"p","name":"p","department":"nowhere"}]}"#,
      #"office.json: programs[0].department: no department has the id "nowhere""#
    ),
    (#"{"name":"x","minGroupSize":true}"#, "office.json: minGroupSize: expected a whole number"),
    (#"{"name":"x","demo":1}"#, "office.json: demo: expected true or false"),
    (
      #"{"name":"x","departments":[{"id":"d","name":"D","kinds":["complaint","riddle"]}]}"#,
      "office.json: departments[0].kinds[1]: expected one of inquiry, complaint, suggestion, permit, service"
    ),
    (
      #"{"name":"x","roles":{"intern":["note"]}}"#,
      "office.json: roles.intern: unknown role; use frontdesk, officer, manager or bridge"
    ),
    (
      #"{"name":"x","roles":{"frontdesk":["note","fly"]}}"#,
      "office.json: roles.frontdesk[1]: expected one of open, note, reply, survey, resolve-own-today, cases, permits, contacts, staff, reports, ingest, import"
    ),
    (
      #"{"name":"x","roles":{"manager":["cases"]}}"#,
      "office.json: roles.manager: must include staff, or no one could change the staff again"
    ),
    (
      #"{"name":"x","sla":{"question":{}}}"#,
      "office.json: sla.question: unknown kind; use inquiry, complaint, suggestion, permit, service"
    ),
    (#"{"timeZone":"Asia/Riyadh"}"#, "office.json: name: missing; it is required"),
    ("[1,2]", "office.json: expected an object { … }"),
  ])
  func aBadValueIsNamedByFileAndField(_ input: String, _ expected: String) {
    #expect(message(input) == expected)
  }

  @Test func brokenJSONSaysSo() {
    #expect(
      message(#"{"name": "x"  "hours": 1}"#)?.hasPrefix("office.json: not valid JSON") == true)
  }

  @Test func rolesAnOfficeNamesReplaceThatRolesDefaultsAndTheOthersKeepTheirs() throws {
    let office = try OfficeFile.parse(
      Data(#"{"name":"x","roles":{"frontdesk":["open","note","cases"]}}"#.utf8))
    #expect(office.roles.permissions(of: .frontdesk) == [.open, .note, .cases])
    #expect(office.roles.permissions(of: .officer) == RoleMatrix.defaults[.officer])
    #expect(office.roles.permissions(of: .bridge) == [.ingest, .import])
  }
}
