/// Bytes recovery cut from the end of a log (a write cut short) and kept in `quarantine/`:
/// what the desk names so that a person can look at them.
struct SetAside: Equatable, Sendable {
  /// The log, as the data folder names it: `channels/visit.jsonl`.
  var log: String
  /// The file that holds the bytes, from the data folder: `quarantine/visit.….torn`.
  var quarantine: String
  var bytes: Int

  /// One notice for everything set aside at once: each log with its quarantine file.
  static func notice(_ setAside: [SetAside], _ text: UIText) -> String {
    let english = setAside.map { "\($0.log) (\($0.bytes) bytes, now in \($0.quarantine))" }
    let arabic = setAside.map {
      "\($0.log) (\(text.number($0.bytes)) بايت، في \($0.quarantine))"
    }
    return text(
      "An unfinished write was cut from \(english.joined(separator: ", ")) and kept in quarantine; nothing saved was lost, and the file there can be looked at or removed by whoever looks after the office.",
      "قُطعت كتابة لم تكتمل من \(arabic.joined(separator: "، ")) وحُفظت في الحجر (quarantine)؛ لم يضِع شيء محفوظ، ولمسؤول المكتب أن يراجع الملف هناك أو يحذفه."
    )
  }
}
