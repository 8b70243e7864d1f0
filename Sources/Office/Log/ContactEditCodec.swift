import Domain
import Foundation
import JSONStore

/// Contact edits ⇄ records of `channels/contacts.jsonl`, the one log that is no channel:
/// what staff change about a person (CONTRACTS.md allows such files; the README names it).
public enum ContactEditCodec {
  /// The log's name beside the six channels.
  public static let logName = "contacts"

  public static func encode(_ edit: ContactEdit) -> (stream: String, type: String, data: [UInt8]) {
    var data = JSONObjectWriter()
    switch edit {
    case .rename(let key, let name):
      data.add("key", key.text)
      data.add("name", name)
      return (key.text, "contact.renamed", data.finished)
    case .addKey(let key, let newKey):
      data.add("key", key.text)
      data.add("newKey", newKey.text)
      return (key.text, "contact.keyAdded", data.finished)
    case .merge(let key, let into):
      data.add("key", key.text)
      data.add("into", into.text)
      return (key.text, "contact.merged", data.finished)
    case .setRoles(let key, let roles):
      data.add("key", key.text)
      data.add("roles", ContactRole.allCases.filter(roles.contains).map(\.rawValue))
      return (key.text, "contact.roles", data.finished)
    case .keepInTouch(let key, let touch):
      // Who and when are the envelope's actor and ts, never repeated in data.
      data.add("key", key.text)
      data.add("kind", touch.kind.rawValue)
      data.add("note", touch.note)
      return (key.text, "contact.touched", data.finished)
    }
  }

  /// `decode(type:data:)`, with who and when taken from the record's envelope, as a touch
  /// (`contact.touched`) needs.
  public static func decode(_ view: RecordView) -> ContactEdit? {
    guard view.type == "contact.touched" else { return decode(type: view.type, data: view.data) }
    guard let object = try? JSONValue.parse(view.data),
      let key = object["key"]?.string.flatMap(ContactKey.init(text:)),
      let kind = object["kind"]?.string.flatMap(ContactTouch.Kind.init(rawValue:)),
      let note = object["note"]?.string
    else { return nil }
    return .keepInTouch(
      key, ContactTouch(kind: kind, note: note, at: Date(view.timestamp), by: view.actor))
  }

  public static func decode(type: String, data: UnsafeRawBufferPointer) -> ContactEdit? {
    guard let object = try? JSONValue.parse(data),
      let key = object["key"]?.string.flatMap(ContactKey.init(text:))
    else { return nil }
    switch type {
    case "contact.renamed":
      return object["name"]?.string.map { .rename(key, name: $0) }
    case "contact.keyAdded":
      return object["newKey"]?.string.flatMap(ContactKey.init(text:)).map {
        .addKey(key, newKey: $0)
      }
    case "contact.merged":
      return object["into"]?.string.flatMap(ContactKey.init(text:)).map { .merge(key, into: $0) }
    case "contact.roles":
      let roles = Set(
        (object["roles"]?.array ?? []).compactMap { $0.string.flatMap(ContactRole.init(party:)) })
      return roles.isEmpty ? nil : .setRoles(key, roles: roles)
    default:
      return nil
    }
  }
}
