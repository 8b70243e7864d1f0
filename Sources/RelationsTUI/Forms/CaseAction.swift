import Domain
import Foundation

/// The officer's actions on a case (CONTRACTS.md): each opens a prompt, and saving the prompt
/// becomes one `CaseCommand` appended with the version of the case the officer saw.
enum CaseAction: String, Equatable, Sendable {
  case assign, priority, status, note, reply, resolve, reopen
  case submitPermit, decidePermit, notifyRequester

  /// The fields of the actions' prompts; the raw values are the ids drafts are kept under.
  enum Field: String, FormFieldID, CaseIterable {
    case assignee, priority, status, reason, text, template, reference, date, decision, how, detail
  }

  /// How the requester of a permit may have been told of the decision: what is stored, and
  /// how the Arabic interface names it.
  static let notificationMeans: [(value: String, arabic: String)] = [
    ("phone call", "اتصال هاتفي"), ("SMS", "رسالة نصية"), ("in person", "حضوريًا"),
    ("letter", "خطاب"), ("e-mail", "بريد إلكتروني"),
  ]

  /// The prompt for this action on `item`, or why the action does not apply to it now.
  static func prompt(
    _ action: CaseAction, for item: Case, desk: Desk, today: String
  ) -> Checked<Form, String> {
    let text = desk.text
    let purpose = Form.Purpose.action(action, item.id, version: item.version)
    func form(_ title: String, _ fields: [FormField]) -> Checked<Form, String> {
      .success(Form(title: "\(item.id) · \(title)", purpose: purpose, fields: fields))
    }
    switch action {
    case .assign:
      let choices =
        [FormField.Choice(value: "", label: text("nobody (unassigned)", "لا أحد (غير مسندة)"))]
        + desk.office.staff.map { .init(value: $0.account, label: "\($0.name) (\($0.account))") }
      var field = FormField(
        Field.assignee, label: text("Assign to", "إسناد إلى"), input: .choice(choices))
      field.selected = choices.firstIndex { $0.value == (item.assignee ?? "") } ?? 0
      return form(text("Assign", "إسناد"), [field])
    case .priority:
      var field = FormField(
        Field.priority, label: text("Priority", "الأولوية"),
        input: .choice(
          Priority.allCases.map { .init(value: $0.rawValue, label: text.priority($0)) }))
      field.selected = Priority.allCases.firstIndex(of: item.priority) ?? 0
      return form(text("Priority", "الأولوية"), [field])
    case .status:
      // The decider says which status changes the case takes; the prompt offers those.
      let offered = StatusChoice.allCases.filter {
        CaseDecider.allows($0.command(reason: ""), on: item)
      }
      let choices = offered.map { FormField.Choice(value: $0.rawValue, label: $0.label(text)) }
      guard !choices.isEmpty else {
        return .failure(
          item.status == .authority
            ? text(
              "The permit is with the authority; record its decision with P.",
              "التصريح لدى الجهة؛ سجّل قرارها بالمفتاح P.")
            : text(
              "A \(item.status.rawValue) case has no status to change to; x resolves, o reopens.",
              "لا حالة أخرى لحالة «\(text.status(item.status))»؛ x للمعالجة، o لإعادة الفتح."))
      }
      return form(
        text("Status", "الحالة"),
        [
          FormField(
            Field.status, label: text("Status", "الحالة"), input: .choice(choices)),
          FormField(
            Field.reason, label: text("Reason", "السبب"), input: .line),
        ])
    case .note:
      return form(
        text("Internal note", "ملاحظة داخلية"),
        [
          FormField(
            Field.text, label: text("Note", "الملاحظة"), input: .lines)
        ])
    case .reply:
      let choices =
        [FormField.Choice(value: "", label: text("no template", "بلا قالب"))]
        + desk.templates.map { .init(value: $0.id, label: $0.id) }
      return form(
        text("Reply to the person", "الرد على المراجع") + " (\(text.channel(item.id.channel)))",
        [
          FormField(
            Field.template, label: text("Template", "القالب"), input: .choice(choices)),
          FormField(
            Field.text, label: text("Reply", "الرد"), input: .lines),
        ])
    case .resolve:
      return form(
        text("Resolve", "المعالجة"),
        [
          FormField(
            Field.text, label: text("Resolution", "ما تم"), input: .lines)
        ])
    case .reopen:
      return form(
        text("Reopen", "إعادة الفتح"),
        [
          FormField(
            Field.text, label: text("Why", "السبب"), input: .line)
        ])
    case .submitPermit:
      return form(
        text("Permit submitted to the authority", "رفع التصريح إلى الجهة"),
        [
          FormField(
            Field.reference, label: text("Reference", "المرجع"), input: .line),
          FormField(
            Field.date, label: text("Date", "التاريخ"), input: .line, text: today),
        ])
    case .decidePermit:
      return form(
        text("The authority's decision", "قرار الجهة"),
        [
          FormField(
            Field.decision, label: text("Decision", "القرار"),
            input: .choice(
              PermitDecision.allCases.map {
                .init(value: $0.rawValue, label: text.permitStep($0.step))
              })),
          FormField(
            Field.reference, label: text("Reference", "المرجع"), input: .line),
          FormField(
            Field.date, label: text("Date", "التاريخ"), input: .line, text: today),
        ])
    case .notifyRequester:
      return form(
        text("Requester notified of the decision", "إبلاغ مقدم الطلب بالقرار"),
        [
          FormField(
            Field.how, label: text("How", "الطريقة"),
            input: .choice(
              notificationMeans.map { .init(value: $0.value, label: text($0.value, $0.arabic)) })),
          FormField(
            Field.detail, label: text("Detail", "تفصيل"), input: .line),
        ])
    }
  }

