/// A da'wa or guidance program, evaluated by the people who attend it.
public struct Program: Sendable, Equatable {
  public var id: String
  public var name: LocalizedText
  public var department: String?

  public init(id: String, name: LocalizedText, department: String? = nil) {
    self.id = id
    self.name = name
    self.department = department
  }
}
