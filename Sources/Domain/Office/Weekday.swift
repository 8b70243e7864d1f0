/// Days of the week, with office.json's three-letter ids.
public enum Weekday: String, Sendable, CaseIterable, Hashable {
  case sunday = "sun"
  case monday = "mon"
  case tuesday = "tue"
  case wednesday = "wed"
  case thursday = "thu"
  case friday = "fri"
  case saturday = "sat"
}
