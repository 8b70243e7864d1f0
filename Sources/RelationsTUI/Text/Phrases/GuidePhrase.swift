import Domain

/// The words that explain the desk as it works (issue 12): a refusal that holds the keys,
/// a case that left the view it was acted on in, ages in words, the help's search and
/// legend, the hint line's "? more", and an empty "Mine" for an account not on the staff.
enum GuidePhrase: Equatable, Sendable {
  /// After a refusal on the notice line: the keys wait for Esc or Enter.
  case escOrEnterToGoOn
  /// A notice, then that the acted-on case left the view and stays shown until the
  /// selection moves; the view named when no filter narrows it (nil: "this view").
  indirect case leftView(Phrase, view: InboxQuery.View?)
  /// The end of the hint line: the help has the rest.
  case moreKeys
  /// The help's own keys, on the hint line while it is open.
  case helpKeys
  /// The search typed inside the help.
  case helpSearch(String)
  case helpNoMatch(String)
  /// The help's heading of what stays short on screen.
  case legendHeading
  case legend(Legend)
  /// How long ago, in words with a unit: "16 weeks", "43 hours".
  case age(Int, DatePhrase.Unit)
  /// "Mine" is empty because the account is not on the office's staff list.
  case notOnStaff(account: String)
  /// The returning-visitor panel's heading: the newest of how many cases.
  case newestCases(shown: Int, of: Int)
  /// A survey breakdown's row with no program, or with a value nobody recorded.
  case noProgram
  case notRecorded

  /// What the help explains that the screen writes short.
  enum Legend: Equatable, Sendable, CaseIterable {
    case overdueMark, dueSoonMark, failedDeliveryMark, leftViewMark, idPrefixes, ages
  }
}
