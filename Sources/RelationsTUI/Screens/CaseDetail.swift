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
    // Only the lines down to the bottom of the pane are made: a body of a million characters
    // costs what is shown from the scroll position, and fewer lines than asked say it ends.
    let all = lines(
      for: item, row: row, desk: state.desk, width: box.width - 1, now: state.now,
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
    let who = [
      item.contact.name.map { Bidi.isolate(shown($0)) },
      item.contact.phone.map { Bidi.leftToRight($0.e164) },
      item.contact.email.map { Bidi.leftToRight(shown($0)) },
      item.contact.handle.map { Bidi.isolate(shown($0)) },
    ]
    .compactMap { $0 }.joined(separator: "  ")
    add(
      text("From: ", "من: ")
        + (who.isEmpty ? text("(no contact details)", "(بلا بيانات تواصل)") : who))
    if let known = desk.contacts.recognise(item.contact) {
      let others = known.cases.filter { $0 != item.id }
      if !others.isEmpty {
        let listed = others.suffix(4).reversed().map { id in
          "\(id) \(desk.item(id).map { text.status($0.status) } ?? "")"
        }
        add(
          text("Other cases: ", "حالات أخرى: ") + listed.joined(separator: text(", ", "، "))
            + (others.count > 4 ? " …" : ""), .dim)
      }
    }
    let assignee =
      item.assignee.map { Bidi.isolate(desk.staffName($0)) } ?? text("nobody", "لا أحد")
    add(
      text("Channel: ", "القناة: ") + text.channel(item.id.channel) + "   "
        + text("Assigned: ", "المسؤول: ") + assignee)
    if let program = item.program {
      let name =
        desk.office.programs.first { $0.id == program }?.name.text(in: desk.language) ?? program
      add(text("Program: ", "البرنامج: ") + Bidi.isolate(name))
    }
    let time = dates.moment(item.receivedAt, now: now).split(separator: " ").last ?? ""
    add(
      text("Received: ", "ورد: ") + dates.bothDays(item.receivedAt) + " · " + time, .dim)
    if let permit = item.permit {
      var line = text("Permit: ", "التصريح: ") + text.permitStep(permit.step)
      if let reference = permit.authorityReference {
        line += text(" · authority ref ", " · مرجع الجهة ") + shown(reference)
      }
      if let submitted = permit.submittedOn {
        line += text(" on ", " في ") + Bidi.leftToRight(dates.isoDay(submitted))
      }
      if let decision = permit.decisionReference {
        line += text(" · decision ", " · القرار ") + shown(decision)
      }
      if let decided = permit.decidedOn {
        line += text(" on ", " في ") + Bidi.leftToRight(dates.isoDay(decided))
      }
      if let how = permit.notifiedHow { line += text(" · told by ", " · أُبلغ عبر ") + shown(how) }
      add(line)
    }
    add(clock(item, row: row, dates: dates, now: now), clockStyle(row, now: now))
    if let resolution = item.resolution, !item.status.isActive {
      add(text("Resolution: ", "ما تم: ") + Bidi.isolate(shown(resolution)), .success)
    }
    if item.needsFollowUp {
      add(
        text("A low survey score asks for a follow-up.", "درجة استبانة منخفضة تطلب متابعة."),
        .dueSoon)
    }
    if !item.body.isEmpty {
      out.append(Line(text: ""))
      add(item.body, .normal, .content)
    }
    out.append(Line(text: ""))
    guard !item.history.isEmpty else {
      add(
        text(
          "Timeline (\(item.version) events): reading…", "السجل (\(item.version) أحداث): يُقرأ…"),
        .heading)
      return out
    }
    add(
      text("Timeline (\(item.history.count) events)", "السجل (\(item.history.count) أحداث)"),
      .heading)
    for event in item.history {
      guard out.count < limit else { break }
      add(
        "\(dates.moment(event.at, now: now))  \(event.actor)  \(describe(event.change, text))",
        .dim)
      if let detail = detailText(event.change), !detail.isEmpty {
        for piece in TextLayout.wrap(detail, max(1, width - 4), lines: limit - out.count) {
          out.append(Line(text: "    " + piece, direction: .content))
        }
      }
    }
    return out
  }

  private static func clock(_ item: Case, row: Inbox.Row, dates: DateText, now: Date) -> String {
    let text = dates.text
    let sla = text("SLA: ", "المهلة: ")
    guard item.status.isActive else { return sla + text("nothing more is due.", "لا شيء مستحق.") }
    guard let target = row.deadline else {
      return sla + text("no target for this kind.", "لا هدف لهذا النوع.")
    }
    let what =
      switch target {
      case .firstResponse: text("first response", "الرد الأول")
      case .submitToAuthority: text("submission to the authority", "الرفع إلى الجهة")
      case .notifyRequester: text("telling the requester", "إبلاغ مقدم الطلب")
      case .resolution: text("resolution", "المعالجة")
      }
    guard let due = row.due else {
      return sla + what
        + text(
          ": the clock is paused (\(item.status.rawValue)).",
          ": المهلة متوقفة (\(text.status(item.status))).")
    }
    let when = dates.moment(due, now: now)
    if due <= now {
      let late = DateText.span(now.timeIntervalSince(due), text)
      return sla + what
        + text(" OVERDUE by \(late) (due \(when))", " متأخرة \(late) (موعدها \(when))")
    }
    let left = DateText.span(due.timeIntervalSince(now), text)
    return sla + what + text(" due \(when) (in \(left))", " موعدها \(when) (بعد \(left))")
  }

  private static func clockStyle(_ row: Inbox.Row, now: Date) -> Style {
    let (_, style) = InboxList.marker(row, now: now)
    return style == .normal ? .dim : style
  }

  static func describe(_ change: CaseChange, _ text: UIText = UIText(language: .english)) -> String
  {
    switch change {
    case .opened(let opening):
      text("opened", "فُتحت") + " (\(text.kind(opening.kind))" + text(", ", "، ")
        + "\(text.channel(opening.id.channel)))"
    case .messageReceived(_, let channel, _, _):
      text("message received", "وصلت رسالة") + " (\(text.channel(channel)))"
    case .triaged(let triage):
      text("reclassified", "أعيد تصنيفها")
        + [
          triage.kind.map { text(" kind ", " النوع ") + text.kind($0) },
          triage.priority.map { text(" priority ", " الأولوية ") + text.priority($0) },
          triage.program.map { text(" program ", " البرنامج ") + $0 },
          triage.department.map { text(" department ", " القسم ") + $0 },
        ].compactMap { $0 }.joined(separator: text(",", "،"))
    case .assigned(let account):
      account.map { text("assigned to ", "أُسندت إلى ") + $0 } ?? text("unassigned", "أُلغي الإسناد")
    case .noted: text("internal note", "ملاحظة داخلية")
    case .replied(let channel, _, let template):
      text("replied", "رُدّ عليها") + " (\(text.channel(channel))"
        + (template.map { text(", template ", "، القالب ") + $0 } ?? "") + ")"
    case .waitingStarted: text("waiting on the beneficiary", "بانتظار المستفيد")
    case .resumed: text("resumed", "استؤنفت")
    case .permitSubmitted(let reference, _):
      text("permit submitted, ref ", "رُفع التصريح، المرجع ") + reference
    case .permitDecided(let approved, let reference, _):
      (approved
        ? text("permit approved", "ووفق على التصريح") : text("permit rejected", "رُفض التصريح"))
        + text(", ref ", "، المرجع ") + reference
    case .requesterNotified(let how): text("requester notified by ", "أُبلغ مقدم الطلب عبر ") + how
    case .resolved: text("resolved", "عولجت")
    case .reopened: text("reopened", "أُعيد فتحها")
    case .closed: text("closed", "أُغلقت")
    case .linked(let other): text("linked to ", "رُبطت بـ ") + other.description
    case .merged(let into): text("merged into ", "دُمجت في ") + into.description
    case .surveyRecorded(_, let primary, _):
      text("survey answered", "أُجيبت الاستبانة")
        + (primary.map { text(": \($0) of 5", ": \($0) من 5") } ?? "")
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
