import Office

/// The desk's sentences about the state of the office: read-only, and bytes set aside.
extension ReadOnlyReason {
  /// The banner: the office is read-only, why, and what it means for the user.
  func banner(_ text: UIText) -> String {
    let why =
      switch cause {
      case .readOnlyFileSystem:
        text(
          "the disk holding \(path) is mounted read-only",
          "القرص الذي يحمل \(path) مركّب للقراءة فقط")
      case .noPermission:
        text("this account may not write \(path)", "هذا الحساب لا يملك إذن الكتابة في \(path)")
      case .openedReadOnly:
        text("it was opened for reading only", "فُتح للقراءة فقط")
      }
    return text(
      "The office is open read-only: \(why); nothing can be saved until whoever looks after this computer makes it writable.",
      "المكتب مفتوح للقراءة فقط: \(why)؛ لا يُحفظ شيء حتى يتيح مسؤول هذا الجهاز الكتابة فيه.")
  }

  /// The sentence on a form whose Ctrl-S was refused.
  static func refusal(_ text: UIText) -> String {
    text(
      "The office is open read-only, so this cannot be saved; what you typed stays here until you leave the form.",
      "المكتب مفتوح للقراءة فقط، فلا يمكن حفظ هذا؛ ما كتبته يبقى هنا حتى تغادر النموذج.")
  }
}

extension SetAside {
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
