import Office

extension CommandFailure {
  /// A save the store refused, as the command line reports it: exit 1 for what the input or
  /// the case refused (a rule, a conflict, a duplicate), exit 2 for the environment (the
  /// disk, an account no longer on the staff).
  init(_ failure: OfficeStore.Failure) {
    switch failure {
    case .rejected, .invalid, .duplicate, .storage(.conflict):
      self.init(message: failure.description, code: 1)
    case .storage, .notOnStaff:
      self = .environment(failure.description)
    }
  }
}
