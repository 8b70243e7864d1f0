import Domain
import Foundation
import Office

/// A form or prompt on top of the screen: editing it, cancelling it, and saving it, which
/// asks the shell for the effect that records it. The form keeps everything typed until
/// it is saved or the user cancels it.
enum FormOverlay {
  static func update(_ form: inout Form, _ key: KeyPress, _ context: ScreenContext)
    -> [ScreenRequest]
  {
    let text = context.text
    if form.confirmingCancel {
      form.confirmingCancel = false
      if key == .character("y") || key == .character("Y") {
        return [
          .closeOverlay, .notice(Notice(.desk(.discarded), tone: .info)),
          .effect(.discardDraft),
        ]
      }
      return []
    }
    let action = KeyTable.action(for: key, in: .form)
    // Keys a field uses for itself (↑↓ in a text, ← → in a choice) go to the field first;
    // so do all keys while a choice's list is open, and Enter on a choice, which opens it.
    var fieldFirst = action == nil || [.up, .down, .left, .right].contains(key)
    if form.focusedField.list != nil { fieldFirst = true }
    if key == .enter, case .choice = form.focusedField.input { fieldFirst = true }
    if fieldFirst {
      let before = form
      switch form.edit(key, text) {
      case .edited:
        afterEdit(&form, before: before, desk: context.desk)
        // A pick from the list goes on to the next field, as Enter does in a form; on the
        // last field it stays, for Ctrl-S to save what was picked.
        if key == .enter, before.focusedField.list != nil, form.focusedField.list == nil {
          // A picker's pick is its answer.
          if form.isPicker { return submit(&form, context) }
          if form.focus < form.fields.count - 1 { form.moveFocus(by: 1) }
        }
        return isQuestionnaire(form) ? [] : [.effect(.saveDraft(form))]
      case .refused:
        // Nothing changed, so no draft to keep: only the sentence under the field.
        form.fields[form.focus].problem = FieldLimit.refused(form.focusedField)
        return []
      case .ignored:
        break
      }
    }
    switch action {
    case .cancel?:
      if form.isDirty, !isQuestionnaire(form) {
        form.confirmingCancel = true
        return []
      }
      return [.closeOverlay, .effect(.discardDraft)]
    case .save?:
      return submit(&form, context)
    case .nextField?:
      form.moveFocus(by: 1)
    case .previousField?:
      form.moveFocus(by: -1)
    case .advance?:
      if case .lines = form.focusedField.input {
        if form.edit(key, text) == .refused {
          form.fields[form.focus].problem = FieldLimit.refused(form.focusedField)
        } else {
          return [.effect(.saveDraft(form))]
        }
      } else if form.focus == form.fields.count - 1 {
        return submit(&form, context)
      } else {
        form.moveFocus(by: 1)
      }
    default:
      break  // ← → were the field's; the form context binds nothing else
    }
    return []
  }

  /// The survey and satisfaction questions, and the finding forms (filters, views, a case
  /// by id): nothing to keep as a draft, nothing to lose by leaving them.
  static func isQuestionnaire(_ form: Form) -> Bool {
    switch form.purpose {
    // A path and a note: short, and read again from the file when saved.
    case .satisfaction, .survey, .inboxFilter, .inboxViews, .jumpToCase, .attach: true
    case .intake, .action, .resolveOnSpot, .contactEdit, .contactMerge, .contactTouch: false
    }
  }

