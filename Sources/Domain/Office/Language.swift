/// The interface's languages, with office.json's ids.
public enum Language: String, Sendable, Equatable, CaseIterable {
  case arabic = "ar"
  case english = "en"
}
