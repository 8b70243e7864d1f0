/// One line of the key table: the keys, the context they work in, what they do, and
/// whether the hint line shows them. The words for the help and the hint are the
/// catalogues', looked up by action and context (`KeyPhrase`).
struct KeyBinding: Sendable {
  var keys: [KeyPress]
  var context: KeyContext
  var action: DeskAction
  /// Whether the hint line shows the binding; the help shows every binding.
  var hinted: Bool
  /// How the hint line writes the keys, when a pair shares one hint ("j/k").
  var hintKeys: String?
  /// Which hints a narrow hint line keeps: the highest first (the help has the rest).
  var priority: Int

  init(
    _ keys: [KeyPress], _ context: KeyContext, _ action: DeskAction, hinted: Bool = false,
    hintKeys: String? = nil, priority: Int? = nil
  ) {
    self.keys = keys
    self.context = context
    self.action = action
    self.hinted = hinted
    self.hintKeys = hintKeys
    self.priority = priority ?? Self.priority(of: action)
  }

  /// What a binding is worth on a narrow hint line: the commands on the selected case (the
  /// work itself) first, then finding a case, then the rest.
  static func priority(of action: DeskAction) -> Int {
    switch action {
    case .assign, .priority, .status, .note, .reply, .resolve, .permit: 3
    case .save, .cancel, .keepSearch, .clearSearch, .done, .answeredOnTheSpot, .nextVisit: 3
    case .search, .cycleView, .newVisit, .editContact, .mergeContact: 2
    default: 1
    }
  }

  /// What the help says the binding does.
  var help: KeyPhrase { .help(action, context) }

  /// The hint line's short word for the binding.
  var hint: KeyPhrase { .hint(action, context) }

  /// The keys as the help writes them.
  var label: String {
    keys.map(\.label).joined(separator: " ")
  }

  /// The keys as the hint line writes them.
  var hintLabel: String {
    hintKeys ?? keys.first?.label ?? ""
  }
}
