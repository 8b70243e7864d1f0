import Domain

/// Submitting the forms that find things (the filter bar, the views by name, a case by id):
/// they ask the root to show something, save nothing in the log, and so work read-only too.
enum FindingForms {
  /// What submitting the form asks of the root; nil when the form is not one of these.
  static func submit(_ form: inout Form, _ context: ScreenContext) -> [ScreenRequest]? {
    switch form.purpose {
    case .inboxFilter:
      // The search and order the inbox has are kept by the root; only the filters are read.
      switch InboxFilterForm.validate(form, keeping: InboxQuery()) {
      case .failure(let problems):
        form = problems
        return []
      case .success(let (query, name)):
        return [.closeOverlay, .filterInbox(query, savedAs: name)]
      }
    case .inboxViews:
      guard let choice = ViewPickerForm.chosen(form) else { return [.closeOverlay] }
      return [.closeOverlay, .chooseView(choice)]
    case .jumpToCase:
      switch JumpForm.validate(form, desk: context.desk) {
      case .failure(let problems):
        form = problems
        return []
      case .success(let id):
        return [.closeOverlay, .showCase(id)]
      }
    case .intake, .action, .resolveOnSpot, .satisfaction, .survey, .contactEdit, .contactMerge,
      .contactTouch,
      .attach:
      return nil
    }
  }
}
