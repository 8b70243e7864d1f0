import Domain
import Foundation
import JSONStore

/// Reads and checks `office.json`. Every mistake is reported as one sentence naming the file
/// and the field, e.g. `office.json: sla.complaint.resolution: expected a duration like "5d"
/// or "8h"`, so whoever edits the file knows exactly what to fix.
public enum OfficeFile {
  public struct Failure: Error, Equatable, CustomStringConvertible {
    public var field: String
    public var reason: String

    public var description: String {
      field.isEmpty ? "office.json: \(reason)" : "office.json: \(field): \(reason)"
    }
  }

  public static func load(directory: String) throws(Failure) -> OfficeConfiguration {
    let bytes: [UInt8]
    do {
      bytes = try RegularFile.read(directory + "/office.json", shown: "office.json")
    } catch .notARegularFile(_, let kind) {
      throw Failure(
        field: "", reason: "is \(kind), not a regular file; put the office's own file in its place")
    } catch {
      throw Failure(
        field: "", reason: "missing or unreadable; create an office with relations init DIR")
    }
    var office = try parse(Data(bytes))
    // Anyone in a shared office's group can write office.json: "demo" there would make every
    // one of them a manager, so a shared office is never a demo.
    if case .group = OfficeSharing.of(office: directory) { office.demo = false }
    return office
  }

