import Domain

/// The inbox's views by name (`V`): the built-in ones, then those the member of staff at
/// the desk saved; Enter shows the one chosen.
enum ViewPickerForm {
  /// The form's one field; the raw value is the field's id.
  enum Field: String, FormFieldID, CaseIterable {
    case view
  }

  /// A view as the picker's choice names it.
  enum Choice: Equatable, Sendable {
    case builtIn(InboxQuery.View)
    case saved(String)

    var value: String {
      switch self {
      case .builtIn(let view): "builtin:" + view.rawValue
      case .saved(let name): "saved:" + name
      }
    }

    init?(value: String) {
      if value.hasPrefix("builtin:") {
        guard let view = InboxQuery.View(rawValue: String(value.dropFirst(8))) else { return nil }
        self = .builtIn(view)
      } else if value.hasPrefix("saved:") {
        self = .saved(String(value.dropFirst(6)))
      } else {
        return nil
      }
    }
  }

  /// The picker, each view named with how many cases it shows (`counts`, by choice value).
  static func make(saved: [SavedView], current: Choice, counts: [String: Int] = [:]) -> Form {
    func label(_ choice: Choice, _ name: Phrase) -> Phrase {
      counts[choice.value].map { .find(.withCount(name, count: $0)) } ?? name
    }
    let choices: [FormField.Choice] =
      InboxQuery.View.allCases.map {
        .init(value: Choice.builtIn($0).value, label: label(.builtIn($0), .inbox(.view($0))))
      }
      + saved.map {
        .init(
          value: Choice.saved($0.name).value,
          label: label(.saved($0.name), .find(.savedView($0.name))))
      }
    var form = Form(
      title: .find(.viewsTitle), purpose: .inboxViews,
      fields: [FormField(Field.view, label: .find(.dimension(.view)), input: .choice(choices))])
    form.set(Field.view, current.value)
    return form
  }

  static func chosen(_ form: Form) -> Choice? {
    Choice(value: form.value(Field.view))
  }
}
