import Domain

/// Screen 4: the people the office deals with, found by an Arabic-aware search, with their
/// numbers and addresses, roles, every case on every channel, and people who are probably
/// the same person (suggestions only: staff decide).
enum ContactsScreen {
  /// The contacts the search finds, most cases first (worked out by `refreshContacts`).
  static func shown(_ state: AppState) -> [Contact] { state.contactsShown }

  /// The contacts `search` finds among `contacts`, most cases first.
  static func matching(_ search: String, in contacts: [Contact]) -> [Contact] {
    let words = SearchKey(search).folded.split(separator: " ")
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
    case .phone(let phone): phone.e164
    case .email(let email): email
    case .handle(let handle): "@" + handle
    }
  }

  static func role(_ role: ContactRole, _ text: UIText) -> String {
    switch role {
    case .internalBeneficiary: text("internal beneficiary", "مستفيد داخلي")
    case .externalBeneficiary: text("external beneficiary", "مستفيد خارجي")
    case .volunteer: text("volunteer", "متطوع")
    case .supporter: text("supporter", "داعم")
    }
  }

  static func draw(_ state: AppState, layout: DeskLayout, into grid: inout CellGrid) {
    let text = state.desk.text
    let top = layout.list.y
    let bottom = layout.noticeRow
    for y in top..<bottom { grid.write("", x: 0, y: y, columns: layout.width) }
    let contacts = shown(state)
    let listWidth = min(40, layout.width * 2 / 5)
    grid.write(
      ListHeading.text(
        text("Contacts", "المراجعون"), count: contacts.count, search: state.contactSearch,
        state: state), x: 0, y: top,
      columns: listWidth, style: .heading)
    guard !contacts.isEmpty else {
      grid.write(
        text("  Nobody matches; Esc clears the search.", "  لا أحد يطابق؛ Esc يمسح البحث."),
        x: 0, y: top + 2, columns: layout.width, style: .dim)
      return
    }
    let index = min(state.contactIndex, contacts.count - 1)
    let rows = bottom - top - 1
    let first = max(0, min(index - rows + 1, contacts.count - rows))
    for (row, contact) in contacts.dropFirst(first).prefix(rows).enumerated() {
      let name = contact.name ?? contact.keys.first.map(describe) ?? contact.id
      grid.write(
        " \(text.number(contact.cases.count))  "
          + Bidi.isolate(String(TextLayout.head(name, columns: listWidth))), x: 0, y: top + 1 + row,
        columns: listWidth - 1, style: first + row == index ? .selected : .normal)
    }
    for y in top..<bottom { grid.write("│", x: listWidth, y: y, columns: 1, style: .dim) }
    let contact = contacts[index]
    let x = listWidth + 2
    let width = layout.width - x - 1
    // Names, addresses and subjects came from the public and may be a megabyte: each is cut
    // to what its line can show before it is isolated and joined.
    func cut(_ stored: String) -> String { String(TextLayout.head(stored, columns: width)) }
    var lines: [(String, Style)] = [
      (
        (contact.name.map { Bidi.isolate(cut($0)) } ?? text("(no name)", "(بلا اسم)")) + "  "
          + contact.id,
        .heading
      ),
      (contact.keys.map { cut(describe($0)) }.joined(separator: "  "), .normal),
      (
        text("Roles: ", "الصفات: ")
          + contact.roles.sorted { $0.rawValue < $1.rawValue }.map { role($0, text) }.joined(
            separator: text(", ", "، ")), .dim
      ),
      ("", .normal),
      (text("Cases on every channel", "الحالات في كل القنوات"), .heading),
    ]
    for id in contact.cases.reversed() {
      guard let item = state.desk.item(id) else { continue }
      lines.append(
        (
          "\(id)  \(text.channel(id.channel)) · \(text.kind(item.kind)) · \(text.status(item.status))  "
            + Bidi.isolate(cut(item.subject)), item.status.isActive ? .normal : .dim
        ))
    }
    let twins = state.contactTwins[contact.id] ?? []
    if !twins.isEmpty {
      lines.append(("", .normal))
      lines.append((text("Probably the same person", "على الأرجح الشخص نفسه"), .dueSoon))
      for twin in twins {
        lines.append(
          ("\(twin.id)  " + (twin.keys.map { cut(describe($0)) }.joined(separator: "  ")), .dueSoon)
        )
      }
    }
    for (row, line) in lines.prefix(bottom - top).enumerated() {
      grid.write(line.0, x: x, y: top + row, columns: width, style: line.1)
    }
  }
}
