import Domain
import Foundation

/// What a user has typed in an open form and not yet saved, kept in `DATA/drafts/USER.json`
/// (a `PersonalFile`) after every keystroke, so a crash or Ctrl-C loses nothing: the next
/// start puts the form back on screen.
struct DraftStore {
  let file: PersonalFile

  init(dataPath: String, user: String) {
    file = PersonalFile(dataPath: dataPath, folder: "drafts", user: user)
  }

  var path: String { file.path }
  var directory: String { file.directory }

  /// Keeps the form; a failure is returned as a sentence, never thrown at the typist.
  @discardableResult
  func save(_ form: Form) -> Phrase? {
    let object = Self.encode(form)
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else {
      return .office(.draftNotEncoded)
    }
    switch file.write(data) {
    case nil: return nil
    case .cannotCreate(let reason)?:
      return .office(.draftCannotBeKept(directory: directory, reason: reason))
    case .notWritten?:
      return .office(.draftNotWritten(directory: directory))
    }
  }

  func discard() {
    file.remove()
  }

  /// The form left behind by the last run, rebuilt against the office as it is now.
  func load(desk: Desk, today: String) -> Form? {
    guard let object = file.readObject(shown: "drafts") else { return nil }
    return Self.decode(object, desk: desk, today: today)
  }

  static func encode(_ form: Form) -> [String: Any] {
    var object: [String: Any] = [
      "fields": Dictionary(form.fields.map { ($0.id, $0.value) }, uniquingKeysWith: { $1 })
    ]
    switch form.purpose {
    case .intake:
      object["purpose"] = "intake"
    case .action(let action, let id, let version):
      object["purpose"] = "action"
      object["action"] = action.rawValue
      object["case"] = id.description
      object["version"] = version
    case .resolveOnSpot(let id, let version):
      object["purpose"] = "resolveOnSpot"
      object["case"] = id.description
      object["version"] = version
    case .contactEdit, .contactMerge, .contactTouch:
      object["purpose"] = "contact"
    case .survey(let id, _):
      object["purpose"] = "survey"
      object["case"] = id?.description
    case .satisfaction(let id):
      object["purpose"] = "satisfaction"
      object["case"] = id.description
    case .inboxFilter, .inboxViews, .jumpToCase, .attach:
      object["purpose"] = "finding"  // never kept: these forms save no draft
    }
    return object
  }

  static func decode(_ object: [String: Any], desk: Desk, today: String) -> Form? {
    let values = object["fields"] as? [String: String] ?? [:]
    var form: Form
    switch object["purpose"] as? String {
    case "intake":
      // A "New case" draft names its channel: its form has that channel's fields.
      if let channel = values[IntakeForm.Field.channel.rawValue].flatMap(Channel.init) {
        form = IntakeForm.make(office: desk.office, channel: channel)
      } else {
        form = IntakeForm.make(office: desk.office)
      }
    case "action":
      guard let action = (object["action"] as? String).flatMap(CaseAction.init(rawValue:)),
        let id = (object["case"] as? String).flatMap(CaseID.init), let item = desk.item(id),
        case .success(let prompt) = CaseAction.prompt(action, for: item, desk: desk, today: today)
      else { return nil }
      form = prompt
      // The version the user saw when they started typing: a change since then is a conflict.
      form.purpose = .action(action, id, version: object["version"] as? Int ?? item.version)
    case "resolveOnSpot":
      guard let id = (object["case"] as? String).flatMap(CaseID.init), let item = desk.item(id)
      else { return nil }
      form = OnSpotForm.make(id, version: object["version"] as? Int ?? item.version)
    default:
      return nil
    }
    for (id, value) in values { form.restore(id, value) }
    if form.purpose == .intake {
      // A permit's own fields exist once the kind is restored: restore them then.
      IntakeForm.fitToKind(&form)
      for (id, value) in values { form.restore(id, value) }
    }
    return form
  }
}
