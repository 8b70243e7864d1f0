import Domain
import JSONStore

/// The domain's words (CONTRACTS.md) as the interface says them, in both languages. The ids
/// (`open`, `complaint`…) stay in files and on the command line; people read these.
extension UIText {
  func status(_ status: CaseStatus) -> String {
    switch status {
    case .new: self("new", "جديدة")
    case .open: self("open", "مفتوحة")
    case .waiting: self("waiting", "بانتظار")
    case .authority: self("authority", "لدى الجهة")
    case .resolved: self("resolved", "معالجة")
    case .closed: self("closed", "مغلقة")
    }
  }

  func kind(_ kind: CaseKind) -> String {
    switch kind {
    case .inquiry: self("inquiry", "استفسار")
    case .complaint: self("complaint", "شكوى")
    case .suggestion: self("suggestion", "اقتراح")
    case .permit: self("permit", "تصريح")
    case .service: self("service", "خدمة")
    }
  }

  /// The list's short kind: four columns.
  func kindCode(_ kind: CaseKind) -> String {
    switch kind {
    case .inquiry: self("inq", "سؤال")
    case .complaint: self("cmpl", "شكوى")
    case .suggestion: self("sugg", "مقترح")
    case .permit: self("prmt", "تصريح")
    case .service: self("serv", "خدمة")
    }
  }

  func priority(_ priority: Priority) -> String {
    switch priority {
    case .low: self("low", "منخفضة")
    case .normal: self("normal", "عادية")
    case .high: self("high", "عالية")
    case .urgent: self("urgent", "عاجلة")
    }
  }

  func channel(_ channel: Channel) -> String {
    isArabic ? channel.title.ar : channel.title.en
  }

  /// The list's short channel: three or four columns.
  func channelCode(_ channel: Channel) -> String {
    switch channel {
    case .visit: self("VIS", "حضور")
    case .phone: self("PHN", "هاتف")
    case .social: self("SOC", "تواصل")
    case .letter: self("LET", "خطاب")
    case .volunteer: self("VOL", "تطوع")
    case .website: self("WEB", "موقع")
    }
  }

  func permitStep(_ step: PermitStep) -> String {
    switch step {
    case .received: self("received", "مستلم")
    case .submitted: self("submitted", "مرفوع للجهة")
    case .approved: self("approved", "موافق عليه")
    case .rejected: self("rejected", "مرفوض")
    case .notified: self("notified", "أُبلغ مقدمه")
    }
  }

  func phoneProblem(_ problem: PhoneNumber.Problem) -> String {
    guard isArabic else { return problem.message }
    return switch problem {
    case .empty: "اكتب رقم الجوال."
    case .invalidCharacter(let character):
      "«\(character)» ليس من رقم الهاتف؛ استعمل الأرقام والمسافات والشرطات و+ في أوله."
    case .wrongLength(let digits):
      "رقم الهاتف من 8 إلى 15 رقمًا مع رمز الدولة؛ هذا فيه \(digits)."
    case .notASaudiNumber:
      "الرقم السعودي 9 أرقام بعد 966 (الجوال يبدأ بـ 5، مثل 05XXXXXXXX)."
    }
  }

  /// Why a case action was refused, in the interface's language.
  func rejection(_ rejection: CaseRejection) -> String {
    guard isArabic else { return rejection.message }
    return switch rejection {
    case .noSuchCase: "لا توجد حالة بهذا الرقم."
    case .alreadyExists(let id): "\(id) موجودة من قبل."
    case .required(let what): "\(what): مطلوب."
    case .closed: "الحالة مغلقة؛ أعد فتحها أولًا."
    case .merged(let into): "دُمجت الحالة في \(into)؛ اعمل على تلك الحالة."
    case .notInStatus(let status, _): "لا يمكن ذلك وحالتها «\(self.status(status))»."
    case .notAPermit: "خطوات التصريح لطلبات التصاريح فقط."
    case .permitStep(let step, _): "التصريح في خطوة «\(permitStep(step))»؛ لا يمكن ذلك الآن."
    case .nothingChanged: "لا شيء سيتغير."
    case .selfReference: "لا تشير الحالة إلى نفسها."
    }
  }

  /// Why the log refused to save, in the interface's language (the common cases; the rest
  /// are rare enough to be read in English, with the file name they carry).
  func storageProblem(_ error: LogError) -> String {
    guard isArabic else { return error.description }
    switch error {
    case .conflict(let conflict):
      let who = conflict.lastActor.map { " من \($0)" } ?? ""
      let when = conflict.lastTimestamp.map { " في \($0.rfc3339)" } ?? ""
      return "عُدّلت \(conflict.stream)\(who)\(when) أثناء عملك عليها؛ أُعيد تحميلها."
    case .io(let file, let problem) where problem.isNoSpace:
      return "القرص ممتلئ: لم يُحفظ شيء في \(file). وفّر مساحة ثم أعد المحاولة."
    case .io(let file, let problem) where problem.isReadOnly:
      return "لا يمكن الكتابة في \(file): لم يُحفظ شيء. تحقق من القرص والصلاحيات."
    case .io(let file, _):
      return "تعذّر الحفظ في \(file): لم يُحفظ شيء. أعد المحاولة؛ وإن تكرر فتحقق من القرص."
    case .recordTooLarge:
      return "هذا التغيير أكبر من حد السجل الواحد؛ اختصر النص."
    default:
      return error.description
    }
  }
}
