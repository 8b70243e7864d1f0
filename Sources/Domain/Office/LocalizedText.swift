/// Text in the interface's two languages.
public struct LocalizedText: Sendable, Equatable, Hashable {
  public var arabic: String
  public var english: String

  public init(arabic: String, english: String) {
    self.arabic = arabic
    self.english = english
  }

  public func text(in language: Language) -> String {
    switch language {
    case .arabic: arabic.isEmpty ? english : arabic
    case .english: english.isEmpty ? arabic : english
    }
  }
}
