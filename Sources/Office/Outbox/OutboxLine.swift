import Domain
import Foundation

/// One pending message as `relations outbox` prints it for a bridge (CONTRACTS.md "Outbox"):
/// `{"id","case","to","medium","kind","text","language","createdAt"}`, and for a survey
/// invitation `survey` and `question`.
public enum OutboxLine {
  public static func encode(_ pending: OfficeStore.PendingMessage) -> String {
    let message = pending.state.message
    var line = JSONObjectWriter()
    line.add("id", message.id)
    line.add("case", pending.caseID.description)
    line.add("to", message.to)
    line.add("medium", message.medium.rawValue)
    line.add("kind", message.kind.rawValue)
    line.add("text", message.text)
    line.add("language", message.language.rawValue)
    line.add("createdAt", CaseEventCodec.rfc3339(pending.state.queuedAt))
    line.add("survey", message.survey)
    line.add("question", message.question)
    return String(decoding: line.finished, as: UTF8.self)
  }
}
