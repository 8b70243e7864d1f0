import Domain
import Office

extension English {
  func words(_ phrase: AttachmentPhrase) -> String {
    switch phrase {
    case .attachedEvent(let name): "attached " + name
    case .heading(let count): "Attachments (\(count))"
    case .line(let name, let size, let type, let who, let when, let hash):
      "\(name) · \(Self.size(size)) · \(type) · \(who) · \(when) · \(hash)"
    case .formTitle(let id): "Attach a file to \(id)"
    case .fileField: "File"
    case .noteField: "Note"
    case .attached(let id, let name): "\(id): attached \(name)"
    case .pathRequired: "Give the path of the file to attach."
    case .keyWord: "attach"
    case .refused(let reason): AttachmentStore.Failure(reason).description
    }
  }

  /// A size as people read it: bytes, KB or MB (1 KB = 1024 bytes).
  static func size(_ bytes: Int) -> String {
    if bytes < 1024 { return "\(bytes) B" }
    if bytes < 1024 * 1024 { return "\((bytes + 512) / 1024) KB" }
    let tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024)
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
