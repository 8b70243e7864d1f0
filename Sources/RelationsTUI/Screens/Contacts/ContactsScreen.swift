import Domain

/// Screen 4: the people the office deals with, found by an Arabic-aware search, with their
/// numbers and addresses, roles, every case on every channel, and people who are probably
/// the same person (suggestions only: staff decide).
enum ContactsScreen: DeskFeature {
  struct State: Sendable {
    /// The person selected, and the search.
    var index = 0
    var search = ""
    var searching: SearchField?
    /// The people the screen lists, and who is probably whom, worked out when the screen
    /// opens, its search changes or the contacts do: not for every frame.
    var shown: [Contact] = []
    var twins: [String: [Contact]] = [:]
    /// The selected person's case the keys are on, once Enter or Tab went to the cases
    /// (newest first); nil while the keys are on the people.
    var caseIndex: Int?
  }

  static func isTyping(_ state: State) -> Bool { state.searching != nil }

  static func enter(_ state: inout State, _ context: inout ScreenContext) -> [ScreenRequest] {
    state.shown = matching(state.search, in: context.desk.contacts.contacts)
    state.twins = twins(in: context.desk.contacts)
    return []
  }

  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext) {
    _ = enter(&state, &context)
  }

  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  {
    if state.searching != nil {
      switch SearchField.step(&state.searching, input) {
      case .search(let text): search(text, &state, context)
      case .move(let action): return update(&state, .action(action), &context)
      case .notice(let notice): return [.notice(notice)]
      case .nothing: break
      }
      return []
    }
    guard case .action(let action) = input else { return [] }
    if let caseIndex = state.caseIndex {
      // On the selected person's cases: j/k choose one, Enter opens it in the inbox.
      let cases = newestCases(state, context.desk)
      switch action {
      case .down: state.caseIndex = min(caseIndex + 1, max(0, cases.count - 1))
      case .up: state.caseIndex = max(0, caseIndex - 1)
      case .open:
        if cases.indices.contains(caseIndex) { return [.showCase(cases[caseIndex])] }
      case .back, .nextPane: state.caseIndex = nil
      default: break
      }
      return []
    }
    switch action {
    case .down: state.index = min(state.index + 1, max(0, state.shown.count - 1))
    case .up: state.index = max(0, state.index - 1)
    case .open, .nextPane:
      if !newestCases(state, context.desk).isEmpty { state.caseIndex = 0 }
    case .search: state.searching = SearchField(state.search)
    case .back: search("", &state, context)
    case .editContact, .mergeContact, .keepInTouch: return openForm(action, state, context)
    default: break
    }
    return []
  }

  /// The selected person's cases the screen lists, newest first.
  static func newestCases(_ state: State, _ desk: Desk) -> [CaseID] {
    guard state.shown.indices.contains(state.index) else { return [] }
    return state.shown[state.index].cases.compactMap(desk.item).sorted {
      $0.receivedAt > $1.receivedAt
    }.map(\.id)
  }

  private static func search(_ text: String, _ state: inout State, _ context: ScreenContext) {
    state.search = text
    state.index = 0
    state.caseIndex = nil
    state.shown = matching(text, in: context.desk.contacts.contacts)
  }

  /// `e` and `m`: the selected person's record, to edit or to merge with a probable twin.
  private static func openForm(_ action: DeskAction, _ state: State, _ context: ScreenContext)
    -> [ScreenRequest]
  {
    guard state.shown.indices.contains(state.index),
      let key = state.shown[state.index].keys.first
    else {
      return [.notice(Notice(.screen(.choosePersonFirst), tone: .error))]
    }
    // Asked before the form opens, so nothing is typed for an edit the role may not save.
    let allowed: Set<Permission> = action == .keepInTouch ? [.note, .contacts] : [.contacts]
    if let refusal = context.desk.roleRefusal(unless: allowed) {
      return [.notice(.refusal(refusal))]
    }
    let person = state.shown[state.index]
    let title = person.id + " · " + (person.name ?? "")
    if action == .keepInTouch {
      return [.openForm(ContactTouchForm.make(title: title, key: key))]
    }
    if action == .editContact {
      return [
        .openForm(
          ContactEditForm.make(title: title, key: key, name: person.name, roles: person.roles))
      ]
    }
    let choices = (state.twins[person.id] ?? []).compactMap { twin -> FormField.Choice? in
      twin.keys.first.map {
        .init(
          value: $0.text,
          label: .plain(
            ([twin.name, twin.id].compactMap { $0 } + twin.keys.map(describe)).joined(
              separator: " · ")))
      }
    }
    guard !choices.isEmpty else {
      return [.notice(Notice(.screen(.nothingToMerge), tone: .info))]
    }
    return [.openForm(ContactMergeForm.make(title: title, key: key, choices: choices))]
  }

  /// The contacts `search` finds among `contacts`, most cases first. A search that reads as
  /// a phone number (`0551…`, `٠٥٥١…`, `+966 55…`) is read as the inbox reads it, so the
  /// local format finds the E.164 number the contact holds.
  static func matching(_ search: String, in contacts: [Contact]) -> [Contact] {
    let words = SearchKey(query: search).folded.split(separator: " ")
    let found =
      words.isEmpty
      ? contacts
      : contacts.filter { contact in
        let text = SearchKey(
          ([contact.name ?? ""] + contact.keys.map(describe)).joined(separator: " ")
        )
        .folded
        return words.allSatisfy { text.contains($0) }
      }
    return found.sorted {
      $0.cases.count != $1.cases.count ? $0.cases.count > $1.cases.count : $0.id < $1.id
    }
  }

  /// For each person, the others who are probably the same person.
  static func twins(in registry: ContactRegistry) -> [String: [Contact]] {
    var twins: [String: [Contact]] = [:]
    for (one, other) in registry.duplicateSuggestions() {
      twins[one.id, default: []].append(other)
      twins[other.id, default: []].append(one)
    }
    return twins
  }

  static func describe(_ key: ContactKey) -> String {
    switch key {
    // Left to right whatever the line: in Arabic a bare +966… shows its plus at the end.
    case .phone(let phone): Bidi.leftToRight(phone.e164)
    case .email(let email): email
    case .handle(let handle): "@" + handle
    }
  }
}
