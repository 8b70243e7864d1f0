import Domain
import Office

extension Arabic {
  func words(_ phrase: AttachmentPhrase) -> String {
    switch phrase {
    case .attachedEvent(let name): "أُرفق ملف " + name
    case .heading(let count): "المرفقات (\(number(count)))"
    case .line(let name, let size, let type, let who, let when, let hash):
      "\(name) · \(digits(English.size(size))) · \(type) · \(who) · \(when) · \(hash)"
    case .formTitle(let id): "إرفاق ملف بالحالة \(id)"
    case .fileField: "الملف"
    case .noteField: "ملاحظة"
    case .attached(let id, let name): "\(id): أُرفق \(name)"
    case .pathRequired: "اكتب مسار الملف المراد إرفاقه."
    case .keyWord: "إرفاق"
    case .refused(let reason):
      switch reason {
      case .missing(let path): "لا يوجد ملف \(path)؛ اكتب مسار الملف المراد إرفاقه."
      case .notRegular(let path, let kind):
        "\(path) \(Self.kindWords(kind)) وليس ملفًا عاديًا، فلم يُرفق شيء؛ اختر الملف نفسه."
      case .tooLarge(let path, _):
        "\(path) أكبر من \(number(25)) ميغابايت، فلم يُرفق شيء؛ امسحه بدقة أقل أو قسّمه."
      case .unreadable(let path, let why):
        "تعذرت قراءة \(path) (\(why))؛ تحقق من المسار ومن صلاحية القراءة."
      case .cannotStore(let why, let full):
        "تعذر حفظ المرفق في المكتب\(full ? " (القرص ممتلئ)" : ""): \(why)؛ لم يُرفق شيء."
      case .notHeld(let hash): "لا يحفظ المكتب مرفقًا بالبصمة \(hash)."
      case .damaged(let hash):
        "تغيّر محتوى attachments/\(hash) عما حُفظ به؛ استرجعه من نسخة احتياطية."
      case .unreadableStored(let hash, let why):
        "تعذرت قراءة attachments/\(hash) (\(why))؛ شغّل relations check."
      }
    }
  }

  /// What stands at a path instead of a regular file.
  static func kindWords(_ kind: AttachmentStore.FileKind) -> String {
    switch kind {
    case .symbolicLink: "رابط رمزي"
    case .fifo: "أنبوب مسمّى (FIFO)"
    case .folder: "مجلد"
    case .device: "جهاز"
    case .socket: "مقبس"
    case .other: "ليس ملفًا عاديًا"
    }
  }
}
