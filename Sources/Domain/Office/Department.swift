/// A department of the association; cases, programs and survey breakdowns refer to it.
public struct Department: Sendable, Equatable {
  public var id: String
  public var name: LocalizedText
  /// The kinds of case it takes when their program names no department (office.json
  /// `kinds`): intake suggests it for them.
  public var kinds: [CaseKind]

  public init(id: String, name: LocalizedText, kinds: [CaseKind] = []) {
    self.id = id
    self.name = name
    self.kinds = kinds
  }
}
