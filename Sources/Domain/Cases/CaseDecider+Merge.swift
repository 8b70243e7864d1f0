extension CaseDecider {
  /// Why `target` cannot take a case merged into it, or nil when it can: `decide` sees only
  /// the case being merged, so whoever holds both asks this too. A merge must leave the
  /// person's request on a case someone still works on.
  public static func mergeRefusal(into target: Case?) -> CaseRejection? {
    guard let target else { return .noSuchCase }
    if let further = target.mergedInto { return .merged(into: further) }
    if target.status == .closed { return .closed }
    return nil
  }
}
