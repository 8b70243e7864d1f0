import Domain

/// A survey breakdown's group as people read it: the channel, kind, program, department or
/// mode by its name in the desk's language, not its id ("friday-talk", "self-reported"), and
/// "No program" or "Not recorded" for the report's "none" and "unknown".
enum BreakdownLabel {
  static func words(_ key: String, by dimension: SurveyBreakdown.Dimension, _ desk: Desk) -> String
  {
    let text = desk.text
    switch (dimension, key) {
    case (.program, "none"), (.department, "none"): return text(.guide(.noProgram))
    case (_, "unknown"): return text(.guide(.notRecorded))
    case (.channel, _): return Channel(rawValue: key).map(text.channel) ?? key
    case (.kind, _): return CaseKind(rawValue: key).map(text.kind) ?? key
    case (.program, _):
      return desk.office.programs.first { $0.id == key }.map { text($0.name) } ?? key
    case (.department, _):
      return desk.office.departments.first { $0.id == key }.map { text($0.name) } ?? key
    case (.month, _): return text.digits(key)
    case (.party, _): return ContactRole(rawValue: key).map { text(.screen(.role($0))) } ?? key
    case (.mode, _):
      return key == SurveyBreakdown.mode(assisted: true)
        ? text(.surveys(.mode(assisted: true)))
        : key == SurveyBreakdown.mode(assisted: false)
          ? text(.surveys(.mode(assisted: false))) : key
    }
  }
}
