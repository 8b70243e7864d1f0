/// Opening hours, as minutes after midnight in the office's time zone.
public struct OfficeHours: Sendable, Equatable {
  public var startMinute: Int
  public var endMinute: Int

  public init(startMinute: Int, endMinute: Int) {
    self.startMinute = startMinute
    self.endMinute = endMinute
  }

  /// Working minutes in one working day.
  public var minutesPerDay: Int { endMinute - startMinute }
}
