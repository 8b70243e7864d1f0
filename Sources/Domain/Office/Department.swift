/// A department of the association; cases, programs and survey breakdowns refer to it.
public struct Department: Sendable, Equatable {
  public var id: String
  public var name: LocalizedText

  public init(id: String, name: LocalizedText) {
    self.id = id
    self.name = name
  }
}
