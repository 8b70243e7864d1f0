import Foundation

/// What a screen reads but does not own: the office as the desk holds it, the time, and
/// the box it draws in (between the tabs and the notice line). Updates get it `inout` for
/// one reason: listing the inbox keeps a memo in it (`Inbox.list`), which the root keeps
/// (`DeskUpdate.withContext`); nothing else in it is changed by a screen.
struct ScreenContext: Sendable {
  var desk: Desk
  var now: Date
  var box: DeskLayout.Box

  var text: UIText { desk.text }
  var timeZone: TimeZone { TimeZone(identifier: desk.office.timeZone) ?? .gmt }
}
