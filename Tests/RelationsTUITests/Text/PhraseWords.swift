import Domain

@testable import RelationsTUI

extension Phrase {
  /// The phrase as the desk in `language` shows it.
  func words(_ language: Language = .english) -> String {
    UIText(language: language)(self)
  }
}
