/// Every contact of the office, built from the cases as they are read: a returning person is
/// recognised by any phone, e-mail or handle they used before, on any channel.
public struct ContactRegistry: Sendable {
  public private(set) var contacts: [Contact] = []
  private var byKey: [ContactKey: Int] = [:]

  public init() {}

  /// The contact these details recognise, if any.
  public func recognise(_ details: ContactDetails) -> Contact? {
    for key in ContactKey.keys(of: details) {
      if let index = byKey[key] { return contacts[index] }
    }
    return nil
  }

  public func contact(for key: ContactKey) -> Contact? { byKey[key].map { contacts[$0] } }

  /// Every case brought by someone with this role: the inbox's party filter.
  public func cases(of role: ContactRole) -> Set<CaseID> {
    Set(contacts.lazy.filter { $0.roles.contains(role) }.flatMap(\.cases))
  }

  /// Records that `details` brought `caseID` on `channel` as `party` (presumed from the
  /// channel and kind when not given): joins the person they recognise (learning any new
  /// phone, e-mail or handle, and the party as one of their roles) or registers a new one.
  /// Details with no key at all (a letter with only a name) make no contact: a name alone is
  /// not enough to tell people apart.
  @discardableResult
  public mutating func record(
    _ details: ContactDetails, caseID: CaseID, channel: Channel, kind: CaseKind,
    party: ContactRole? = nil
  ) -> Contact? {
    let keys = ContactKey.keys(of: details)
    guard !keys.isEmpty else { return nil }
    let index: Int
    if let known = keys.compactMap({ byKey[$0] }).first {
      index = known
    } else {
      index = contacts.count
      contacts.append(Contact(id: "C-\(index + 1)", name: nil, keys: [], roles: [], cases: []))
    }
    for key in keys where byKey[key] == nil {
      byKey[key] = index
      contacts[index].keys.append(key)
    }
    if let name = details.name?.trimmingSpaces, !name.isEmpty, !contacts[index].nameIsSet {
      contacts[index].name = name
    }
    if !contacts[index].cases.contains(caseID) { contacts[index].cases.append(caseID) }
    contacts[index].roles.insert(party ?? ContactRole.presumed(channel: channel, kind: kind))
    return contacts[index]
  }

  /// Pairs of contacts that are probably one person: the same name (folded for Arabic
  /// spelling variants) under different numbers or addresses. Suggestions only; staff decide.
  public func duplicateSuggestions() -> [(Contact, Contact)] {
    var byName: [String: [Int]] = [:]
    for (index, contact) in contacts.enumerated() {
      guard let name = contact.name else { continue }
      let folded = SearchKey(name).folded
      guard folded.split(separator: " ").count >= 2 else { continue }  // one word is too common
      byName[folded, default: []].append(index)
    }
    return byName.keys.sorted().flatMap { name -> [(Contact, Contact)] in
      let indices = byName[name] ?? []
      return zip(indices, indices.dropFirst()).map { (contacts[$0.0], contacts[$0.1]) }
    }
  }

  /// Applies a staff edit; false when it names nobody the registry knows (or nothing would
  /// change), so the caller can say so.
  @discardableResult
  public mutating func apply(_ edit: ContactEdit) -> Bool {
    switch edit {
    case .rename(let key, let name):
      let name = name.trimmingSpaces
      guard let index = byKey[key], !name.isEmpty else { return false }
      contacts[index].name = name
      contacts[index].nameIsSet = true
      return true
    case .addKey(let key, let newKey):
      guard let index = byKey[key] else { return false }
      if let other = byKey[newKey] {
        // The new number already belongs to someone: that is the same person.
        return other == index ? false : apply(.merge(newKey, into: key))
      }
      byKey[newKey] = index
      contacts[index].keys.append(newKey)
      return true
    case .setRoles(let key, let roles):
      guard let index = byKey[key], !roles.isEmpty, contacts[index].roles != roles else {
        return false
      }
      contacts[index].roles = roles
      return true
    case .keepInTouch(let key, let touch):
      guard let index = byKey[key], !touch.note.trimmingSpaces.isEmpty else { return false }
      let at =
        contacts[index].touches.firstIndex { $0.at > touch.at } ?? contacts[index].touches.count
      contacts[index].touches.insert(touch, at: at)
      return true
    case .merge(let key, let into):
      guard let from = byKey[key], let to = byKey[into], from != to else { return false }
      let moved = contacts[from]
      for key in moved.keys where !contacts[to].keys.contains(key) { contacts[to].keys.append(key) }
      for id in moved.cases where !contacts[to].cases.contains(id) { contacts[to].cases.append(id) }
      contacts[to].roles.formUnion(moved.roles)
      contacts[to].touches = (contacts[to].touches + moved.touches).sorted { $0.at < $1.at }
      if contacts[to].name == nil { contacts[to].name = moved.name }
      contacts.remove(at: from)
      byKey.removeAll(keepingCapacity: true)
      for (index, contact) in contacts.enumerated() {
        for key in contact.keys { byKey[key] = index }
      }
      return true
    }
  }
}
