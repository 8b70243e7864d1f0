import Domain

/// The inbox's filter bar (`f`): one choice per dimension (the view, channel, kind, status,
/// assignee, program and party), each with "any", and a name that saves the filters as a
/// view of the member of staff at the desk.
enum InboxFilterForm {
  /// The form's fields; the raw value is the field's id.
  enum Field: String, FormFieldID, CaseIterable {
    case view, channel, kind, status, assignee, program, party, name
  }

  /// The longest name a view may have: it is shown in the tabs row.
  static let nameLimit = 40

  /// The bar over the filters in force. The name starts empty: saving over a view is asked
  /// for by typing its name, never done by applying a change to it.
  static func make(_ query: InboxQuery, desk: Desk) -> Form {
    func choices<Value>(_ values: [Value], _ raw: (Value) -> String, _ label: (Value) -> Phrase)
      -> [FormField.Choice]
    {
      [.init(value: "", label: .find(.any))]
        + values.map { .init(value: raw($0), label: label($0)) }
    }
    func field(_ id: Field, _ dimension: FindPhrase.Dimension, _ choices: [FormField.Choice])
      -> FormField
    {
      FormField(id, label: .find(.dimension(dimension)), input: .choice(choices))
    }
    var form = Form(
      title: .find(.filterTitle), purpose: .inboxFilter,
      fields: [
        FormField(
          Field.view, label: .find(.dimension(.view)),
          input: .choice(
            InboxQuery.View.allCases.map { .init(value: $0.rawValue, label: .inbox(.view($0))) })),
        field(
          .channel, .channel,
          choices(Channel.allCases, \.rawValue) { .vocabulary(.channel($0)) }),
        field(.kind, .kind, choices(CaseKind.allCases, \.rawValue) { .vocabulary(.kind($0)) }),
        field(
          .status, .status, choices(CaseStatus.allCases, \.rawValue) { .vocabulary(.status($0)) }),
        field(.assignee, .assignee, choices(desk.office.staff, \.account) { .plain($0.name) }),
        field(.program, .program, choices(desk.office.programs, \.id) { .localized($0.name) }),
        field(.party, .party, choices(ContactRole.allCases, \.rawValue) { .screen(.role($0)) }),
        FormField(Field.name, label: .find(.saveAs), input: .line, limit: nameLimit),
      ])
    form.set(Field.view, query.view.rawValue)
    form.set(Field.channel, query.channel?.rawValue ?? "")
    form.set(Field.kind, query.kind?.rawValue ?? "")
    form.set(Field.status, query.status?.rawValue ?? "")
    form.set(Field.assignee, query.assignee ?? "")
    form.set(Field.program, query.program ?? "")
    form.set(Field.party, query.party?.rawValue ?? "")
    // The form opens on its first field, View, as every form does.
    form.focus = 0
    return form
  }

  /// The filters chosen (the search and order of `query` kept), and the name to save them
  /// under (nil: not saved); or the form with the problem under the name.
  static func validate(_ form: Form, keeping query: InboxQuery) -> Checked<
    (InboxQuery, name: String?), Form
  > {
    var filtered = query
    filtered.view = InboxQuery.View(rawValue: form.value(Field.view)) ?? .allOpen
    filtered.channel = Channel(rawValue: form.value(Field.channel))
    filtered.kind = CaseKind(rawValue: form.value(Field.kind))
    filtered.status = CaseStatus(rawValue: form.value(Field.status))
    filtered.assignee = form.value(Field.assignee).nonEmpty
    filtered.program = form.value(Field.program).nonEmpty
    filtered.party = ContactRole(rawValue: form.value(Field.party))
    let name = form.value(Field.name).trimmingSpaces
    guard name.count <= nameLimit else {
      var checked = form
      checked.setProblem(Field.name, .find(.viewNameTooLong(limit: nameLimit)))
      return .failure(checked)
    }
    return .success((filtered, name.nonEmpty))
  }
}

extension String {
  /// The text, or nil when it is empty: a choice of "any" is no filter.
  fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
