import Domain

/// The desk around the screens: status bar, tabs, notices after a save, the saved-visit
/// box, the help, a terminal too small.
enum DeskPhrase: Equatable, Sendable {
  /// A save refused because someone changed the case first: the reason, and that the text
  /// typed is kept for Ctrl-S to apply again.
  indirect case conflictKeptText(Phrase)
  case screenTitle(DeskScreen)
  // Notices after a save.
  case savedAs(CaseID)
  case resolvedOnTheSpot(CaseID)
  case contactSaved
  /// The survey's answers were recorded; the main question's score is read back.
  case surveyRecorded(CaseID?, askedBy: String, primary: Int?, of: Int)
  case satisfactionRecorded(CaseID, score: Int)
  case draftRestored
  case discarded
  /// A key that does nothing on this screen, and the screens where it does something.
  case worksElsewhere(key: String, screens: [DeskScreen])
  // The status bar.
  case readOnly
  /// The status bar's mark of a demo office, and the line under the screen that explains it.
  case demoOffice
  case demoBanner
  case openAndOverdue(open: Int, overdue: Int)
  // The hint line.
  case typeToSearch
  // The help.
  case helpTitle(DeskScreen)
  case formKeysHeading
  /// Between the items of a list written in a line ("Inbox, Surveys").
  case listSeparator
  // The saved-visit box.
  case visitSaved
  case caseNumber(CaseID)
  case readNumberToVisitor
  // A terminal too small.
  case terminalTooSmall
  case terminalSize(width: Int, height: Int, neededWidth: Int, neededHeight: Int)
  case enlargeTheWindow
  /// A permit request saved for a program fewer than `minimum` days away: a warning.
  case savedOnShortNotice(CaseID, programDate: String, daysAhead: Int, minimum: Int)
}