  /// What a field's new value brings with it: a recognised person's name, a template's text.
  static func afterEdit(_ form: inout Form, before: Form, desk: Desk) {
    let field = form.focusedField
    if form.purpose == .intake { IntakeForm.fitToKind(&form) }
    if form.purpose == .intake, field.id == IntakeForm.Field.phone.rawValue,
      let known = IntakeForm.recognise(form, in: desk.contacts)
    {
      if form.value(IntakeForm.Field.name).isEmpty, let name = known.name {
        form.set(IntakeForm.Field.name, name)
      }
      // The party the person came as before, unless the officer chose one already.
      if let party = known.party,
        form.value(IntakeForm.Field.party) == before.value(IntakeForm.Field.party),
        IntakeForm.partyIsPresumed(form)
      {
        form.set(IntakeForm.Field.party, party.rawValue)
      }
    }
    if form.purpose == .intake, field.id == IntakeForm.Field.channel.rawValue {
      IntakeForm.reshape(&form, from: before, office: desk.office)
    }
    // A party nobody chose follows the kind as it follows the channel: a permit request is a
    // volunteer's, as ingest and older records presume.
    if form.purpose == .intake, field.id == IntakeForm.Field.kind.rawValue,
      IntakeForm.partyIsPresumed(before)
    {
      let channel = Channel(rawValue: form.value(IntakeForm.Field.channel)) ?? .visit
      let kind = CaseKind(rawValue: form.value(IntakeForm.Field.kind)) ?? .inquiry
      form.set(IntakeForm.Field.party, ContactRole.presumed(channel: channel, kind: kind).rawValue)
    }
    if field.id == CaseAction.Field.template.rawValue,
      case .action(.reply, let id, _) = form.purpose,
      let item = desk.item(id)
    {
      let template = { (form: Form) in
        desk.templates.first { $0.id == form.value(CaseAction.Field.template) }?.text(for: item)
          ?? ""
      }
      let typed = form.value(CaseAction.Field.text)
      if typed.isEmpty || typed == template(before) {
        form.set(CaseAction.Field.text, template(form))
        // What was said about the old text (a blank to fill) does not hold for the new one.
        form.setProblem(CaseAction.Field.text, nil)
      }
      // A template written for other kinds or permit steps says so under its choice.
      if let chosen = desk.templates.first(where: { $0.id == form.value(CaseAction.Field.template) }
      ),
        !chosen.fits(item)
      {
        form.setProblem(
          CaseAction.Field.template, .field(.templateFits(kinds: chosen.kinds, steps: chosen.steps))
        )
      }
    }
  }

  /// Ctrl-S: the form checked, and the effect that records it; or the form with the
  /// problems under its fields, nothing recorded.
  static func submit(_ form: inout Form, _ context: ScreenContext) -> [ScreenRequest] {
    let desk = context.desk
    form.problem = nil
    if let finding = FindingForms.submit(&form, context) { return finding }
    if desk.readOnly != nil {
      // Every form saves by writing a log: refused before anything is tried, the form kept.
      form.problem = .office(.readOnlyRefusal)
      return []
    }
    func checked<Value>(_ result: Checked<Value, Form>, _ effect: (Value) -> Effect?)
      -> [ScreenRequest]
    {
      switch result {
      case .failure(let problems):
        form = problems
        return []
      case .success(let value):
        return effect(value).map { [.effect($0)] } ?? [.closeOverlay]
      }
    }
    switch form.purpose {
    case .intake:
      return checked(IntakeForm.validate(form)) { .openVisit($0) }
    case .action(let action, let id, let version):
      guard let item = desk.item(id) else { return [] }
      return checked(
        CaseAction.validate(
          action, from: form, channel: item.id.channel, timeZone: context.timeZone,
          now: context.now)
      ) { .execute($0, on: id, expectedVersion: version) }
    case .resolveOnSpot(let id, let version):
      return checked(OnSpotForm.validate(form)) {
        .execute($0, on: id, expectedVersion: version)
      }
    case .contactEdit(let key):
      return checked(
        ContactEditForm.validate(
          form, key: key, currentName: desk.contacts.contact(for: key)?.name,
          currentRoles: desk.contacts.contact(for: key)?.roles ?? [])
      ) { edits in edits.isEmpty ? nil : .editContact(edits) }
    case .attach(let id, let version):
      return checked(AttachForm.validate(form)) {
        .attachFile($0, on: id, expectedVersion: version)
      }
    case .contactMerge(let key):
      return checked(ContactMergeForm.validate(form, key: key)) { .editContact([$0]) }
    case .contactTouch(let key):
      return checked(
        ContactTouchForm.validate(form, key: key, account: desk.user, now: context.now)
      ) { .editContact([$0]) }
    case .survey(let id, let surveyID):
      guard let survey = desk.surveys[surveyID] else { return [] }
      return checked(SurveyForm.validate(form, survey)) {
        .recordSurvey(id, surveyID: surveyID, answers: $0, program: SurveyForm.program(form))
      }
    case .satisfaction(let id):
      return checked(SatisfactionForm.validate(form)) {
        .recordSatisfaction(id, score: $0)
      }
    case .inboxFilter, .inboxViews, .jumpToCase:
      return []  // submitted above, read-only or not
    }
  }
}
