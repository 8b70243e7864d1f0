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
  /// Per-staff survey breakdowns are off unless the office turns them on: evaluation is for
  /// improvement, not for punishment or shaming (the association's policy).
  public var staffBreakdown: Bool
  public var sla: [CaseKind: ServiceTarget]
  public var staff: [StaffMember]
  public var departments: [Department]
  public var programs: [Program]

  public init(
    name: LocalizedText, timeZone: String = "Asia/Riyadh",
    workingDays: Set<Weekday> = [.sunday, .monday, .tuesday, .wednesday, .thursday],
    hours: OfficeHours = OfficeHours(startMinute: 8 * 60, endMinute: 16 * 60),
    holidays: [Holiday] = [],
    language: Language = .arabic, minGroupSize: Int = 5, staffBreakdown: Bool = false,
    sla: [CaseKind: ServiceTarget] = ServiceTarget.defaults, staff: [StaffMember] = [],
    departments: [Department] = [], programs: [Program] = []
  ) {
    self.name = name
    self.timeZone = timeZone
    self.workingDays = workingDays
    self.hours = hours
    self.holidays = holidays
    self.language = language
    self.minGroupSize = minGroupSize
    self.staffBreakdown = staffBreakdown
    self.sla = sla
    self.staff = staff
    self.departments = departments
    self.programs = programs
  }
}
