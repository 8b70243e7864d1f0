import Domain
import Foundation

/// The officer's actions on a case (DESIGN §8): each opens a prompt, and saving the prompt
/// becomes one `CaseCommand` appended with the version of the case the officer saw.
enum CaseAction: String, Equatable, Sendable {
  case assign, priority, status, note, reply, resolve, reopen
  case submitPermit, decidePermit, notifyRequester

  /// How the requester of a permit may have been told of the decision.
  static let notificationMeans = ["phone call", "SMS", "in person", "letter", "e-mail"]

  /// The prompt for this action on `item`, or why the action does not apply to it now.
  static func prompt(
    _ action: CaseAction, for item: Case, desk: Desk, today: String
  ) -> Checked<Form, String> {
    let purpose = Form.Purpose.action(action, item.id, version: item.version)
    func form(_ title: String, _ fields: [FormField]) -> Checked<Form, String> {
      .success(Form(title: "\(item.id) · \(title)", purpose: purpose, fields: fields))
    }
    switch action {
    case .assign:
      let choices =
        [FormField.Choice(value: "", label: "nobody (unassigned)")]
        + desk.office.staff.map { .init(value: $0.account, label: "\($0.name) (\($0.account))") }
      var field = FormField(id: "assignee", label: "Assign to", input: .choice(choices))
      field.selected = choices.firstIndex { $0.value == (item.assignee ?? "") } ?? 0
      return form("Assign", [field])
    case .priority:
      var field = FormField(
        id: "priority", label: "Priority",
        input: .choice(Priority.allCases.map { .init(value: $0.rawValue, label: $0.rawValue) }))
      field.selected = Priority.allCases.firstIndex(of: item.priority) ?? 0
      return form("Priority", [field])
    case .status:
      var choices: [FormField.Choice] = []
      if item.status == .new || item.status == .open {
        choices.append(.init(value: "waiting", label: "waiting on the beneficiary"))
      }
      if item.status == .waiting { choices.append(.init(value: "resume", label: "resume (open)")) }
      if item.status == .resolved { choices.append(.init(value: "close", label: "closed")) }
      guard !choices.isEmpty else {
        return .failure(
          item.status == .authority
            ? "The permit is with the authority; record its decision with P."
            : "A \(item.status.rawValue) case has no status to change to; x resolves, o reopens.")
      }
      return form(
        "Status",
        [
          FormField(id: "status", label: "Status", input: .choice(choices)),
          FormField(id: "reason", label: "Reason", input: .line),
        ])
    case .note:
      return form("Internal note", [FormField(id: "text", label: "Note", input: .lines)])
    case .reply:
      let choices =
        [FormField.Choice(value: "", label: "no template")]
        + desk.templates.map { .init(value: $0.id, label: $0.id) }
      return form(
        "Reply to the person (\(item.id.channel.rawValue))",
        [
          FormField(id: "template", label: "Template", input: .choice(choices)),
          FormField(id: "text", label: "Reply", input: .lines),
        ])
    case .resolve:
      return form("Resolve", [FormField(id: "text", label: "Resolution", input: .lines)])
    case .reopen:
      return form("Reopen", [FormField(id: "text", label: "Why", input: .line)])
    case .submitPermit:
      return form(
        "Permit submitted to the authority",
        [
          FormField(id: "reference", label: "Reference", input: .line),
          FormField(id: "date", label: "Date", input: .line, text: today),
        ])
    case .decidePermit:
      return form(
        "The authority's decision",
        [
          FormField(
            id: "decision", label: "Decision",
            input: .choice([
              .init(value: "approved", label: "approved"),
              .init(value: "rejected", label: "rejected"),
            ])),
          FormField(id: "reference", label: "Reference", input: .line),
          FormField(id: "date", label: "Date", input: .line, text: today),
        ])
    case .notifyRequester:
      return form(
        "Requester notified of the decision",
        [
          FormField(
            id: "how", label: "How",
            input: .choice(notificationMeans.map { .init(value: $0, label: $0) })),
          FormField(id: "detail", label: "Detail", input: .line),
        ])
    }
  }

  /// The permit action that comes next for `item`, or why there is none.
  static func permitStep(for item: Case) -> Checked<CaseAction, String> {
    guard let permit = item.permit else {
      return .failure("\(item.id) is not a permit request; P works on permit requests only.")
    }
    switch permit.step {
    case .received: return .success(.submitPermit)
    case .submitted: return .success(.decidePermit)
    case .approved, .rejected: return .success(.notifyRequester)
    case .notified: return .failure("The requester was already notified; resolve the case with x.")
    }
  }

  /// The command a filled prompt asks for, or the form with the problem under its field.
  static func command(
    _ action: CaseAction, from form: Form, channel: Channel, timeZone: TimeZone
  ) -> Checked<CaseCommand, Form> {
    func required(_ id: String, _ problem: String) -> Checked<CaseCommand, Form> {
      var checked = form
      checked.setProblem(id, problem)
      checked.focus = checked.fields.firstIndex { $0.id == id } ?? 0
      return .failure(checked)
    }
    func text(_ id: String) -> String { form.value(id).trimmingSpaces }
    switch action {
    case .assign:
      return .success(.assign(to: form.value("assignee").isEmpty ? nil : form.value("assignee")))
    case .priority:
      return .success(
        .triage(.init(priority: Priority(rawValue: form.value("priority")) ?? .normal)))
    case .status:
      switch form.value("status") {
      case "waiting":
        guard !text("reason").isEmpty else {
          return required("reason", "Say what the case waits for, e.g. a copy of the ID.")
        }
        return .success(.wait(reason: text("reason")))
      case "resume": return .success(.resume)
      default: return .success(.close)
      }
    case .note:
      guard !text("text").isEmpty else { return required("text", "Type the note.") }
      return .success(.note(text("text")))
    case .reply:
      guard !text("text").isEmpty else { return required("text", "Type the reply.") }
      return .success(
        .reply(
          channel: channel, text: text("text"),
          template: form.value("template").isEmpty ? nil : form.value("template")))
    case .resolve:
      guard !text("text").isEmpty else {
        return required("text", "Write the resolution: what was done or answered.")
      }
      return .success(.resolve(resolution: text("text")))
    case .reopen:
      guard !text("text").isEmpty else { return required("text", "Say why the case is reopened.") }
      return .success(.reopen(reason: text("text")))
    case .submitPermit, .decidePermit:
      guard !text("reference").isEmpty else {
        return required("reference", "Type the authority's reference number.")
      }
      guard let date = CivilDateText.parse(text("date"), timeZone: timeZone) else {
        return required("date", "Write the date as YYYY-MM-DD, e.g. 2026-11-25.")
      }
      if action == .submitPermit {
        return .success(.submitPermit(reference: text("reference"), date: date))
      }
      return .success(
        .decidePermit(
          approved: form.value("decision") == "approved", reference: text("reference"), date: date))
    case .notifyRequester:
      let detail = text("detail")
      return .success(
        .notifyRequester(how: form.value("how") + (detail.isEmpty ? "" : ": " + detail)))
    }
  }
}
