/// Days the office is closed, first and last day included.
public struct Holiday: Sendable, Equatable {
  public var from: CivilDate
  public var to: CivilDate
  public var name: LocalizedText

  public init(from: CivilDate, to: CivilDate, name: LocalizedText) {
    self.from = from
    self.to = to
    self.name = name
  }
}
