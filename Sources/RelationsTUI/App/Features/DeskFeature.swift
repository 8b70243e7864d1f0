/// The shape of every screen: its own state, an `update` that changes only that state and
/// asks the root for the rest (`ScreenRequest`), and a `render` into the box it is given.
/// The root (`DeskUpdate`, `DeskView`) routes to the screen shown and owns what is shared.
protocol DeskFeature {
  associatedtype State: Sendable

  /// The screen is shown: work out what it lists from the desk as it is now.
  static func enter(_ state: inout State, _ context: inout ScreenContext) -> [ScreenRequest]
  /// The desk changed (a save here, another terminal's records) while the screen is shown.
  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext)
  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid)
  /// Whether a search is being typed, so keys are text rather than commands.
  static func isTyping(_ state: State) -> Bool
}

extension DeskFeature {
  static func enter(_ state: inout State, _ context: inout ScreenContext) -> [ScreenRequest] { [] }
  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext) {}
  static func isTyping(_ state: State) -> Bool { false }
}
