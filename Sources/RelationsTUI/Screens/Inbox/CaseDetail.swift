import Domain
import Foundation

/// The case detail pane: header, contact and their other cases, permit step, SLA clock, the
/// text, and a timeline of every event with who and when. Built as lines, then scrolled.
enum CaseDetail {
  struct Line: Equatable {
    var text: String
    var style: Style = .normal
    /// `.content` for what people wrote (subject, message, notes), in its own direction.
    var direction: Bidi.Direction = .interface
  }

  static func draw(
    _ state: InboxScreen.State, _ context: ScreenContext, in box: DeskLayout.Box,
    into grid: inout CellGrid
  ) {
    let focused = state.pane == .detail
    guard let item = InboxScreen.shownCase(state, context.desk),
      let row = context.desk.inbox[item.id]
    else {
      grid.write(
        " " + context.text(.inbox(.noCaseSelected)), x: box.x, y: box.y, columns: box.width,
        style: .dim)
      for y in box.y + 1..<box.y + box.height { grid.write("", x: box.x, y: y, columns: box.width) }
      return
    }
    // Only the lines down to the bottom of the pane are made: a body of a million characters
    // costs what is shown from the scroll position, and fewer lines than asked say it ends.
    let all = lines(
      for: item, row: row, desk: context.desk, width: box.width - 1, now: context.now,
      limit: state.detailTop + box.height)
    let top = min(state.detailTop, max(0, all.count - box.height))
    for offset in 0..<box.height {
      let index = top + offset
      let line = index < all.count ? all[index] : Line(text: "")
      var style = line.style
      if offset == 0, focused { style = .selected }
      grid.write(
        " " + line.text, x: box.x, y: box.y + offset, columns: box.width, style: style,
        direction: line.direction)
    }
  }