  /// The permit action that comes next for `item`, or why there is none.
  static func permitStep(for item: Case, _ text: UIText = UIText(language: .english)) -> Checked<
    CaseAction, String
  > {
    guard item.permit != nil else {
      return .failure(
        text(
          "\(item.id) is not a permit request; P works on permit requests only.",
          "\(item.id) ليست طلب تصريح؛ المفتاح P لطلبات التصاريح فقط."))
    }
    // The steps in their order: the decider says which one the permit is ready for.
    var refusals: [CaseRejection] = []
    for step in [CaseAction.submitPermit, .decidePermit, .notifyRequester] {
      guard let probe = step.probe(on: item) else { continue }
      guard let refusal = CaseDecider.refusal(of: probe, on: item) else { return .success(step) }
      refusals.append(refusal)
    }
    if let other = refusals.first(where: { if case .permitStep = $0 { false } else { true } }) {
      // Refused for the case itself (closed, merged), not for where the permit is.
      return .failure(text.rejection(other))
    }
    return .failure(
      text(
        "The requester was already notified; resolve the case with x.",
        "أُبلغ مقدم الطلب من قبل؛ عالج الحالة بالمفتاح x."))
  }

  /// The command a filled prompt asks for, or the form with the problem under its field.
  static func validate(
    _ action: CaseAction, from form: Form, channel: Channel, timeZone: TimeZone,
    text words: UIText = UIText(language: .english)
  ) -> Checked<CaseCommand, Form> {
    func required(_ id: Field, _ english: String, _ arabic: String) -> Checked<CaseCommand, Form> {
      var checked = form
      if let index = checked.index(of: id) {
        checked.setProblem(id, words(english, arabic))
        checked.focus = index
      } else {
        // A form without the field (a draft from another version): said above the keys.
        checked.problem = words(english, arabic)
      }
      return .failure(checked)
    }
    func text(_ id: Field) -> String { form.value(id).trimmingSpaces }
    switch action {
    case .assign:
      return .success(
        .assign(to: form.value(Field.assignee).isEmpty ? nil : form.value(Field.assignee)))
    case .priority:
      guard let priority = Priority(rawValue: form.value(Field.priority)) else {
        return required(
          .priority, "Choose a priority with ← →.", "اختر الأولوية بالسهمين ← →.")
      }
      return .success(.triage(.init(priority: priority)))
    case .status:
      guard let choice = StatusChoice(rawValue: form.value(Field.status)) else {
        return required(
          .status, "Choose waiting, resume or close with ← →; nothing else can be saved.",
          "اختر الحالة بالسهمين ← →: انتظار أو استئناف أو إغلاق؛ لا يُحفظ غير ذلك.")
      }
      if choice == .waiting, text(.reason).isEmpty {
        return required(
          .reason, "Say what the case waits for, e.g. a copy of the ID.",
          "اذكر ما تنتظره الحالة، مثل صورة الهوية.")
      }
      return .success(choice.command(reason: text(.reason)))
    case .note:
      guard !text(.text).isEmpty else {
        return required(
          .text, "Type the note.", "اكتب الملاحظة.")
      }
      return .success(.note(text(.text)))
    case .reply:
      guard !text(.text).isEmpty else {
        return required(
          .text, "Type the reply.", "اكتب الرد.")
      }
      return .success(
        .reply(
          channel: channel, text: text(.text),
          template: form.value(Field.template).isEmpty ? nil : form.value(Field.template)))
    case .resolve:
      guard !text(.text).isEmpty else {
        return required(
          .text, "Write the resolution: what was done or answered.", "اكتب ما تم: ما أُنجز أو أُجيب."
        )
      }
      return .success(.resolve(resolution: text(.text)))
    case .reopen:
      guard !text(.text).isEmpty else {
        return required(
          .text, "Say why the case is reopened.", "اذكر سبب إعادة فتح الحالة.")
      }
      return .success(.reopen(reason: text(.text)))
    case .submitPermit, .decidePermit:
      guard !text(.reference).isEmpty else {
        return required(
          .reference, "Type the authority's reference number.", "اكتب رقم المرجع لدى الجهة.")
      }
      guard let date = CivilDateText.parse(text(.date), timeZone: timeZone) else {
        return required(
          .date, "Write the date as YYYY-MM-DD, e.g. 2026-11-25.",
          "اكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2026-11-25.")
      }
      if action == .submitPermit {
        return .success(.submitPermit(reference: text(.reference), date: date))
      }
      guard let decision = PermitDecision(rawValue: form.value(Field.decision)) else {
        return required(
          .decision, "Choose approved or rejected with ← →.",
          "اختر القرار بالسهمين ← →: موافقة أو رفض.")
      }
      return .success(
        .decidePermit(
          approved: decision == .approved, reference: text(.reference), date: date))
    case .notifyRequester:
      let detail = text(.detail)
      return .success(
        .notifyRequester(how: form.value(Field.how) + (detail.isEmpty ? "" : ": " + detail)))
    }
  }
}
