import Domain

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
    case .fileHint: "مسار خطاب ممسوح أو صورة هوية أو قرار (٢٥ ميغابايت على الأكثر)"
    case .attached(let id, let name): "\(id): أُرفق \(name)"
    case .pathRequired: "اكتب مسار الملف المراد إرفاقه."
    case .keyWord: "إرفاق"
    }
  }
}
