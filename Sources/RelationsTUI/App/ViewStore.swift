import Domain
import Foundation

/// The inbox views a member of staff saved (`f`, a name), kept in `DATA/views/USER.json`
/// (0600, in a 0700 folder; in a shared office the folder is 1770, sticky, so nobody
/// replaces another person's file) so each person finds their own views at the next start.
///
/// Kept as a `PersonalFile`; a view the file cannot describe is skipped.
struct ViewStore {
  let file: PersonalFile

  init(dataPath: String, user: String) {
    file = PersonalFile(dataPath: dataPath, folder: "views", user: user)
  }

  var path: String { file.path }

  /// Keeps the views; a failure is returned as a sentence, never thrown at the user.
  @discardableResult
  func save(_ views: [SavedView]) -> Phrase? {
    let object: [String: Any] = ["views": views.map(Self.encode)]
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    else { return .find(.viewsNotSaved(path: path, reason: "not encodable")) }
    switch file.write(data) {
    case nil: return nil
    case .cannotCreate(let reason)?, .notWritten(let reason)?:
      return .find(.viewsNotSaved(path: path, reason: reason))
    }
  }

  /// The views saved before; none when there is no file or it cannot be read.
  func load() -> [SavedView] {
    guard let views = file.readObject(shown: "views")?["views"] as? [[String: Any]] else {
      return []
    }
    return views.compactMap(Self.decode)
  }

  static func encode(_ view: SavedView) -> [String: Any] {
    let query = view.query
    var object: [String: Any] = ["name": view.name, "view": query.view.rawValue]
    object["channel"] = query.channel?.rawValue
    object["kind"] = query.kind?.rawValue
    object["status"] = query.status?.rawValue
    object["assignee"] = query.assignee
    object["program"] = query.program
    object["party"] = query.party?.rawValue
    return object
  }

  static func decode(_ object: [String: Any]) -> SavedView? {
    guard let name = object["name"] as? String, !name.isEmpty,
      let view = (object["view"] as? String).flatMap(InboxQuery.View.init(rawValue:))
    else { return nil }
    let query = InboxQuery(
      view: view, channel: (object["channel"] as? String).flatMap(Channel.init(rawValue:)),
      kind: (object["kind"] as? String).flatMap(CaseKind.init(rawValue:)),
      status: (object["status"] as? String).flatMap(CaseStatus.init(rawValue:)),
      assignee: object["assignee"] as? String, program: object["program"] as? String,
      party: (object["party"] as? String).flatMap(ContactRole.init(party:)))
    return SavedView(name: name, query: query)
  }
}
