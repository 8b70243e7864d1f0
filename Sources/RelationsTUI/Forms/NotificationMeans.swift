extension CaseAction {
  /// How the requester of a permit may have been told of the decision. The raw value is
  /// what is stored in the case's event, so it never changes once shipped.
  enum NotificationMeans: String, CaseIterable, Sendable {
    case phoneCall = "phone call"
    case sms = "SMS"
    case inPerson = "in person"
    case letter
    case email = "e-mail"
  }
}
