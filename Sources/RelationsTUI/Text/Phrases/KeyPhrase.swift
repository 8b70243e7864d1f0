/// What the help and the hint line say about a key binding, by action and context.
enum KeyPhrase: Equatable, Sendable {
  /// The help's description of a binding.
  case help(DeskAction, KeyContext)
  /// The hint line's short word for a binding.
  case hint(DeskAction, KeyContext)
}
