import Domain

/// The contacts screen drawn into its box: the people on one side, the selected person's
/// numbers, roles, cases and probable twins on the other.
extension ContactsScreen {
  static func render(_ state: State, _ context: ScreenContext, into grid: inout CellGrid) {
    let text = context.text
    let box = context.box
    let top = box.y
    let bottom = box.bottom
    grid.clear(box)
    let contacts = state.shown
    let listWidth = min(40, box.width * 2 / 5)
    grid.write(
      ListHeading.text(
        .contacts, count: contacts.count, search: state.search,
        searching: state.searching, text), x: box.x, y: top,
      columns: listWidth, style: .heading)
    guard !contacts.isEmpty else {
      grid.write(
        "  " + text(.screen(.nobodyMatches)), x: box.x, y: top + 2, columns: box.width, style: .dim)
      return
    }
    let index = min(state.index, contacts.count - 1)
    let rows = bottom - top - 1
    let first = max(0, min(index - rows + 1, contacts.count - rows))
    // The case count has a column of its own at the interface's start edge, as wide as the
    // largest count: joined to the name, it would follow the name's script to either side.
    let countWidth =
      1 + TextLayout.width(of: text.number(contacts.map(\.cases.count).max() ?? 0)) + 2
    for (row, contact) in contacts.dropFirst(first).prefix(rows).enumerated() {
      // One row per person: the name and the number that tells two of one name apart.
      let phone = contact.keys.lazy.compactMap { key -> String? in
        if case .phone(let phone) = key { return phone.e164 }
        return nil
      }.first
      let reach = phone ?? contact.keys.first.map(describe) ?? ""
      let reachWidth = min(TextLayout.width(of: reach), max(0, listWidth - 16))
      let nameWidth = max(1, listWidth - 2 - countWidth - reachWidth)
      let style: Style = first + row == index ? .selected : .normal
      let name = contact.name.map { String(TextLayout.head($0, columns: nameWidth)) }
      grid.write("", x: box.x, y: top + 1 + row, columns: countWidth, style: style)
      grid.write(
        text.number(contact.cases.count), x: box.x + 1, y: top + 1 + row,
        columns: countWidth - 3, style: style, align: .start)
      grid.write(
        name ?? "", x: box.x + countWidth, y: top + 1 + row, columns: nameWidth, style: style,
        align: .start, direction: .content)
      grid.write(
        " ", x: box.x + listWidth - 2 - reachWidth, y: top + 1 + row, columns: 1, style: style)
      grid.write(
        Bidi.leftToRight(reach), x: box.x + listWidth - 1 - reachWidth, y: top + 1 + row,
        columns: reachWidth, style: style, align: .right)
    }
    for y in top..<bottom { grid.write("│", x: box.x + listWidth, y: y, columns: 1, style: .dim) }
    let contact = contacts[index]
    let x = box.x + listWidth + 2
    let width = box.x + box.width - x - 1
    // Names, addresses and subjects came from the public and may be a megabyte: each is cut
    // to what its line can show before it is isolated and joined.
    func cut(_ stored: String) -> String { String(TextLayout.head(stored, columns: width)) }
    var lines: [(String, Style)] = [
      (
        contact.name.map { Bidi.isolate(cut($0)) } ?? text(.form(.noName)),
        .heading
      ),
      (contact.keys.map { cut(describe($0)) }.joined(separator: "  "), .normal),
      (text(.screen(.roles(contact.roles.sorted { $0.rawValue < $1.rawValue }))), .dim),
    ]
    if !contact.touches.isEmpty {
      let dates = DateText(timeZoneIdentifier: context.desk.office.timeZone, text: text)
      lines.append(("", .normal))
      lines.append((text(.screen(.keptInTouch(count: contact.touches.count))), .heading))
      for touch in contact.touches.suffix(5).reversed() {
        lines.append(
          (
            text(
              .screen(
                .touch(
                  touch.kind, day: Bidi.isolate(dates.shortDay(touch.at, now: context.now)),
                  by: Bidi.isolate(context.desk.staffName(touch.by)),
                  note: Bidi.isolate(cut(touch.note))))), .normal
          ))
      }
    }
    lines += [("", .normal), (text(.screen(.casesOnEveryChannel)), .heading)]
    for (offset, id) in newestCases(state, context.desk).enumerated() {
      guard let item = context.desk.item(id) else { continue }
      let chosen = state.caseIndex == offset
      lines.append(
        (
          "\(id)  \(text.channel(id.channel)) · \(text.kind(item.kind)) · \(text.status(item.status))  "
            + Bidi.isolate(cut(item.subject)),
          chosen ? .selected : item.status.isActive ? .normal : .dim
        ))
    }
    let twins = state.twins[contact.id] ?? []
    if !twins.isEmpty {
      lines.append(("", .normal))
      lines.append((text(.screen(.probablySamePerson)), .dueSoon))
      for twin in twins {
        lines.append(
          (
            (twin.name.map { Bidi.isolate(cut($0)) + "  " } ?? "")
              + twin.keys.map { cut(describe($0)) }.joined(separator: "  "), .dueSoon
          )
        )
      }
    }
    for (row, line) in lines.prefix(bottom - top).enumerated() {
      grid.write(line.0, x: x, y: top + row, columns: width, style: line.1)
    }
  }
}
