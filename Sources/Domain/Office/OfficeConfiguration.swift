import Foundation

/// Pure values; reading and checking the file happens at the edge (`OfficeFile`).
public struct OfficeConfiguration: Sendable, Equatable {
  public var name: LocalizedText
  /// An IANA identifier, `Asia/Riyadh` by default.
  public var timeZone: String
  public var workingDays: Set<Weekday>
  public var hours: OfficeHours
  public var holidays: [Holiday]
  public var language: Language
  /// Survey groups with fewer responses are suppressed, never shown (CONTRACTS.md).
  public var minGroupSize: Int
  public var sla: [CaseKind: ServiceTarget]
  public var staff: [StaffMember]
  /// What each role may do (office.json `roles`; the policy's defaults otherwise).
  public var roles: RoleMatrix
  /// A demo office is open to every account, each acting as a manager; a real office is
  /// open only to its staff.
  public var demo: Bool
  public var departments: [Department]
  public var programs: [Program]
  /// How many days ahead of its program a permit request should come (office.json
  /// `permitNoticeDays`; the volunteer regulations' two weeks by default). A later request
  /// is taken with a warning, never refused.
  public var permitNoticeDays = 14
  /// office.json `surveyInvitations`: whether a resolved case's person is asked, by message,
  /// how satisfied they were; nil when the office does not ask (the default).
  public var surveyInvitations: SurveyInvitationSettings?

  public init(
    name: LocalizedText, timeZone: String = "Asia/Riyadh",
    workingDays: Set<Weekday> = [.sunday, .monday, .tuesday, .wednesday, .thursday],
    hours: OfficeHours = OfficeHours(startMinute: 8 * 60, endMinute: 16 * 60),
    holidays: [Holiday] = [],
    language: Language = .arabic, minGroupSize: Int = 5,
    sla: [CaseKind: ServiceTarget] = ServiceTarget.defaults, staff: [StaffMember] = [],
    departments: [Department] = [], programs: [Program] = [], roles: RoleMatrix = RoleMatrix(),
    demo: Bool = false
  ) {
    self.roles = roles
    self.demo = demo
    self.name = name
    self.timeZone = timeZone
    self.workingDays = workingDays
    self.hours = hours
    self.holidays = holidays
    self.language = language
    self.minGroupSize = minGroupSize
    self.sla = sla
    self.staff = staff
    self.departments = departments
    self.programs = programs
  }
}

extension OfficeConfiguration {
  /// Who `account` acts as in this office: its staff entry with the office's roles; in a
  /// demo office every account, listed or not, as a manager; nil for an account that is not
  /// on a real office's staff.
  public func acting(_ account: String) -> Acting? {
    let zone = TimeZone(identifier: timeZone) ?? .gmt
    let listed = staff.first { $0.account == account }
    if demo {
      return Acting(
        member: StaffMember(account: account, name: listed?.name ?? account, role: .manager),
        matrix: RoleMatrix(), timeZone: zone)
    }
    return listed.map { Acting(member: $0, matrix: roles, timeZone: zone) }
  }

  /// The department intake suggests for a case: its program's, else the first that takes
  /// its kind.
  public func suggestedDepartment(kind: CaseKind, program: String?) -> String? {
    programs.first { $0.id == program }?.department
      ?? departments.first { $0.kinds.contains(kind) }?.id
  }

  /// The managers' accounts, who can add an account to the staff.
  public var managers: [String] {
    staff.filter { roles.permissions(of: $0.role).contains(.staff) }.map(\.account)
  }
}
