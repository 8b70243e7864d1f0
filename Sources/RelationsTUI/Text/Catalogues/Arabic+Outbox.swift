import Domain

extension Arabic {
  func words(_ phrase: OutboxPhrase) -> String {
    switch phrase {
    case .medium(let medium):
      switch medium {
      case .sms: "رسالة نصية"
      case .whatsapp: "واتساب"
      case .email: "بريد إلكتروني"
      case .directMessage: "رسالة خاصة"
      case .letter: "خطاب"
      }
    case .kind(let kind):
      switch kind {
      case .reply: "رد"
      case .decision: "إشعار بالقرار"
      case .surveyInvitation: "دعوة إلى الاستبانة"
      }
    case .status(let status):
      switch status {
      case .queued: "في الانتظار"
      case .sent: "أُرسلت"
      case .delivered: "وصلت"
      case .failed: "تعذّر التسليم"
      }
    case .queuedEvent(let message):
      "\(words(OutboxPhrase.kind(message.kind))) يُرسل عبر \(words(OutboxPhrase.medium(message.medium))) إلى \(message.to)"
    case .receiptEvent(let receipt):
      "\(receipt.message): \(words(OutboxPhrase.status(receipt.status)))"
        + (receipt.reason.map { " — " + $0 } ?? "")
    case .answeredEvent(let message): "أُجيبت \(message)"
    case .state(let status, let reason):
      "← " + words(OutboxPhrase.status(status)) + (reason.map { ": " + $0 } ?? "")
    case .sendField: "الإرسال عبر"
    case .notSent: "لا يُرسل (أُبلغ حضوريًا أو باتصال)"
    case .unreachable(let medium):
      "لا يوجد لدى صاحب الحالة ما يُرسل إليه عبر \(words(OutboxPhrase.medium(medium)))؛ اختر وسيلة أخرى، أو سجّله على أنه أُبلغ حضوريًا أو باتصال."
    case .unknownMessage(let id): "لا توجد في الحالة رسالة صادرة \(id)."
    case .failedMark: "تعذّر التسليم"
    case .sendChoice(let medium, let to):
      to.isEmpty
        ? words(OutboxPhrase.medium(medium)) : "\(words(OutboxPhrase.medium(medium))) إلى \(to)"
    case .failedNotice(let reason):
      "تعذّر التسليم" + (reason.map { ": " + $0 } ?? "") + " — اتصل بصاحب الحالة بدلًا من ذلك"
    case .replyQueued(let id, let medium):
      "\(id): سُجّل الرد ووُضع في الصادر ليُرسل عبر \(words(OutboxPhrase.medium(medium)))."
    case .heading(let queued, let failed, let sent, let showing):
      "الصادر: في الانتظار \(number(queued)) · تعذّر تسليمها \(number(failed)) · أُرسلت أو وصلت \(number(sent))"
        + " — المعروض: \(words(OutboxPhrase.filter(showing)))"
    case .filter(let filter):
      switch filter {
      case .all: "الكل"
      case .pending: "في الانتظار"
      case .failed: "تعذّر تسليمها"
      case .sent: "أُرسلت أو وصلت"
      }
    case .column(let column):
      switch column {
      case .queued: "وُضعت"
      case .caseID: "الحالة"
      case .kind: "النوع"
      case .medium: "الوسيلة"
      case .to: "إلى"
      case .state: "وضعها"
      }
    case .noMessages(let filter):
      switch filter {
      case .all: "لم يُرسل المكتب أي رسالة بعد."
      case .pending: "لا توجد رسالة في انتظار الإرسال."
      case .failed: "لا توجد رسالة تعذّر تسليمها."
      case .sent: "لا توجد رسالة أُرسلت أو وصلت بعد."
      }
    case .heldBack: "موقوفة، لن تُرسل"
    case .stateCell(let status, let reason):
      words(OutboxPhrase.status(status)) + (reason.map { ": " + $0 } ?? "")
    }
  }
}