  /// The pane's lines for `item`, wrapped at `width`: the first `limit` of them (or all,
  /// when there are fewer), made without reading stored text past them.
  static func lines(
    for item: Case, row: Inbox.Row, desk: Desk, width: Int, now: Date, limit: Int = .max
  ) -> [Line] {
    let text = desk.text
    let dates = DateText(timeZoneIdentifier: desk.office.timeZone, text: text)
    var out: [Line] = []
    func add(_ line: String, _ style: Style = .normal, _ direction: Bidi.Direction = .interface) {
      guard out.count < limit else { return }
      for piece in TextLayout.wrap(line, max(1, width), lines: limit - out.count) {
        out.append(Line(text: piece, style: style, direction: direction))
      }
    }
    // What people wrote inside a line of the interface (a name, a resolution) is cut to what
    // the lines still to be made can show, so it is neither copied nor scanned whole. Each
    // line holds at most a line's width and the space or break after it, and one more line
    // decides where the last one breaks; past a million lines, nobody scrolls.
    func shown(_ stored: String) -> String {
      let rows = min(max(0, limit - out.count), 1 << 20) + 1
      return String(TextLayout.head(stored, columns: rows * (max(1, width) + 1)))
    }
    add(
      "\(item.id)  \(text.kind(item.kind)) · \(text.status(item.status)) · "
        + text.priority(item.priority), .heading)
    add(item.subject, .normal, .content)
    if let failed = item.failedDelivery {
      // A message the person never got: said before anything else, so staff call instead.
      let reason = item.outbound.first { $0.message.id == failed }?.reason
      add(text(.outbox(.failedNotice(reason: reason.map { Bidi.isolate(shown($0)) }))), .overdue)
    }
    let who = [
      item.contact.name.map { Bidi.isolate(shown($0)) },
      item.contact.phone.map { Bidi.leftToRight($0.e164) },
      item.contact.email.map { Bidi.leftToRight(shown($0)) },
      item.contact.handle.map { Bidi.isolate(shown($0)) },
    ]
    .compactMap { $0 }.joined(separator: "  ")
    add(text(.inbox(.from(who.isEmpty ? nil : who))))
    if let known = desk.contacts.recognise(item.contact) {
      let others = known.cases.filter { $0 != item.id }
      if !others.isEmpty {
        let listed = others.suffix(4).reversed().map { id in
          InboxPhrase.OtherCase(id: id, status: desk.item(id)?.status)
        }
        add(text(.inbox(.otherCases(listed, more: others.count > 4))), .dim)
      }
    }
    let assignee = item.assignee.map { Bidi.isolate(desk.staffName($0)) }
    add(text(.inbox(.channelAndAssignee(item.id.channel, assignee: assignee))))
    if !item.channelDetails.isEmpty {
      // What the channel added was typed by someone outside the office: shown isolated.
      var details = item.channelDetails
      details.reference = details.reference.map { Bidi.isolate(shown($0)) }
      details.platform = details.platform.map { Bidi.isolate(shown($0)) }
      details.volunteer = details.volunteer.map { Bidi.isolate(shown($0)) }
      add(text(.intake(.detailsLine(item.id.channel, details))))
    }
    add(text(.intake(.partyLine(item.party))), .dim)
    if let program = item.program {
      let name =
        desk.office.programs.first { $0.id == program }?.name.text(in: desk.language) ?? program
      add(text(.inbox(.program(Bidi.isolate(name)))))
    }
    if let department = item.department {
      let name =
        desk.office.departments.first { $0.id == department }?.name.text(in: desk.language)
        ?? department
      add(text(.inbox(.department(Bidi.isolate(name)))))
    }
    if !item.tags.isEmpty { add(text(.inbox(.tags(item.tags.map { Bidi.isolate(shown($0)) })))) }
    if let survivor = item.mergedInto { add(text(.inbox(.mergedInto(survivor))), .dueSoon) }
    // Links either way: this case's own, and those of cases that point at it.
    let pointing = desk.pointedAt[item.id] ?? []
    let merged = pointing.filter { desk.item($0)?.mergedInto == item.id }
    var linked = item.links
    for other in pointing where !merged.contains(other) && !linked.contains(other) {
      linked.append(other)
    }
    if !linked.isEmpty { add(text(.inbox(.linkedWith(linked)))) }
    if !merged.isEmpty { add(text(.inbox(.mergedHere(merged))), .dim) }
    let time = dates.moment(item.receivedAt, now: now).split(separator: " ").last ?? ""
    add(text(.inbox(.received(dates.bothDays(item.receivedAt) + " · " + time))), .dim)
    if let permit = item.permit {
      add(
        text(
          .inbox(
            .permit(
              permit.step, reference: permit.authorityReference.map(shown),
              submittedOn: permit.submittedOn.map { Bidi.isolate(dates.shortDay($0, now: now)) },
              decision: permit.decisionReference.map(shown),
              decidedOn: permit.decidedOn.map { Bidi.isolate(dates.shortDay($0, now: now)) },
              toldBy: permit.notifiedHow.map(shown)))))
      if permit.programDate != nil || permit.programPlace != nil {
        add(
          text(
            .inbox(
              .permitProgram(
                date: permit.programDate.map { Bidi.isolate($0.description) },
                place: permit.programPlace.map { Bidi.isolate(shown($0)) }))))
      }
    }
    add(clock(item, row: row, dates: dates, now: now), clockStyle(row, now: now))
    if let resolution = item.resolution, !item.status.isActive {
      add(text(.inbox(.resolution(Bidi.isolate(shown(resolution))))), .success)
    }
    if let followUp = item.followUp {
      add(
        FollowUpText.onCase(followUp, desk: desk, dates: dates, now: now, shown: shown),
        followUp.isOpen ? .dueSoon : .dim)
    }
    if !item.attachments.isEmpty {
      add(text(.attachment(.heading(count: item.attachments.count))), .heading)
      for attached in item.attachments {
        let file = attached.file
        add(
          text(
            .attachment(
              .line(
                name: Bidi.isolate(shown(file.name)), size: file.size, type: shown(file.type),
                who: Bidi.isolate(desk.staffName(attached.by)),
                when: dates.moment(attached.at, now: now),
                hash: String(file.sha256.prefix(12))))))
        if let note = file.note { add("    " + shown(note), .dim, .content) }
      }
    }
    if !item.body.isEmpty {
      out.append(Line(text: ""))
      add(item.body, .normal, .content)
    }
    out.append(Line(text: ""))
    guard !item.history.isEmpty else {
      add(text(.inbox(.timelineReading(events: item.version))), .heading)
      return out
    }
    add(text(.inbox(.timeline(events: item.history.count))), .heading)
    for (index, event) in item.history.enumerated() {
      guard out.count < limit else { break }
      // People by name, the same name the list and the status bar give them.
      var change = event.change
      if case .assigned(let account?) = change {
        change = .assigned(to: Bidi.isolate(desk.staffName(account)))
      }
      if case .attached(var file) = change {
        file.name = Bidi.isolate(shown(file.name))
        change = .attached(file)
      }
      // Where a message went and why a bridge says it failed came from outside the office.
      if case .messageQueued(var message) = change {
        message.to = Bidi.isolate(shown(message.to))
        change = .messageQueued(message)
      }
      if case .deliveryReported(var receipt) = change {
        receipt.reason = receipt.reason.map { Bidi.isolate(shown($0)) }
        change = .deliveryReported(receipt)
      }
      let what = text(.inbox(.change(change)))
      let actor = Bidi.isolate(desk.staffName(event.actor))
      add("\(dates.moment(event.at, now: now))  \(actor)  \(what)", .dim)
      if case .messageQueued(let message) = event.change,
        let sent = item.outbound.first(where: { $0.message.id == message.id })
      {
        let state = outboundState(sent, text: text, shown: shown)
        for piece in TextLayout.wrap(state, max(1, width - 4), lines: limit - out.count) {
          out.append(Line(text: "    " + piece, style: outboundStyle(sent.status)))
        }
      }
      if let detail = detailText(event.change), !detail.isEmpty,
        !repeatsReply(event, after: index > 0 ? item.history[index - 1] : nil)
      {
        for piece in TextLayout.wrap(detail, max(1, width - 4), lines: limit - out.count) {
          out.append(Line(text: "    " + piece, direction: .content))
        }
      }
    }
    return out
  }

