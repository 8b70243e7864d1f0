import Domain
import Foundation
import Glibc
import JSONStore

/// What a user has typed in an open form and not yet saved, kept in `DATA/drafts/USER.json`
/// (0600, in a 0700 folder) after every keystroke, so a crash or Ctrl-C loses nothing: the
/// next start puts the form back on screen.
///
/// Written to a temporary file and renamed over the draft, so a draft is whole or absent.
/// Not fsynced: it guards against the program stopping, and a sync per keystroke would make
/// typing wait on the disk.
struct DraftStore {
  let directory: String
  let user: String

  init(dataPath: String, user: String) {
    directory = dataPath + "/drafts"
    self.user = user
  }

  var path: String {
    let safe = user.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }
    return "\(directory)/\(String(safe)).json"
  }

  /// Keeps the form; a failure is returned as a sentence, never thrown at the typist.
  @discardableResult
  func save(_ form: Form) -> String? {
    let object = Self.encode(form)
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else {
      return "The draft could not be encoded."
    }
    mkdir(directory, 0o700)
    let temporary = path + ".tmp"
    // Never through a link someone left at the temporary name.
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else {
      return "The draft cannot be kept in \(directory): \(String(cString: strerror(errno)))."
    }
    let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
    guard written == data.count, rename(temporary, path) == 0 else {
      unlink(temporary)
      return "The draft could not be written to \(directory) (is the disk full?)."
    }
    return nil
  }

  func discard() {
    unlink(path)
  }

  /// The form left behind by the last run, rebuilt against the office as it is now.
  func load(desk: Desk, today: String) -> Form? {
    guard let bytes = try? RegularFile.read(path, shown: "drafts"),
      let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    else { return nil }
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
    case .contactEdit, .contactMerge:
      object["purpose"] = "contact"
    case .survey(let id, _):
      object["purpose"] = "survey"
      object["case"] = id?.description
    case .satisfaction(let id):
      object["purpose"] = "satisfaction"
      object["case"] = id.description
    }
    return object
  }

  static func decode(_ object: [String: Any], desk: Desk, today: String) -> Form? {
    let values = object["fields"] as? [String: String] ?? [:]
    var form: Form
    switch object["purpose"] as? String {
    case "intake":
      form = IntakeForm.make(office: desk.office, language: desk.language)
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
      form = OnSpotForm.make(
        id, version: object["version"] as? Int ?? item.version, desk.text)
    default:
      return nil
    }
    for (id, value) in values { form.restore(id, value) }
    return form
  }
}