  public static func parse(_ bytes: Data) throws(Failure) -> OfficeConfiguration {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: bytes)
    } catch {
      throw Failure(
        field: "",
        reason: "not valid JSON (\(describe(error))); fix the syntax, e.g. a missing comma or quote"
      )
    }
    let root = Fields(object, path: "")
    var office = OfficeConfiguration(name: try root.localized("name"))
    if let zone = try root.optionalString("timeZone") {
      guard TimeZone(identifier: zone) != nil else {
        throw Failure(
          field: "timeZone",
          reason: "unknown time zone \"\(zone)\"; use an IANA name like \"Asia/Riyadh\"")
      }
      office.timeZone = zone
    }
    if let days = try root.optionalArray("workingDays") {
      var set = Set<Weekday>()
      for (index, value) in days.enumerated() {
        guard let text = value as? String, let day = Weekday(rawValue: text) else {
          throw Failure(
            field: "workingDays[\(index)]",
            reason: "expected one of sun, mon, tue, wed, thu, fri, sat")
        }
        set.insert(day)
      }
      guard !set.isEmpty else {
        throw Failure(field: "workingDays", reason: "name at least one working day")
      }
      office.workingDays = set
    }
    if let hours = try root.optionalObject("hours") {
      let start = try hours.clock("start")
      let end = try hours.clock("end")
      guard end > start else {
        throw Failure(field: "hours.end", reason: "must be later than hours.start")
      }
      office.hours = OfficeHours(startMinute: start, endMinute: end)
    }
    if let holidays = try root.optionalArray("holidays") {
      office.holidays = try holidays.indices.map { index throws(Failure) in
        let holiday = Fields(holidays[index], path: "holidays[\(index)]")
        let from = try holiday.date("from")
        let to = try holiday.date("to")
        guard to >= from else {
          throw Failure(field: "holidays[\(index)].to", reason: "must not be before from")
        }
        return Holiday(from: from, to: to, name: try holiday.localized("name"))
      }
    }
    if let language = try root.optionalString("language") {
      guard let value = Language(rawValue: language) else {
        throw Failure(field: "language", reason: "expected \"ar\" or \"en\"")
      }
      office.language = value
    }
    if let size = try root.optionalInt("minGroupSize") {
      guard size >= 1 else { throw Failure(field: "minGroupSize", reason: "must be 1 or more") }
      office.minGroupSize = size
    }
    if let days = try root.optionalInt("permitNoticeDays") {
      guard days >= 0 else {
        throw Failure(field: "permitNoticeDays", reason: "must be 0 or more (days)")
      }
      office.permitNoticeDays = days
    }
    office.demo = try root.optionalBool("demo") ?? false
    office.surveyInvitations = try surveyInvitations(root)
    if let sla = try root.optionalObject("sla") {
      for key in sla.keys {
        guard let kind = CaseKind(rawValue: key) else {
          throw Failure(
            field: "sla.\(key)",
            reason: "unknown kind; use \(CaseKind.allCases.map(\.rawValue).joined(separator: ", "))"
          )
        }
        let target = try sla.object(key)
        let defaults = ServiceTarget.defaults[kind]
        office.sla[kind] = ServiceTarget(
          firstResponse: try target.optionalDuration("firstResponse") ?? defaults?.firstResponse
            ?? WorkingDuration(days: 1),
          resolution: try target.optionalDuration("resolution") ?? defaults?.resolution
            ?? WorkingDuration(days: 5),
          submit: try target.optionalDuration("submit") ?? defaults?.submit,
          notify: try target.optionalDuration("notify") ?? defaults?.notify)
      }
    }
    if let staff = try root.optionalArray("staff") {
      var accounts = Set<String>()
      office.staff = try staff.indices.map { index throws(Failure) in
        let member = Fields(staff[index], path: "staff[\(index)]")
        let account = try member.string("account")
        guard accounts.insert(account).inserted else {
          throw Failure(field: "staff[\(index)].account", reason: "\"\(account)\" is listed twice")
        }
        let roleText = try member.string("role")
        guard let role = StaffMember.Role(rawValue: roleText) else {
          throw Failure(
            field: "staff[\(index)].role", reason: "expected frontdesk, officer, manager or bridge")
        }
        return StaffMember(
          account: account, name: try member.optionalString("name") ?? account, role: role)
      }
    }
    if let roles = try root.optionalObject("roles") {
      office.roles = try roleMatrix(roles)
    }
    if let departments = try root.optionalArray("departments") {
      office.departments = try departments.indices.map { index throws(Failure) in
        let department = Fields(departments[index], path: "departments[\(index)]")
        var kinds: [CaseKind] = []
        for (position, word) in (try department.optionalArray("kinds") ?? []).enumerated() {
          guard let text = word as? String, let kind = CaseKind(rawValue: text) else {
            throw Failure(
              field: "departments[\(index)].kinds[\(position)]",
              reason: "expected one of \(CaseKind.allCases.map(\.rawValue).joined(separator: ", "))"
            )
          }
          kinds.append(kind)
        }
        return Department(
          id: try department.string("id"), name: try department.localized("name"), kinds: kinds)
      }
    }
    if let programs = try root.optionalArray("programs") {
      let departmentIDs = Set(office.departments.map(\.id))
      office.programs = try programs.indices.map { index throws(Failure) in
        let program = Fields(programs[index], path: "programs[\(index)]")
        let department = try program.optionalString("department")
        if let department, !departmentIDs.contains(department) {
          throw Failure(
            field: "programs[\(index)].department",
            reason: "no department has the id \"\(department)\"")
        }
        return Program(
          id: try program.string("id"), name: try program.localized("name"), department: department)
      }
    }
    return office
  }

  /// `roles`: a role named replaces that role's defaults with the permissions listed. A
  /// manager keeps `staff`, so an office can always change its staff.
  /// `surveyInvitations`: true (the service survey, asked as the defaults say), false, or
  /// `{"survey": ID, "recommend": BOOL, "days": N}`.
  private static func surveyInvitations(_ root: Fields) throws(Failure)
    -> SurveyInvitationSettings?
  {
    switch try root.value("surveyInvitations") {
    case nil, is NSNull: return nil
    case let flag as NSNumber where isJSONBoolean(flag):
      return flag.boolValue ? SurveyInvitationSettings() : nil
    case is [String: Any]:
      let fields = try root.object("surveyInvitations")
      var settings = SurveyInvitationSettings()
      settings.survey = try fields.optionalString("survey") ?? settings.survey
      settings.recommend = try fields.optionalBool("recommend") ?? settings.recommend
      if let days = try fields.optionalInt("days") {
        guard days >= 1 else {
          throw Failure(field: "surveyInvitations.days", reason: "must be 1 or more (days)")
        }
        settings.days = days
      }
      return settings
    default:
      throw Failure(
        field: "surveyInvitations",
        reason: #"expected true, false or {"survey": "service", "recommend": true, "days": 7}"#)
    }
  }

  private static func roleMatrix(_ roles: Fields) throws(Failure) -> RoleMatrix {
    var matrix = RoleMatrix()
    for key in roles.keys.sorted() {
      guard let role = StaffMember.Role(rawValue: key) else {
        throw Failure(
          field: "roles.\(key)", reason: "unknown role; use frontdesk, officer, manager or bridge")
      }
      guard let words = try roles.optionalArray(key) else { continue }
      var granted = Set<Permission>()
      for (index, word) in words.enumerated() {
        guard let text = word as? String, let permission = Permission(rawValue: text) else {
          throw Failure(
            field: "roles.\(key)[\(index)]",
            reason:
              "expected one of \(Permission.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        granted.insert(permission)
      }
      if role == .manager, !granted.contains(.staff) {
        throw Failure(
          field: "roles.manager",
          reason: "must include staff, or no one could change the staff again")
      }
      matrix.grants[role] = granted
    }
    return matrix
  }

  /// JSONSerialization gives true/false as NSNumber too; only its boolean class says which.
  private static func isJSONBoolean(_ value: Any) -> Bool {
    String(describing: type(of: value)).contains("Boolean") || type(of: value) == Bool.self
  }

  private static func describe(_ error: Error) -> String {
    let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
    return text ?? "unreadable"
  }

  /// One JSON object and where it sits in the file, for messages.
  private struct Fields {
    public let object: [String: Any]?
    public let path: String

    public init(_ value: Any, path: String) {
      self.object = value as? [String: Any]
      self.path = path
    }

    public var keys: [String] { object.map { Array($0.keys).sorted() } ?? [] }

    public func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public func value(_ key: String) throws(Failure) -> Any? {
      guard let object else { throw Failure(field: path, reason: "expected an object { … }") }
      guard let value = object[key], !(value is NSNull) else { return nil }
      return value
    }

    public func required(_ key: String) throws(Failure) -> Any {
      guard let value = try value(key) else {
        throw Failure(field: name(key), reason: "missing; it is required")
      }
      return value
    }

    public func string(_ key: String) throws(Failure) -> String {
      guard let text = try required(key) as? String, !text.isEmpty else {
        throw Failure(field: name(key), reason: "expected a non-empty text in quotes")
      }
      return text
    }

    public func optionalString(_ key: String) throws(Failure) -> String? {
      try value(key) == nil ? nil : try string(key)
    }

    public func optionalInt(_ key: String) throws(Failure) -> Int? {
      guard let value = try value(key) else { return nil }
      guard let number = value as? NSNumber, !isJSONBoolean(value),
        number.doubleValue == number.doubleValue.rounded()
      else { throw Failure(field: name(key), reason: "expected a whole number") }
      return number.intValue
    }

    public func optionalBool(_ key: String) throws(Failure) -> Bool? {
      guard let value = try value(key) else { return nil }
      guard let flag = value as? Bool, isJSONBoolean(value)
      else { throw Failure(field: name(key), reason: "expected true or false") }
      return flag
    }

    public func optionalArray(_ key: String) throws(Failure) -> [Any]? {
      guard let value = try value(key) else { return nil }
      guard let array = value as? [Any] else {
        throw Failure(field: name(key), reason: "expected a list [ … ]")
      }
      return array
    }

    public func object(_ key: String) throws(Failure) -> Fields {
      let value = try required(key)
      guard value is [String: Any] else {
        throw Failure(field: name(key), reason: "expected an object { … }")
      }
      return Fields(value, path: name(key))
    }

    public func optionalObject(_ key: String) throws(Failure) -> Fields? {
      try value(key) == nil ? nil : try object(key)
    }

    public func localized(_ key: String) throws(Failure) -> LocalizedText {
      let value = try required(key)
      if let text = value as? String, !text.isEmpty {
        return LocalizedText(arabic: text, english: text)
      }
      let names = Fields(value, path: name(key))
      guard names.object != nil else {
        throw Failure(field: name(key), reason: "expected { \"ar\": \"…\", \"en\": \"…\" }")
      }
      let arabic = try names.optionalString("ar") ?? ""
      let english = try names.optionalString("en") ?? ""
      guard !arabic.isEmpty || !english.isEmpty else {
        throw Failure(field: name(key), reason: "give at least \"ar\" or \"en\"")
      }
      return LocalizedText(arabic: arabic, english: english)
    }

    public func clock(_ key: String) throws(Failure) -> Int {
      let text = try string(key)
      let parts = text.split(separator: ":")
      guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]),
        let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
      else { throw Failure(field: name(key), reason: "expected a time like \"08:00\"") }
      return hour * 60 + minute
    }

    public func date(_ key: String) throws(Failure) -> CivilDate {
      guard let date = CivilDate(parsing: try string(key)) else {
        throw Failure(field: name(key), reason: "expected a date like \"2026-03-20\"")
      }
      return date
    }

    public func optionalDuration(_ key: String) throws(Failure) -> WorkingDuration? {
      guard try value(key) != nil else { return nil }
      guard let text = try value(key) as? String, let duration = WorkingDuration(parsing: text)
      else {
        throw Failure(field: name(key), reason: "expected a duration like \"5d\" or \"8h\"")
      }
      return duration
    }
  }
}