  /// Where an outbound message is now, as the receipts left it; a failure's reason is the
  /// provider's words, cut and isolated.
  private static func outboundState(
    _ sent: OutboundState, text: UIText, shown: (String) -> String
  ) -> String {
    text(.outbox(.state(sent.status, reason: sent.reason.map { Bidi.isolate(shown($0)) })))
  }

  /// How the timeline marks a message's state: what arrived, what failed.
  private static func outboundStyle(_ status: DeliveryStatus) -> Style {
    switch status {
    case .queued, .sent: .dim
    case .delivered: .success
    case .failed: .overdue
    }
  }

  /// Whether a queued message is the reply recorded just before it, whose text the
  /// timeline already shows under the reply.
  private static func repeatsReply(_ event: CaseEvent, after previous: CaseEvent?) -> Bool {
    guard case .messageQueued(let message) = event.change, message.kind == .reply,
      case .replied(_, let text, _)? = previous?.change
    else { return false }
    return text == message.text
  }

  private static func clock(_ item: Case, row: Inbox.Row, dates: DateText, now: Date) -> String {
    let text = dates.text
    guard item.status.isActive else { return text(.inbox(.slaNothingDue)) }
    guard let target = row.deadline else { return text(.inbox(.slaNoTarget)) }
    guard let due = row.due else { return text(.inbox(.slaPaused(target, item.status))) }
    let when = dates.moment(due, now: now)
    if due <= now {
      let late = DateText.age(now.timeIntervalSince(due), text)
      return text(.inbox(.slaOverdue(target, by: late, due: when)))
    }
    let left = DateText.age(due.timeIntervalSince(now), text)
    return text(.inbox(.slaDue(target, due: when, in: left)))
  }

  private static func clockStyle(_ row: Inbox.Row, now: Date) -> Style {
    let (_, style) = InboxList.marker(row, now: now)
    return style == .normal ? .dim : style
  }

  private static func detailText(_ change: CaseChange) -> String? {
    switch change {
    case .messageReceived(let body, _, _, _): body
    case .noted(let text): text
    case .replied(_, let text, _): text
    case .waitingStarted(let reason): reason
    case .resolved(let resolution): resolution
    case .reopened(let reason): reason
    case .attached(let file): file.note
    case .messageQueued(let message): message.text
    default: nil
    }
  }
}
