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

  static func draw(_ state: AppState, in box: DeskLayout.Box, into grid: inout CellGrid) {
    let focused = state.pane == .detail
    guard let item = state.shownCase, let row = state.desk.inbox[item.id] else {
      grid.write(" No case selected.", x: box.x, y: box.y, columns: box.width, style: .dim)
      for y in box.y + 1..<box.y + box.height { grid.write("", x: box.x, y: y, columns: box.width) }
      return
    }
    let all = lines(for: item, row: row, desk: state.desk, width: box.width - 1, now: state.now)
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

  static func lines(for item: Case, row: Inbox.Row, desk: Desk, width: Int, now: Date) -> [Line] {
    let dates = DateText(timeZoneIdentifier: desk.office.timeZone)
    var out: [Line] = []
    func add(_ text: String, _ style: Style = .normal, _ direction: Bidi.Direction = .interface) {
      for piece in TextLayout.wrap(text, max(1, width)) {
        out.append(Line(text: piece, style: style, direction: direction))
      }
    }
    add(
      "\(item.id)  \(item.kind.rawValue) · \(item.status.rawValue) · \(item.priority.rawValue)",
      .heading)
    add(item.subject, .normal, .content)
    let who = [
      item.contact.name.map(Bidi.isolate), item.contact.phone?.e164, item.contact.email,
      item.contact.handle.map(Bidi.isolate),
    ]
    .compactMap { $0 }.joined(separator: "  ")
    add("From: " + (who.isEmpty ? "(no contact details)" : who))
    if let known = desk.contacts.recognise(item.contact) {
      let others = known.cases.filter { $0 != item.id }
      if !others.isEmpty {
        let listed = others.suffix(4).reversed().map { id in
          "\(id) \(desk.item(id)?.status.rawValue ?? "")"
        }
        add("Other cases: " + listed.joined(separator: ", ") + (others.count > 4 ? " …" : ""), .dim)
      }
    }
    add(
      "Channel: \(item.id.channel.title.en)   Assigned: \(item.assignee.map { Bidi.isolate(desk.staffName($0)) } ?? "nobody")"
    )
    if let program = item.program {
      let name =
        desk.office.programs.first { $0.id == program }?.name.text(in: desk.language) ?? program
      add("Program: \(Bidi.isolate(name))")
    }
    add(
      "Received: \(dates.day(item.receivedAt)) \(dates.moment(item.receivedAt, now: now).split(separator: " ").last ?? "") · \(dates.hijriDay(item.receivedAt))",
      .dim)
    if let permit = item.permit {
      var text = "Permit: \(permit.step.rawValue)"
      if let reference = permit.authorityReference { text += " · authority ref \(reference)" }
      if let submitted = permit.submittedOn { text += " on \(dates.isoDay(submitted))" }
      if let decision = permit.decisionReference { text += " · decision \(decision)" }
      if let decided = permit.decidedOn { text += " on \(dates.isoDay(decided))" }
      if let how = permit.notifiedHow { text += " · told by \(how)" }
      add(text)
    }
    add(clock(item, row: row, dates: dates, now: now), clockStyle(row, now: now))
    if let resolution = item.resolution, !item.status.isActive {
      add("Resolution: \(resolution)", .success)
    }
    if item.needsFollowUp { add("A low survey score asks for a follow-up.", .dueSoon) }
    if !item.body.isEmpty {
      out.append(Line(text: ""))
      add(item.body, .normal, .content)
    }
    out.append(Line(text: ""))
    guard !item.history.isEmpty else {
      add("Timeline (\(item.version) events): reading…", .heading)
      return out
    }
    add("Timeline (\(item.history.count) events)", .heading)
    for event in item.history {
      add("\(dates.moment(event.at, now: now))  \(event.actor)  \(describe(event.change))", .dim)
      if let text = detailText(event.change), !text.isEmpty {
        for piece in TextLayout.wrap(text, max(1, width - 4)) {
          out.append(Line(text: "    " + piece, direction: .content))
        }
      }
    }
    return out
  }

  private static func clock(_ item: Case, row: Inbox.Row, dates: DateText, now: Date) -> String {
    guard item.status.isActive else { return "SLA: nothing more is due." }
    guard let target = row.deadline else { return "SLA: no target for this kind." }
    let what =
      switch target {
      case .firstResponse: "first response"
      case .submitToAuthority: "submission to the authority"
      case .notifyRequester: "telling the requester"
      case .resolution: "resolution"
      }
    guard let due = row.due else {
      return "SLA: \(what): the clock is paused (\(item.status.rawValue))."
    }
    let when = dates.moment(due, now: now)
    if due <= now {
      return "SLA: \(what) OVERDUE by \(DateText.span(now.timeIntervalSince(due))) (due \(when))"
    }
    return "SLA: \(what) due \(when) (in \(DateText.span(due.timeIntervalSince(now))))"
  }

  private static func clockStyle(_ row: Inbox.Row, now: Date) -> Style {
    let (_, style) = InboxList.marker(row, now: now)
    return style == .normal ? .dim : style
  }

  static func describe(_ change: CaseChange) -> String {
    switch change {
    case .opened(let opening): "opened (\(opening.kind.rawValue), \(opening.id.channel.rawValue))"
    case .messageReceived(_, let channel, _, _): "message received (\(channel.rawValue))"
    case .triaged(let triage):
      "reclassified"
        + [
          triage.kind.map { " kind \($0.rawValue)" },
          triage.priority.map { " priority \($0.rawValue)" },
          triage.program.map { " program \($0)" }, triage.department.map { " department \($0)" },
        ].compactMap { $0 }.joined(separator: ",")
    case .assigned(let account): account.map { "assigned to \($0)" } ?? "unassigned"
    case .noted: "internal note"
    case .replied(let channel, _, let template):
      "replied (\(channel.rawValue)\(template.map { ", template \($0)" } ?? ""))"
    case .waitingStarted: "waiting on the beneficiary"
    case .resumed: "resumed"
    case .permitSubmitted(let reference, _): "permit submitted, ref \(reference)"
    case .permitDecided(let approved, let reference, _):
      "permit \(approved ? "approved" : "rejected"), ref \(reference)"
    case .requesterNotified(let how): "requester notified by \(how)"
    case .resolved: "resolved"
    case .reopened: "reopened"
    case .closed: "closed"
    case .linked(let other): "linked to \(other)"
    case .merged(let into): "merged into \(into)"
    case .surveyRecorded(_, let primary, _):
      "survey answered" + (primary.map { ": \($0) of 5" } ?? "")
    }
  }

  private static func detailText(_ change: CaseChange) -> String? {
    switch change {
    case .messageReceived(let body, _, _, _): body
    case .noted(let text): text
    case .replied(_, let text, _): text
    case .waitingStarted(let reason): reason
    case .resolved(let resolution): resolution
    case .reopened(let reason): reason
    default: nil
    }
  }
}
