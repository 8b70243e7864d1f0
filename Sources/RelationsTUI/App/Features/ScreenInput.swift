/// What the root hands a screen: an action its key table context bound the key to, or the
/// key itself when it is not bound there (typing into a search, a click, the wheel).
enum ScreenInput: Equatable, Sendable {
  case action(DeskAction)
  case key(KeyPress)
}
