import Domain
import JSONStore
import Office

/// The interface in Arabic, with Arabic-Indic digits (٠١٢…) when the office asks for them.
struct Arabic: Catalogue {
  var indicDigits = false

  func plural(_ count: Int) -> PluralCategory { .arabic(count) }

  func digits(_ text: String) -> String {
    indicDigits ? ArabicIndicDigits.convert(text) : text
  }

  func words(_ text: LocalizedText) -> String { text.text(in: .arabic) }

  // MARK: Forms

  func words(_ phrase: FormPhrase) -> String {
    switch phrase {
    case .newVisit: "مقابلة حضورية جديدة"
    case .action(let action, let id): "\(id) · " + title(action, id)
    case .onSpot(let id): "\(id) · أُجيب في الحال"
    case .satisfaction(let id): "\(id) · ما مدى رضا الزائر؟ (اسأله)"
    case .survey(let id, let title):
      (id.map { "\($0) · " } ?? "دون حالة · ") + words(title) + " (تسأله أنت)"
    case .mergeInto(let title): "\(title) · دمج في"
    case .keepInTouch(let title): "\(title) · شكر أو إبلاغ"
    case .phone: "الجوال"
    case .name: "الاسم"
    case .kind: "النوع"
    case .subject: "الموضوع"
    case .details: "التفاصيل"
    case .program: "البرنامج"
    case .priority: "الأولوية"
    case .assignTo: "إسناد إلى"
    case .status: "الحالة"
    case .reason: "السبب"
    case .note: "الملاحظة"
    case .template: "القالب"
    case .reply: "الرد"
    case .resolution: "ما تم"
    case .why: "السبب"
    case .reference: "المرجع"
    case .date: "التاريخ (YYYY-MM-DD)"
    case .decision: "القرار"
    case .how: "الطريقة"
    case .detail: "تفصيل"
    case .score: "الدرجة"
    case .addPhone: "جوال آخر"
    case .addEmail: "بريد آخر"
    case .sameAs: "هو نفسه"
    case .department: "القسم"
    case .tags: "الوسوم (بينها فواصل)"
    case .duplicateOf: "تكرار للحالة"
    case .relatedCase: "حالة ذات صلة"
    case .touchKind: "ما الذي تم"
    case .touch(let kind):
      switch kind {
      case .thanked: "شُكر"
      case .informed: "أُبلغ بأثر دعمه"
      }
    case .nobody: "لا أحد (غير مسندة)"
    case .noTemplate: "بلا قالب"
    case .noProgram: "لا يوجد"
    case .noDepartment: "لا يوجد"
    case .statusChoice(let choice):
      switch choice {
      case .waiting: "بانتظار المستفيد"
      case .resume: "استئناف (مفتوحة)"
      case .close: words(VocabularyPhrase.status(.closed))
      }
    case .notification(let means):
      switch means {
      case .phoneCall: "اتصال هاتفي"
      case .sms: "رسالة نصية"
      case .inPerson: "حضوريًا"
      case .letter: "خطاب"
      case .email: "بريد إلكتروني"
      }
    case .satisfactionScore(let score):
      switch score {
      case .verySatisfied: "5 راضٍ جدًا"
      case .satisfied: "4 راضٍ"
      case .neutral: "3 محايد"
      case .dissatisfied: "2 غير راضٍ"
      case .veryDissatisfied: "1 غير راضٍ إطلاقًا"
      }
    case .unanswered: "—"
    case .yes: "نعم"
    case .no: "لا"
    case .phoneProblem(let problem):
      switch problem {
      case .empty: "اكتب رقم الجوال."
      case .invalidCharacter(let character):
        "«\(character)» ليس من رقم الهاتف؛ استعمل الأرقام والمسافات والشرطات و+ في أوله."
      case .wrongLength(let digits):
        "رقم الهاتف من 8 إلى 15 رقمًا مع رمز الدولة؛ هذا فيه \(digits)."
      case .notASaudiNumber:
        "الرقم السعودي 9 أرقام بعد 966 (الجوال يبدأ بـ 5، مثل 05XXXXXXXX)."
      }
    case .chooseKind: "اختر النوع بالسهمين ← →."
    case .choosePriority: "اختر الأولوية بالسهمين ← →."
    case .chooseStatus: "اختر الحالة بالسهمين ← →: انتظار أو استئناف أو إغلاق؛ لا يُحفظ غير ذلك."
    case .chooseDecision: "اختر القرار بالسهمين ← →: موافقة أو رفض."
    case .chooseRecord: "اختر السجل بالسهمين ← →."
    case .typeSubject: "اكتب الموضوع: كلمات قليلة عمّا يطلبه الزائر."
    case .sayWhatItWaitsFor: "اذكر ما تنتظره الحالة، مثل صورة الهوية."
    case .typeNote: "اكتب الملاحظة."
    case .typeReply: "اكتب الرد."
    case .writeResolution: "اكتب ما تم: ما أُنجز أو أُجيب."
    case .sayWhyReopened: "اذكر سبب إعادة فتح الحالة."
    case .typeReference: "اكتب رقم المرجع لدى الجهة."
    case .writeDate: "اكتب التاريخ بالصيغة YYYY-MM-DD، مثل 2026-11-25."
    case .writeAnswerGiven: "اكتب الإجابة المقدمة في سطر."
    case .emailNeedsAt: "البريد الإلكتروني فيه @."
    case .chooseCase: "اختر الحالة: اكتب رقمها أو اسم الشخص أو كلمات من موضوعها."
    case .sayWhatWasSaid: "اكتب ما قيل أو أُرسل؛ يُحفظ في سجل الشخص."
    case .noOtherCase: "لا توجد حالة أخرى يُشار إليها بعد."
    case .nothingAnswered: "لم يُجب عن شيء بعد: ← → لاختيار الإجابة، Esc للخروج."
    case .tooLong(let field, let limit):
      "حقل «\(words(field))» يتسع لـ \(words(CountPhrase.characters(limit))) على الأكثر؛"
        + " لم يُضف ما زاد على ذلك."
    case .overLimit(let field, let count, let limit):
      "حقل «\(words(field))» فيه \(words(CountPhrase.characters(count)))، أكثر من حده"
        + " \(number(limit))؛ حُفظ كله، احذف بعضه لتكتب المزيد."
    case .permitWithAuthority: "التصريح لدى الجهة؛ سجّل قرارها بالمفتاح P."
    case .noStatusToChange(let status):
      "لا حالة أخرى لحالة «\(words(VocabularyPhrase.status(status)))»؛ x للمعالجة، o لإعادة الفتح."
    case .notAPermit(let id): "\(id) ليست طلب تصريح؛ المفتاح P لطلبات التصاريح فقط."
    case .requesterAlreadyNotified: "أُبلغ مقدم الطلب من قبل؛ عالج الحالة بالمفتاح x."
    case .alreadyInStatus(let id, let status):
      "\(id) \(words(VocabularyPhrase.status(status))) أصلًا."
    case .onlyResolvedReopen(let id, let status):
      "لا يُعاد فتح إلا حالة معالجة أو مغلقة؛ \(id) \(words(VocabularyPhrase.status(status)))."
    case .alreadyDoneReopenWith(let id, let status, let key):
      "\(id) \(words(VocabularyPhrase.status(status))) أصلًا؛ المفتاح \(key) يعيد فتحها."
    case .isDoneReopenWith(let id, let status, let key):
      "\(id) \(words(VocabularyPhrase.status(status)))؛ أعد فتحها أولًا بالمفتاح \(key)."
    case .keys: "Tab التالي · Shift-Tab السابق · ←/→ اختيار · Ctrl-S حفظ · Esc إلغاء"
    case .lineKeysAlone: "Enter أو Ctrl-S يحفظ · Esc إلغاء"
    case .linesKeysAlone: "Enter سطر جديد · Ctrl-S يحفظ · Esc إلغاء"
    case .goToKeys: "Enter يذهب إلى الحالة · Esc إلغاء"
    case .confirmDiscard: "تجاهل ما كُتب؟ y يتجاهله · أي مفتاح آخر يعيدك إلى النموذج"
    case .recognisedByPhone: "يُتعرّف على المراجع العائد من رقم جواله."
    case .noName: "(بلا اسم)"
    case .known(let name, let count): "معروف: \(name) · \(words(CountPhrase.earlierCases(count)))"
    case .knownNewest(let name, let count, _):
      "معروف: \(name) · \(words(CountPhrase.earlierCases(count)))؛ هذه أحدثها:"
    case .programDate: "تاريخ البرنامج"
    case .programPlace: "مكان البرنامج"
    case .programDateProblem: "اكتب تاريخ البرنامج هكذا 2026-12-10، أو اتركه فارغًا."
    case .programEvaluated: "البرنامج المُقيَّم"
    case .chooseProgramEvaluated: "اختر البرنامج المُقيَّم (← →)؛ لا توجد حالة تحدده."
    }
  }

  private func title(_ action: CaseAction, _ id: CaseID) -> String {
    switch action {
    case .assign: "إسناد"
    case .priority: "الأولوية"
    case .status: "الحالة"
    case .note: "ملاحظة داخلية"
    case .reply: "الرد على المراجع (\(words(VocabularyPhrase.channel(id.channel))))"
    case .resolve: "المعالجة"
    case .reopen: "إعادة الفتح"
    case .submitPermit: "رفع التصريح إلى الجهة"
    case .decidePermit: "قرار الجهة"
    case .notifyRequester: "إبلاغ مقدم الطلب بالقرار"
    case .takeFollowUp: words(SurveysPhrase.takeTitle(id))
    case .completeFollowUp: words(SurveysPhrase.completeTitle(id))
    case .triage: "الفرز: النوع والبرنامج والقسم والطرف والوسوم"
    case .merge: "دمج حالة مكررة (تُغلق هذه الحالة في الأخرى)"
    case .link: "ربط حالة ذات صلة"
    }
  }

  // MARK: Form controls

  func words(_ phrase: FieldPhrase) -> String {
    func scale(_ range: ClosedRange<Int>) -> String {
      "\(number(range.lowerBound))–\(number(range.upperBound))"
    }
    func change(_ change: LoggedChange?) -> String {
      switch change {
      case .opened?: "فتح"
      case .message?: "رسالة واردة"
      case .triaged?: "إعادة تصنيف"
      case .assigned?: "إسناد"
      case .noted?: "ملاحظة"
      case .replied?: "رد"
      case .waiting?: "انتظار"
      case .resumed?: "استئناف"
      case .resolved?: "معالجة"
      case .reopened?: "إعادة فتح"
      case .closed?: "إغلاق"
      case .linked?: "ربط"
      case .merged?: "دمج"
      case .permitSubmitted?: "رفع التصريح"
      case .permitDecided?: "قرار الجهة"
      case .permitNotified?: "إبلاغ مقدم الطلب"
      case .surveyRecorded?: "استبانة"
      case .attached?: "إرفاق ملف"
      case nil: "تعديل"
      }
    }
    return switch phrase {
    case .scoreKeys(let range):
      "\(scale(range)) اختيار · ←/→ تدرّج · Enter أو Ctrl-S تأكيد · Tab التالي · Esc إلغاء"
    case .typeScore(let range): "— اكتب \(scale(range))"
    case .chooseScore(let range):
      "اكتب درجة من \(number(range.lowerBound)) إلى \(number(range.upperBound)) (أو تدرّج بالسهمين ←/→)، ثم Enter."
    case .satisfactionWord(let score):
      switch score {
      case .verySatisfied: "راضٍ جدًا"
      case .satisfied: "راضٍ"
      case .neutral: "محايد"
      case .dissatisfied: "غير راضٍ"
      case .veryDissatisfied: "غير راضٍ إطلاقًا"
      }
    case .scoreReadBack(let score, let top):
      "\(number(score)) من \(number(top))"
        + (top == 5
          ? SatisfactionForm.Score(rawValue: score).map {
            "، " + words(FieldPhrase.satisfactionWord($0))
          } ?? "" : "")
    case .choiceKeys:
      "Enter أو الكتابة تعرض الخيارات · ←/→ اختيار · Tab التالي · Ctrl-S حفظ · Esc إلغاء"
    case .pickerKeys:
      "Enter أو الكتابة تعرض الخيارات، Enter يختار · ←/→ اختيار، Ctrl-S يحفظ · Esc إلغاء"
    case .scoreKeysAlone(let range):
      "\(scale(range)) اختيار · ←/→ تدرّج · Enter أو Ctrl-S تأكيد · Esc إلغاء"
    case .listKeys: "اكتب للتصفية · ↑/↓ تنقّل · Enter اختيار · Esc إغلاق القائمة"
    case .listFilter(let typed, let matches, let all):
      "بحث: \(typed)   \(number(matches)) من \(number(all))"
    case .noMatch: "لا شيء يطابق؛ Backspace يغيّر ما كُتب."
    case .fillPlaceholder(let placeholder):
      "املأ \(placeholder) قبل الحفظ: الحالة لا تعرفه بعد، فاكتبه في مكانه."
    case .templateFits(let kinds, let steps):
      "هذا القالب مكتوب "
        + [
          kinds.isEmpty
            ? ""
            : "لحالات "
              + kinds.map { "«" + words(VocabularyPhrase.kind($0)) + "»" }.joined(separator: " أو "),
          steps.isEmpty
            ? ""
            : "للتصاريح في خطوة "
              + steps.map { "«" + words(VocabularyPhrase.permitStep($0)) + "»" }.joined(
                separator: " أو "),
        ].filter { !$0.isEmpty }.joined(separator: "، ") + ": تحقق من ملاءمته قبل الحفظ."
    case .changedMeanwhile(let stream, let who, let what, let when):
      "عدّل \(who ?? "شخص آخر") \(stream) (\(change(what)))"
        + (when.map { " في " + words($0) } ?? "") + " أثناء عملك عليها."
    }
  }

  // MARK: Vocabulary

  // MARK: The inbox

  func words(_ phrase: InboxPhrase) -> String {
    /// The SLA target that matters next.
    func targetWords(_ target: CaseDeadline.Target) -> String {
      switch target {
      case .firstResponse: "الرد الأول"
      case .submitToAuthority: "الرفع إلى الجهة"
      case .notifyRequester: "إبلاغ مقدم الطلب"
      case .resolution: "المعالجة"
      }
    }

    /// An event of a case's timeline.
    func changeWords(_ change: CaseChange) -> String {
      switch change {
      case .opened(let opening):
        "فُتحت (\(words(VocabularyPhrase.kind(opening.kind)))، "
          + "\(words(VocabularyPhrase.channel(opening.id.channel))))"
      case .messageReceived(_, let channel, _, _):
        "وصلت رسالة (\(words(VocabularyPhrase.channel(channel))))"
      case .triaged(let triage):
        "أعيد تصنيفها"
          + [
            triage.kind.map { " النوع " + words(VocabularyPhrase.kind($0)) },
            triage.priority.map { " الأولوية " + words(VocabularyPhrase.priority($0)) },
            triage.program.map { " البرنامج " + $0 },
            triage.department.map { " القسم " + $0 },
          ].compactMap { $0 }.joined(separator: "،")
      case .assigned(let account): account.map { "أُسندت إلى " + $0 } ?? "أُلغي الإسناد"
      case .noted: "ملاحظة داخلية"
      case .replied(let channel, _, let template):
        "رُدّ عليها (\(words(VocabularyPhrase.channel(channel)))"
          + (template.map { "، القالب " + $0 } ?? "") + ")"
      case .waitingStarted: "بانتظار المستفيد"
      case .resumed: "استؤنفت"
      case .permitSubmitted(let reference, _): "رُفع التصريح، المرجع " + reference
      case .permitDecided(let approved, let reference, _):
        (approved ? "ووفق على التصريح" : "رُفض التصريح") + "، المرجع " + reference
      case .requesterNotified(let how): "أُبلغ مقدم الطلب عبر " + meansWords(how)
      case .resolved: "عولجت"
      case .reopened: "أُعيد فتحها"
      case .closed: "أُغلقت"
      case .linked(let other): "رُبطت بـ " + other.description
      case .merged(let into): "دُمجت في " + into.description
      case .surveyRecorded(_, let primary, _):
        "أُجيبت الاستبانة" + (primary.map { ": \(number($0)) من \(number(5))" } ?? "")
      case .followUpTaken(let owner, _): "تولى المتابعة " + owner
      case .followUpDone: "تمت المتابعة"
      case .attached(let file): words(AttachmentPhrase.attachedEvent(name: file.name))
      case .messageQueued(let message): words(OutboxPhrase.queuedEvent(message))
      case .deliveryReported(let receipt): words(OutboxPhrase.receiptEvent(receipt))
      case .invitationAnswered(let message, _): words(OutboxPhrase.answeredEvent(message: message))
      }
    }

    /// What a saved command did.
    func doneWords(_ done: InboxPhrase.Done) -> String {
      switch done {
      case .assigned(let name): name.map { "أُسندت إلى " + $0 } ?? "أُلغي الإسناد"
      case .priority(let priority):
        "الأولوية " + (priority.map { words(VocabularyPhrase.priority($0)) } ?? "")
      case .noteAdded: "أُضيفت ملاحظة"
      case .replyRecorded: "سُجّل الرد"
      case .waiting: "بانتظار المستفيد"
      case .resumed: "استؤنفت"
      case .resolved: "عولجت"
      case .reopened: "أُعيد فتحها"
      case .closed: "أُغلقت"
      case .permitSubmitted: "رُفع التصريح إلى الجهة"
      case .permitDecided(let approved): approved ? "ووفق على التصريح" : "رُفض التصريح"
      case .requesterNotified: "أُبلغ مقدم الطلب"
      case .followUpTaken(let owner): "تولّى المتابعة " + owner
      case .followUpDone: "أُنجزت المتابعة"
      case .saved: "حُفظ"
      }
    }

    return switch phrase {
    case .column(let column):
      switch column {
      case .id: "الرقم"
      case .channel: "قناة"
      case .kind: "النوع"
      case .subject: "الموضوع"
      case .contact: "المراجع"
      case .assignee: "المسؤول"
      case .status: "الحالة"
      case .age: "العمر"
      }
    case .noCasesInView: "لا حالات في هذا العرض. v يغيّر العرض؛ n يسجل مقابلة."
    case .noCaseMatches(let search): "لا حالة تطابق «\(search)». Esc يمسح البحث."
    case .view(let view):
      switch view {
      case .allOpen: "كل المفتوحة"
      case .mine: "حالاتي"
      case .unassigned: "غير المسندة"
      case .overdue: "المتأخرة"
      case .failedDelivery: "تعذّر التسليم"
      case .all: "الكل"
      }
    case .viewShowing(let view, let count):
      "العرض: \(words(InboxPhrase.view(view))) (\(number(count)))"
    case .search(let search): "بحث: \(search)"
    case .viewChanged(let view, let count):
      "العرض: \(words(InboxPhrase.view(view)))، \(words(CountPhrase.cases(count)))."
    case .outsideView(let id, let view):
      "الحالة \(id) خارج هذا العرض (\(words(InboxPhrase.view(view))) وعوامل تصفيته): ثُبّتت في أعلى القائمة حتى تنتقل عنها."
    case .noCaseSelected: "لم تُختر حالة."
    case .from(let who): "من: " + (who ?? "(بلا بيانات تواصل)")
    case .otherCases(let others, let more):
      "حالات أخرى: "
        + others.map { "\($0.id) \($0.status.map { words(VocabularyPhrase.status($0)) } ?? "")" }
        .joined(separator: "، ") + (more ? " …" : "")
    case .channelAndAssignee(let channel, let assignee):
      "القناة: \(words(VocabularyPhrase.channel(channel)))   المسؤول: \(assignee ?? "لا أحد")"
    case .program(let name): "البرنامج: \(name)"
    case .department(let name): "القسم: \(name)"
    case .tags(let tags): "الوسوم: " + tags.joined(separator: "، ")
    case .mergedInto(let id): "دُمجت في \(id): اعمل على تلك الحالة."
    case .linkedWith(let ids): "مرتبطة بـ " + ids.map(\.description).joined(separator: "، ")
    case .mergedHere(let ids):
      "دُمجت في هذه الحالة: " + ids.map(\.description).joined(separator: "، ")
        + " (رسائلها في السجل)"
    case .received(let when): "ورد: \(when)"
    case .permit(let step, let reference, let submittedOn, let decision, let decidedOn, let toldBy):
      "التصريح: \(words(VocabularyPhrase.permitStep(step)))"
        + (reference.map { " · مرجع الجهة \($0)" } ?? "")
        + (submittedOn.map { " في \($0)" } ?? "")
        + (decision.map { " · القرار \($0)" } ?? "")
        + (decidedOn.map { " في \($0)" } ?? "")
        + (toldBy.map { " · أُبلغ عبر \(meansWords($0))" } ?? "")
    case .slaNothingDue: "المهلة: لا شيء مستحق."
    case .slaNoTarget: "المهلة: لا هدف لهذا النوع."
    case .slaPaused(let target, let status):
      "المهلة: \(targetWords(target)): المهلة متوقفة (\(words(VocabularyPhrase.status(status))))."
    case .slaOverdue(let target, let late, let due):
      "المهلة: \(targetWords(target)) متأخرة \(late) (موعدها \(due))"
    case .slaDue(let target, let due, let left):
      "المهلة: \(targetWords(target)) موعدها \(due) (بعد \(left))"
    case .resolution(let resolution): "ما تم: \(resolution)"
    case .timelineReading(let count): "السجل (\(words(CountPhrase.events(count)))): يُقرأ…"
    case .timeline(let count): "السجل (\(words(CountPhrase.events(count))))"
    case .change(let change): changeWords(change)
    case .selectCaseFirst: "اختر حالة في الوارد أولًا (1 ثم j/k)."
    case .selectCaseOrSurveysScreen:
      "اختر حالة في الوارد أولًا (1 ثم j/k)، أو اضغط S في شاشة الاستبانات (2)."
    case .noSurveyToAsk: "لا استبانة في المكتب لتُسأل."
    case .done(let id, let done): "\(id): \(doneWords(done))."
    case .permitProgram(let date, let place):
      "البرنامج: " + [date, place].compactMap { $0 }.joined(separator: " · ")
    }
  }

  // MARK: Finding things

  func words(_ phrase: FindPhrase) -> String {
    switch phrase {
    case .filterTitle: "تصفية الوارد"
    case .dimension(let dimension):
      switch dimension {
      case .view: "العرض"
      case .channel: "القناة"
      case .kind: "النوع"
      case .status: "الحالة"
      case .assignee: "المسندة إلى"
      case .program: "البرنامج"
      case .party: "الطرف"
      }
    case .any: "الكل"
    case .saveAs: "حفظ كعرض (اسم، أو فارغ)"
    case .viewsTitle: "العروض"
    case .savedView(let name): "\(name) (محفوظ)"
    case .withCount(let view, let count): "\(words(view)) · \(words(CountPhrase.cases(count)))"
    case .savedViewShowing(let name, let count): "العرض: \(name) (\(number(count)))"
    case .filters(let values): "التصفية: " + values.joined(separator: "، ")
    case .widened(let view, let count):
      "لا تطابق في \(words(InboxPhrase.view(view)))؛ المعروض \(words(CountPhrase.cases(count))) من كل الحالات"
    case .filtered(let count): "طُبّقت التصفية: \(words(CountPhrase.cases(count)))."
    case .viewSaved(let name, let count):
      "حُفظ العرض «\(name)»: \(words(CountPhrase.cases(count))). V يعرض عروضك."
    case .viewNameTooLong(let limit):
      "اسم العرض \(number(limit)) حرفًا على الأكثر؛ اختصره."
    case .viewsNotSaved(let path, let reason):
      "تعذّر حفظ عروضك في \(path) (\(reason))؛ تبقى التصفية حتى الخروج."
    case .jumpTitle: "الانتقال إلى حالة"
    case .caseID: "رقم الحالة"
    case .typeACaseID: "اكتب رقم حالة، مثل V-000123 أو v123."
    case .notACaseID(let text):
      "«\(text)» ليس رقم حالة: حرف القناة (V P S L T W) ثم رقم، مثل V-000123."
    case .noSuchCase(let id): "لا توجد حالة \(id)؛ تحقّق من الرقم."
    case .paletteTitle: "الأوامر · اكتب للتصفية · Enter للتنفيذ · Esc للإغلاق"
    case .noCommandMatches(let text): "لا أمر يطابق «\(text)»؛ Backspace للتوسيع."
    case .worksIn(let context): contextWords(context)
    case .runsOnlyIn(let context):
      "هذا الأمر يعمل فقط في \(contextWords(context))؛ افتحه أولًا."
    }
  }

  private func contextWords(_ context: KeyContext) -> String {
    switch context {
    case .global: "في كل مكان"
    case .inbox: words(DeskPhrase.screenTitle(.inbox))
    case .surveys: words(DeskPhrase.screenTitle(.surveys))
    case .permits: words(DeskPhrase.screenTitle(.permits))
    case .contacts: words(DeskPhrase.screenTitle(.contacts))
    case .library: words(DeskPhrase.screenTitle(.library))
    case .outbox: words(DeskPhrase.screenTitle(.outbox))
    case .search: "بحث قيد الكتابة"
    case .form: "نموذج"
    case .savedVisit: "مربع الزيارة المحفوظة"
    case .palette: "لوحة الأوامر"
    case .help: "المساعدة"
    }
  }

  func words(_ phrase: VocabularyPhrase) -> String {
    switch phrase {
    case .status(let status):
      switch status {
      case .new: "جديدة"
      case .open: "مفتوحة"
      case .waiting: "بانتظار"
      case .authority: "لدى الجهة"
      case .resolved: "معالجة"
      case .closed: "مغلقة"
      }
    case .kind(let kind):
      switch kind {
      case .inquiry: "استفسار"
      case .complaint: "شكوى"
      case .suggestion: "اقتراح"
      case .permit: "تصريح"
      case .service: "خدمة"
      }
    case .kindCode(let kind):
      switch kind {
      case .inquiry: "سؤال"
      case .complaint: "شكوى"
      case .suggestion: "مقترح"
      case .permit: "تصريح"
      case .service: "خدمة"
      }
    case .priority(let priority):
      switch priority {
      case .low: "منخفضة"
      case .normal: "عادية"
      case .high: "عالية"
      case .urgent: "عاجلة"
      }
    case .channel(let channel):
      switch channel {
      case .visit: "المقابلة"
      case .phone: "الاتصالات الهاتفية"
      case .social: "وسائل التواصل الاجتماعي"
      case .letter: "الخطابات"
      case .volunteer: "خدمة التطوع"
      case .website: "الموقع الإلكتروني"
      }
    case .channelCode(let channel):
      switch channel {
      case .visit: "حضور"
      case .phone: "هاتف"
      case .social: "تواصل"
      case .letter: "خطاب"
      case .volunteer: "تطوع"
      case .website: "موقع"
      }
    case .permitStep(let step):
      switch step {
      case .received: "مستلم"
      case .submitted: "مرفوع للجهة"
      case .approved: "موافق عليه"
      case .rejected: "مرفوض"
      case .notified: "أُبلغ مقدمه"
      }
    case .periodLength(let length):
      switch length {
      case .week: "أسبوع"
      case .month: "شهر"
      case .quarter: "ربع سنة"
      case .year: "سنة"
      }
    case .role(let role):
      switch role {
      case .frontdesk: "موظف الاستقبال"
      case .officer: "مسؤول العلاقات"
      case .manager: "المدير"
      case .bridge: "حساب الربط"
      }
    case .number(let value): number(value)
    }
  }

  // MARK: Counts

  /// The forms of one counted noun: zero and the forms with the number written, the
  /// singular and dual words without it (`حالة واحدة`, `حالتان`), as Arabic says them.
  private struct Noun {
    var zero: String
    var one: String
    var two: String
    /// After 3–10: the plural.
    var few: String
    /// After 11–99: the singular, accusative (`حرفًا`).
    var many: String
    /// After 100, 101, 102, 1000…: the singular, genitive.
    var other: String
  }

  private func counted(_ count: Int, _ noun: Noun) -> String {
    switch plural(count) {
    case .zero: noun.zero
    case .one: noun.one
    case .two: noun.two
    case .few: "\(number(count)) \(noun.few)"
    case .many: "\(number(count)) \(noun.many)"
    case .other: "\(number(count)) \(noun.other)"
    }
  }

  func words(_ phrase: CountPhrase) -> String {
    switch phrase {
    case .cases(let count):
      counted(
        count,
        Noun(
          zero: "لا حالات", one: "حالة واحدة", two: "حالتان", few: "حالات", many: "حالة",
          other: "حالة"))
    case .earlierCases(let count):
      counted(
        count,
        Noun(
          zero: "لا حالات سابقة", one: "حالة سابقة واحدة", two: "حالتان سابقتان",
          few: "حالات سابقة", many: "حالة سابقة", other: "حالة سابقة"))
    case .responses(let count):
      counted(
        count,
        Noun(zero: "لا ردود", one: "رد واحد", two: "ردان", few: "ردود", many: "ردًا", other: "رد"))
    case .characters(let count):
      counted(
        count,
        Noun(
          zero: "لا أحرف", one: "حرف واحد", two: "حرفان", few: "أحرف", many: "حرفًا",
          other: "حرف"))
    case .days(let count):
      counted(
        count,
        Noun(
          zero: "لا أيام", one: "يوم واحد", two: "يومان", few: "أيام", many: "يومًا", other: "يوم"))
    case .bytes(let count):
      counted(
        count,
        Noun(
          zero: "لا بايتات", one: "بايت واحد", two: "بايتان", few: "بايتات", many: "بايتًا",
          other: "بايت"))
    case .events(let count):
      counted(
        count,
        Noun(
          zero: "لا أحداث", one: "حدث واحد", two: "حدثان", few: "أحداث", many: "حدثًا",
          other: "حدث"))
    case .periods(let count, let length):
      switch length {
      case .week:
        counted(
          count,
          Noun(
            zero: "لا أسابيع", one: "أسبوع واحد", two: "أسبوعان", few: "أسابيع", many: "أسبوعًا",
            other: "أسبوع"))
      case .month:
        counted(
          count,
          Noun(
            zero: "لا أشهر", one: "شهر واحد", two: "شهران", few: "أشهر", many: "شهرًا",
            other: "شهر"))
      // «ربع سنة» is a construct: after 11–99 and 100 it keeps no tanween.
      case .quarter:
        counted(
          count,
          Noun(
            zero: "لا أرباع", one: "ربع سنة واحد", two: "ربعا سنة", few: "أرباع سنة",
            many: "ربع سنة", other: "ربع سنة"))
      case .year:
        counted(
          count,
          Noun(
            zero: "لا سنوات", one: "سنة واحدة", two: "سنتان", few: "سنوات", many: "سنة",
            other: "سنة"))
      }
    }
  }

  // MARK: The office

  // MARK: The surveys, permits, contacts and library screens

  func words(_ phrase: ScreenPhrase) -> String {
    /// A count after «آخر» or «لـ» is genitive, which only the dual shows: «شهرين» and
    /// «حرفين», not «شهران» and «حرفان». The other forms are the count's own.
    func genitive(_ counted: CountPhrase, _ count: Int, dual: String) -> String {
      plural(count) == .two ? dual : words(counted)
    }
    func twoPeriods(_ length: SurveyPeriod.Length) -> String {
      switch length {
      case .week: "أسبوعين"
      case .month: "شهرين"
      case .quarter: "ربعي سنة"
      case .year: "سنتين"
      }
    }
    return switch phrase {
    case .noSurveys: "لا استبانات في المكتب."
    case .addSurvey: "أضف واحدة في DATA/surveys/ID.json."
    case .breakdownBy(let dimension): "حسب \(words(SurveysPhrase.dimension(dimension)))"
    case .readingResponses: "تُقرأ ردود الاستبانات…"
    case .figures(let responses, let rate, let csat, let low, let high, let mean, let nps):
      "الردود \(number(responses)) · نسبة الاستجابة \(rate) · CSAT \(csat)"
        + " (\(words(SurveysPhrase.percent(95))) \(low)–\(high)) · المتوسط \(mean)/\(number(5)) · NPS \(nps)"
    case .noResponses: "لا ردود في هذه الفترة."
    case .noResponsesHint: "← → لتغيير الفترة، t لطولها؛ relations import survey يستورد جدولًا."
    case .mainQuestionAnswers: "إجابات السؤال الرئيس"
    case .questions: "الأسئلة"
    case .csatTrend(let periods, let length):
      "رضا آخر \(genitive(.periods(periods, length), periods, dual: twoPeriods(length)))"
    case .breakdownHeading(let dimension): "حسب \(words(SurveysPhrase.dimension(dimension)))"
    case .groupSuppressed: "محجوبة (عدد قليل)"
    case .breakdownHint: "b لتوزيع الأرقام (القناة، النوع، البرنامج…)"
    case .lowScores(let count): "درجات منخفضة للمتابعة: \(number(count))"
    case .lowScoresKeys: "(j/k للاختيار، Enter يفتح الحالة)"
    case .permitCounts(let requests, let waiting):
      "طلبات التصاريح: \(number(requests)) · بانتظار المكتب: \(number(waiting))"
    case .noPermits:
      "لا طلبات تصاريح بعد: تصل بنوع «\(words(VocabularyPhrase.kind(.permit)))»"
        + " (خدمة التطوع، المقابلات)."
    case .permitColumn(let column):
      switch column {
      case .id: "الرقم"
      case .step: "الخطوة"
      case .office: "لدينا"
      case .authority: "لدى الجهة"
      case .reference: "المرجع"
      case .requester: "مقدم الطلب"
      case .late: "متأخر"
      }
    case .contacts: "المراجعون"
    case .nobodyMatches: "لا أحد يطابق؛ Esc يمسح البحث."
    case .roles(let roles):
      "الصفات: " + roles.map { words(ScreenPhrase.role($0)) }.joined(separator: "، ")
    case .role(let role):
      switch role {
      case .internalBeneficiary: "مستفيد داخلي"
      case .externalBeneficiary: "مستفيد خارجي"
      case .volunteer: "متطوع"
      case .supporter: "داعم"
      }
    case .casesOnEveryChannel: "الحالات في كل القنوات"
    case .keptInTouch(let count): "الشكر والإبلاغ (\(number(count)))"
    case .touch(let kind, let day, let by, let note):
      "\(day)  \(kind == .thanked ? "شكره" : "أبلغه") \(by): \(note)"
    case .probablySamePerson: "على الأرجح الشخص نفسه"
    case .choosePersonFirst: "اختر مراجعًا في شاشة المراجعين (4) أولًا."
    case .nothingToMerge: "لا سجل يبدو للشخص نفسه؛ لا شيء للدمج."
    case .library: "المكتبة"
    case .nothingMatches: "لا شيء يطابق؛ Esc يمسح البحث."
    case .template: "قالب"
    case .search(let search): "بحث: \(search)"
    case .searchTooLong(let limit):
      "البحث يتسع لـ \(genitive(.characters(limit), limit, dual: "حرفين")) على الأكثر؛"
        + " لم يُضف ما زاد على ذلك."
    }
  }

  // MARK: The surveys screen's periods and trend, and the follow-ups

  func words(_ phrase: SurveysPhrase) -> String {
    switch phrase {
    case .noLaterPeriod: "هذه هي الفترة الحالية؛ لا إجابات بعدها بعد."
    case .trendValues(let latest, let lowest, let highest):
      "الأخيرة \(latest) · الأدنى \(lowest) · الأعلى \(highest)"
    // A right-to-left isolate: the sign is on the number's left beside Latin text too, as
    // it is beside Arabic ("CSAT %67", "نسبة الاستجابة %42" on screen).
    case .percent(let value): "\u{2067}\(number(value))%\u{2069}"
    case .dimension(let dimension):
      switch dimension {
      case .channel: "القناة"
      case .kind: "النوع"
      case .program: "البرنامج"
      case .department: "القسم"
      case .month: "الشهر"
      case .party: "الطرف"
      case .mode: "طريقة الإجابة"
      }
    case .mode(assisted: false): "ذاتي"
    case .mode(assisted: true): "بمساعدة موظف"
    case .trendOnePeriod: "فترة واحدة فقط فيها إجابات: يحتاج الاتجاه إلى فترتين."
    case .trendNoPeriods: "لا توجد فترة فيها إجابات بعد."
    case .score(let primary?, let recommend?):
      "\(number(primary))/\(number(5)) · \(number(recommend))/\(number(10))"
    case .score(let primary?, nil): "\(number(primary))/\(number(5))"
    case .score(nil, let recommend?): "\(number(recommend))/\(number(10))"
    case .score(nil, nil): "–"
    case .ownerDue(let owner?, let due?): "\(owner)، الموعد \(due)"
    case .ownerDue(let owner?, nil): owner
    case .ownerDue(nil, let due?): "لم يتولها أحد بعد، الموعد \(due)"
    case .ownerDue(nil, nil): "لم يتولها أحد بعد"
    case .listKeys: "(j/k للاختيار، F لتوليها أو إنهائها، Enter يفتح الحالة)"
    case .shownOfTotal(let first, let last, let total):
      "· المعروض \(number(first))–\(number(last)) من \(number(total))"
    case .openOnCase(let score, let ownerDue):
      "درجة استبانة منخفضة (\(score)) تطلب متابعة: \(ownerDue). F لتوليها أو إنهائها."
    case .doneOnCase(let by, let on, let note): "تابعها \(by) في \(on): \(note)"
    case .takeTitle(let id): "تولي متابعة \(id)"
    case .completeTitle(let id): "إنهاء متابعة \(id)"
    case .owner: "المسؤول"
    case .due: "الموعد (YYYY-MM-DD)"
    case .outcome: "نتيجة المتابعة"
    case .chooseOwner: "اختر من يتولى المتابعة."
    case .writeDue: "اكتب الموعد بصيغة YYYY-MM-DD، أو اتركه فارغًا."
    case .dueInThePast: "هذا اليوم مضى: اكتب اليوم أو يومًا بعده بصيغة YYYY-MM-DD."
    case .writeOutcome: "اكتب نتيجة المتابعة؛ تُحفظ في الحالة."
    }
  }

  func words(_ phrase: OfficePhrase) -> String {
    switch phrase {
    case .readOnly(let reason):
      let why =
        switch reason.cause {
        case .readOnlyFileSystem: "القرص الذي يحمل \(reason.path) مركّب للقراءة فقط"
        case .noPermission: "هذا الحساب لا يملك إذن الكتابة في \(reason.path)"
        case .openedReadOnly: "فُتح للقراءة فقط"
        case .role(let role):
          "دور «\(words(VocabularyPhrase.role(role)))» يطّلع على المكتب ولا يغيّر فيه شيئًا"
        }
      if case .role = reason.cause {
        return "المكتب مفتوح للقراءة فقط: \(why)؛ يستطيع المدير تغيير دورك."
      }
      return "المكتب مفتوح للقراءة فقط: \(why)؛ لا يُحفظ شيء حتى يتيح مسؤول هذا الجهاز الكتابة فيه."
    case .readOnlyRefusal:
      return "المكتب مفتوح للقراءة فقط، فلا يمكن حفظ هذا؛ ما كتبته يبقى هنا حتى تغادر النموذج."
    case .setAside(let setAside):
      let logs = setAside.map {
        "\($0.log) (\(words(CountPhrase.bytes($0.bytes)))، في \($0.quarantine))"
      }
      return
        "قُطعت كتابة لم تكتمل من \(logs.joined(separator: "، ")) وحُفظت في الحجر (quarantine)؛ لم يضِع شيء محفوظ، ولمسؤول المكتب أن يراجع الملف هناك أو يحذفه."
    case .rejection(let rejection): return words(rejection)
    case .storage(let error): return words(error)
    case .invalid(let reason):
      // The library says why in English only; the sentence around it is the desk's.
      return "لا يمكن حفظ هذا كما هو: \(reason)"
    case .duplicate(let external): return "\(external) محفوظ من قبل؛ لم يُضف شيء."
    case .readingLogsFailed(let reason): return "تعذّرت قراءة السجلات: \(reason)"
    case .notOnStaff(let account, let managers):
      return
        "الحساب \(account) ليس ضمن موظفي هذا المكتب، فلا يُحفظ شيء؛ يستطيع \(managers.isEmpty ? "من أعدّ المكتب" : "المدير (\(managers.joined(separator: "، ")))") إضافته."
    case .noServiceSurvey:
      return
        "لا توجد في المكتب استبانة الخدمة (surveys/service.json)، فلم تُسجّل الدرجة؛ Esc للإغلاق."
    case .draftNotEncoded: return "تعذّر ترميز المسودة."
    case .draftCannotBeKept(let directory, let reason):
      return "لا يمكن حفظ المسودة في \(directory): \(reason)."
    case .draftNotWritten(let directory):
      return "تعذّرت كتابة المسودة في \(directory) (هل القرص ممتلئ؟)."
    }
  }

  private func words(_ rejection: CaseRejection) -> String {
    switch rejection {
    case .noSuchCase: "لا توجد حالة بهذا الرقم."
    case .alreadyExists(let id): "\(id) موجودة من قبل."
    case .required(let what): "\(what): مطلوب."
    case .closed: "الحالة مغلقة؛ أعد فتحها أولًا."
    case .merged(let into): "دُمجت الحالة في \(into)؛ اعمل على تلك الحالة."
    case .notInStatus(let status, _):
      "لا يمكن ذلك وحالتها «\(words(VocabularyPhrase.status(status)))»."
    case .notAPermit: "خطوات التصريح لطلبات التصاريح فقط."
    case .permitStep(let step, _):
      "التصريح في خطوة «\(words(VocabularyPhrase.permitStep(step)))»؛ لا يمكن ذلك الآن."
    case .nothingChanged: "لا شيء سيتغير."
    case .selfReference: "لا تشير الحالة إلى نفسها."
    case .noFollowUp: "لا توجد درجة استبانة منخفضة تطلب متابعة لهذه الحالة."
    case .followUpDone: "انتهت المتابعة؛ أي درجة منخفضة جديدة تفتح متابعة أخرى."
    case .notAllowed(let role, let allowed):
      "دور «\(words(VocabularyPhrase.role(role)))» لا يسمح بهذا؛ يقوم به \(roleList(allowed))."
    case .onlyOwnCasesToday(let role, let allowed):
      "دور «\(words(VocabularyPhrase.role(role)))» يحلّ فقط الحالات التي فتحها بنفسه اليوم؛ يحلّ هذه الحالة \(roleList(allowed))."
    case .requesterNotTold(let decision):
      "صدر قرار التصريح («\(words(VocabularyPhrase.permitStep(decision)))») ولم يُبلَّغ مقدّم الطلب بعد؛ سجّل خطوة «\(words(VocabularyPhrase.permitStep(.notified)))» (P) قبل الحل."
    case .unreachable(let medium): words(OutboxPhrase.unreachable(medium))
    case .unknownMessage(let id): words(OutboxPhrase.unknownMessage(id))
    }
  }

  /// «مسؤول العلاقات أو المدير»
  private func roleList(_ roles: [StaffMember.Role]) -> String {
    let named = roles.map { words(VocabularyPhrase.role($0)) }
    guard let last = named.last else { return "لا أحد" }
    return named.count == 1 ? last : named.dropLast().joined(separator: "، ") + " أو " + last
  }

  private func words(_ error: LogError) -> String {
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
    case .needsReverify(let file, _):
      return
        "تعذّر الحفظ في \(file) من قبل؛ لا يُكتب فيه شيء حتى يُعاد تشغيل البرنامج ويُفحص الملف (relations check)."
    case .recordTooLarge:
      return "هذا التغيير أكبر من حد السجل الواحد؛ اختصر النص."
    case .invalidData(let reason):
      return "بيانات السجل ليست JSON صالحًا (\(reason))؛ هذا خطأ في البرنامج."
    case .networkFileSystem(let path, let name):
      return
        "\(path) على نظام ملفات شبكي (\(name)) لا تُوثق فيه الأقفال ولا المزامنة؛ ضع مجلد البيانات على قرص محلي."
    case .newerFormat(let file, let version):
      return
        "\(file) فيه سجلات من إصدار أحدث من البرنامج (الصيغة \(number(version)))؛ حدّث البرنامج قبل الكتابة فيه."
    case .notARegularFile(let file, let kind):
      return
        "\(file) ليس ملفًا عاديًا (\(kind))؛ لا يفتح البرنامج إلا ملفات المكتب نفسها. ضع الملف الحقيقي مكانه (أو انقله جانبًا) ثم أعد المحاولة."
    case .batchTooLarge:
      return
        "في هذا التغيير سجلات أكثر مما تتسع له الدفعة الواحدة (\(number(Record.maximumBatch)))؛ قسّمه."
    }
  }

  // MARK: The survey report

  func words(_ phrase: ReportPhrase) -> String {
    switch phrase {
    case .start: "البداية"
    case .today: "اليوم"
    case .responses: "الردود"
    case .responseRate: "نسبة الاستجابة"
    case .mean: "المتوسط"
    case .by(let dimension):
      "حسب "
        + ([
          "channel": "القناة", "kind": "النوع", "program": "البرنامج", "department": "القسم",
          "month": "الشهر", "party": "الطرف", "mode": "طريقة الإجابة",
        ][dimension] ?? dimension) + ":"
    case .suppressed: "محجوبة (أقل من الحد الأدنى لحجم المجموعة في المكتب)"
    }
  }

  // MARK: Dates

  private static let weekdays = [
    "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
  ]
  private static let months = [
    "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر",
  ]
  private static let hijriMonths = [
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
    "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
  ]

  func words(_ phrase: DatePhrase) -> String {
    switch phrase {
    case .day(let weekday, let day, let month, let year):
      digits("\(Self.weekdays.named(weekday)) \(day) \(Self.months.named(month)) \(year)")
    case .period(let start, let end, let length, let short):
      switch (length, short) {
      case (.month, _): digits("\(Self.months.named(start.month)) \(start.year)")
      case (.year, _): digits("\(start.year)")
      case (.quarter, true): digits("الربع \((start.month - 1) / 3 + 1) \(start.year)")
      case (.week, true): digits("\(start.day) \(Self.months.named(start.month))")
      case (.week, false), (.quarter, false):
        digits(
          "\(start.day) \(Self.months.named(start.month))"
            + (start.year == end.year ? "" : " \(start.year)")
            + " – \(end.day) \(Self.months.named(end.month)) \(end.year)")
      }
    case .hijriDay(let day, let month, let year):
      digits("\(day) \(Self.hijriMonths.named(month)) \(year) هـ")
    // Hijri first: the calendar Arabic readers go by.
    case .both(let gregorian, let hijri): "\(words(hijri)) · \(words(gregorian))"
    case .shortDay(let day, let month, let year):
      digits("\(day) \(Self.months.named(month))\(year.map { " \($0)" } ?? "")")
    case .moment(let day, let month, let year, let hour, let minute):
      digits(
        "\(day) \(Self.months.named(month))\(year.map { " \($0)" } ?? "") "
          + "\(hour.twoDigits):\(minute.twoDigits)")
    }
  }

  // MARK: The desk around the screens

  func words(_ phrase: DeskPhrase) -> String {
    switch phrase {
    case .conflictKeptText(let reason):
      "\(words(reason)) ما كتبته محفوظ: راجع الحالة، ثم Ctrl-S يطبقه من جديد."
    case .screenTitle(let screen):
      switch screen {
      case .inbox: "الوارد"
      case .surveys: "الاستبانات"
      case .permits: "التصاريح"
      case .contacts: "المراجعون"
      case .library: "المكتبة"
      case .outbox: "الصادر"
      }
    case .savedAs(let id): "حُفظت برقم \(id). أبلغ الزائر بهذا الرقم."
    case .savedOnShortNotice(let id, let date, let days, let minimum):
      "حُفظت برقم \(id)، لكن البرنامج في \(date) بعد \(words(CountPhrase.days(days))) فقط: تُقدَّم الطلبات قبل \(minimum) يومًا؛ أبلغ مقدم الطلب أنه قد لا يُبتّ فيه في الوقت."
    case .resolvedOnTheSpot(let id): "عولجت \(id) في الحال."
    case .contactSaved: "حُفظ المراجع."
    case .surveyRecorded(let id, let user, let primary, let top):
      "سُجّلت إجابات الاستبانة \(id.map { "للحالة \($0)" } ?? "دون حالة") (سألها \(user))"
        + (primary.map { "؛ السؤال الرئيس: \(words(FieldPhrase.scoreReadBack($0, of: top)))." }
          ?? ".")
    case .satisfactionRecorded(let id, let score):
      // The id isolated: the score's digits after it would otherwise join its run.
      "سُجّل رضا الزائر عن \(Bidi.leftToRight(id.description)): "
        + "\(words(FieldPhrase.scoreReadBack(score, of: 5)))."
    case .draftRestored:
      "استُعيد ما كُتب قبل آخر توقف للبرنامج: Ctrl-S يحفظه، Esc يتجاهله."
    case .discarded: "أُهمل."
    case .worksElsewhere(let key, let screens):
      "\(key) لا يعمل هنا؛ يعمل في "
        + screens.map { "\(words(.screenTitle($0))) (\(number($0.rawValue)))" }.joined(
          separator: "، ") + "."
    case .readOnly: "للقراءة فقط"
    case .demoOffice: "مكتب تجريبي"
    case .demoBanner:
      "مكتب تجريبي: كل حساب هنا بصفة المدير، والأشخاص فيه متخيَّلون."
    case .openAndOverdue(let open, let overdue):
      "\(number(open)) مفتوحة · \(number(overdue)) متأخرة "
    case .typeToSearch: " اكتب للبحث  "
    case .helpTitle(let screen): "\(words(.screenTitle(screen))) · المفاتيح (Esc يغلق، / للبحث)"
    case .formKeysHeading: "في النماذج والمطالبات:"
    case .listSeparator: "، "
    case .visitSaved: "حُفظت المقابلة"
    case .caseNumber(let id): "رقم الحالة: \(id)"
    case .readNumberToVisitor: "أبلغ الزائر بهذا الرقم."
    case .terminalTooSmall: "الطرفية صغيرة جدًا"
    case .terminalSize(let width, let height, let neededWidth, let neededHeight):
      "\(width)×\(height)؛ يحتاج البرنامج \(neededWidth)×\(neededHeight)."
    case .enlargeTheWindow: "كبّر النافذة؛ q للخروج."
    }
  }

  // MARK: Explaining the desk

  func words(_ phrase: GuidePhrase) -> String {
    switch phrase {
    case .escOrEnterToGoOn: "(Esc أو Enter للمتابعة)"
    case .leftView(let notice, let view):
      "\(words(notice)) خرجت من \(view.map { "عرض " + words(InboxPhrase.view($0)) } ?? "هذا العرض")؛ "
        + "تبقى هنا معلّمة بـ * "
        + "حتى تنتقل."
    case .moreKeys: "? المزيد"
    case .helpKeys: " j/k ↓ ↑ PgDn PgUp للتمرير  / للبحث  Esc للإغلاق"
    case .helpSearch(let search): "البحث في المساعدة: \(search)"
    case .helpNoMatch(let search): "لا شيء في المساعدة يطابق «\(search)»."
    case .legendHeading: "على الشاشة:"
    case .legend(let entry):
      switch entry {
      case .overdueMark: "!  متأخرة"
      case .dueSoonMark: "~  موعدها خلال ٤ ساعات"
      case .failedDeliveryMark:
        "×  تعذّر تسليم رسالة إلى صاحب الحالة: اتصل به بدلًا من ذلك (تتقدّم على ! و~)"
      case .leftViewMark: "*  عُمل عليها ولم تعد في هذا العرض (تبقى حتى تنتقل)"
      case .idPrefixes:
        "V- حضور  P- هاتف  S- تواصل اجتماعي  L- خطاب  T- خدمة التطوع  W- الموقع"
      case .ages: "العمر: منذ وصول الحالة، بالدقائق والساعات والأيام والأسابيع"
      }
    case .age(let value, let unit):
      switch unit {
      case .minutes:
        counted(
          value,
          Noun(
            zero: "الآن", one: "دقيقة", two: "دقيقتان", few: "دقائق", many: "دقيقة",
            other: "دقيقة"))
      case .hours:
        counted(
          value,
          Noun(
            zero: "الآن", one: "ساعة", two: "ساعتان", few: "ساعات", many: "ساعة", other: "ساعة"))
      case .days:
        counted(
          value,
          Noun(zero: "اليوم", one: "يوم", two: "يومان", few: "أيام", many: "يومًا", other: "يوم"))
      case .weeks:
        counted(
          value,
          Noun(
            zero: "هذا الأسبوع", one: "أسبوع", two: "أسبوعان", few: "أسابيع", many: "أسبوعًا",
            other: "أسبوع"))
      }
    case .notOnStaff(let account):
      "\(account) ليس في قائمة موظفي المكتب، فلا تُسند إليه حالات ويبقى عرض «حالاتي» فارغًا. "
        + "اطلب من المسؤول إضافته؛ v يعرض العروض الأخرى."
    case .newestCases(let shown, let total):
      shown == total
        ? "الحالات السابقة (الأحدث أولًا):"
        : "أحدث \(number(shown)) من \(number(total)) حالات سابقة:"
    case .noProgram: "بلا برنامج"
    case .notRecorded: "غير مسجّل"
    }
  }

  // MARK: Keys

  func words(_ phrase: KeyPhrase) -> String {
    switch phrase {
    case .help(let action, let context): help(action, context)
    case .hint(let action, let context): hint(action, context)
    }
  }

  private func help(_ action: DeskAction, _ context: KeyContext) -> String {
    switch (action, context) {
    case (.cancel, .palette): "إغلاق اللوحة"
    case (.filter, _):
      "تصفية بالعرض والقناة والنوع والحالة والمسند إليه والبرنامج والطرف؛ والحفظ كعرض"
    case (.views, _): "قائمة العروض بأسمائها (المدمجة والمحفوظة)"
    case (.jumpToCase, _): "الانتقال إلى حالة برقمها (V-000123، v123)"
    case (.palette, _): "لوحة الأوامر: كل أمر بمفتاحه"
    case (.runCommand, _): "تنفيذ الأمر"
    case (.help, _): "المساعدة (هذه القائمة)"
    case (.search, .help): "البحث في المساعدة"
    case (.open, .contacts): "الانتقال إلى حالات الشخص (الأحدث أولًا)؛ Enter مرة أخرى يفتح إحداها"
    case (.nextPane, .contacts): "بين الأشخاص وحالاتهم"
    case (.back, .help): "إغلاق المساعدة (q و ? أيضًا)"
    case (.top, .help): "أول المساعدة"
    case (.bottom, .help): "آخر المساعدة"
    case (.quit, _): "الخروج (Ctrl-C يخرج من أي مكان)"
    case (.newCase, _): "حالة جديدة من أي قناة: هاتف، خطاب، تواصل اجتماعي، موقع، تطوع (القناة أولًا)"
    case (.newVisit, _):
      "مقابلة حضورية جديدة (نموذج الاستقبال)"
    case (.screen(let screen), _): words(DeskPhrase.screenTitle(screen))
    case (.search, .inbox):
      "البحث في القائمة (يراعي العربية)؛ Esc يمسحه"
    case (.search, .contacts):
      "البحث في المراجعين (يراعي العربية)؛ Esc يمسحه"
    case (.search, .library):
      "البحث في الوثائق؛ Esc يمسحه"
    case (.search, _): "البحث في الوارد"
    case (.cycleView, .outbox): "عرض: الكل، في الانتظار، تعذّر تسليمها، أُرسلت أو وصلت"
    case (.top, .outbox): "أحدث رسالة"
    case (.bottom, .outbox): "أقدم رسالة"
    case (.cycleView, _):
      "تبديل العرض: كل المفتوحة، حالاتي، غير المسندة، المتأخرة، الكل، تعذّر التسليم (اتصل بدلًا من ذلك)"
    case (.down, .inbox):
      "الحالة التالية (في التفاصيل: تمرير لأسفل)"
    case (.up, .inbox):
      "الحالة السابقة (في التفاصيل: تمرير لأعلى)"
    case (.down, .library): "الوثيقة التالية"
    case (.up, .library): "الوثيقة السابقة"
    case (.down, .surveys): "الدرجة المنخفضة التالية للمتابعة"
    case (.up, .surveys):
      "الدرجة المنخفضة السابقة للمتابعة"
    case (.down, _): "التالي"
    case (.up, _): "السابق"
    case (.pageDown, .library): "تمرير الوثيقة لأسفل"
    case (.pageUp, .library): "تمرير الوثيقة لأعلى"
    case (.pageDown, _): "صفحة للأسفل"
    case (.pageUp, _): "صفحة للأعلى"
    case (.top, _): "أول حالة"
    case (.bottom, _): "آخر حالة"
    case (.open, .inbox):
      "فتح الحالة: الانتقال إلى تفاصيلها"
    case (.open, _): "فتح الحالة في الوارد"
    case (.nextPane, _): "اللوح التالي"
    case (.previousPane, _): "اللوح السابق"
    case (.back, .inbox):
      "العودة إلى القائمة؛ يمسح البحث"
    case (.back, .contacts), (.back, .library): "مسح البحث"
    case (.back, _): "مسح الرسالة"
    case (.assign, _): "إسناد إلى أحد الموظفين"
    case (.priority, _): "تحديد الأولوية"
    case (.status, _):
      "تغيير الحالة (انتظار، استئناف، إغلاق)"
    case (.note, _):
      "ملاحظة داخلية (لا تُرسل للمراجع)"
    case (.reply, _): "الرد على المراجع (من قالب)"
    case (.resolve, _): "المعالجة، مع كتابة ما تم"
    case (.reopen, _): "إعادة فتح حالة معالجة أو مغلقة"
    case (.permit, _):
      "خطوة التصريح التالية (رفع، قرار، إبلاغ)"
    case (.survey, .surveys):
      "تسجيل إجابات استبانة لشخص دون حالة"
    case (.survey, _):
      "تسجيل إجابات الاستبانة (تُسأل هاتفيًا أو حضوريًا)"
    case (.previousPeriod, _): "الفترة السابقة"
    case (.nextPeriod, _): "الفترة التالية"
    case (.periodLength, _): "أسبوع، شهر، ربع سنة، سنة"
    case (.breakdown, _):
      "التوزيع حسب القناة، النوع، البرنامج، القسم، الشهر، الطرف"
    case (.triage, _): "الفرز: النوع والبرنامج والقسم والطرف والوسوم"
    case (.merge, _): "دمج هذه الحالة المكررة في الحالة التي تكررها"
    case (.link, _): "ربط حالة ذات صلة (تظهر في الاثنتين)"
    case (.followUp, _): "تولي متابعة الدرجة المنخفضة (المسؤول والموعد) أو إنهاؤها بملاحظة"
    case (.currentPeriod, _): "العودة إلى الفترة التي تضم اليوم"
    case (.nextSurvey, _): "الاستبانة التالية"
    case (.editContact, _):
      "تعديل الاسم، إضافة جوال أو بريد، تحديد الصفات"
    case (.mergeContact, _): "دمج سجلين لشخص واحد"
    case (.keepInTouch, _): "تسجيل شكر الشخص أو إبلاغه (سجل الداعم)"
    case (.keepSearch, _):
      "إبقاء البحث والعودة إلى القائمة"
    case (.clearSearch, _): "مسح البحث"
    case (.nextField, _):
      "الحقل التالي (↓ حيث لا يستعمله الحقل)"
    case (.previousField, _):
      "الحقل السابق (↑ حيث لا يستعمله الحقل)"
    case (.choose, _): "الاختيار في حقل الخيارات"
    case (.advance, _):
      "الحقل التالي (سطر جديد في التفاصيل والملاحظات والردود)"
    case (.save, _): "حفظ"
    case (.cancel, _):
      "إلغاء (يسأل أولًا إن كُتب شيء)"
    case (.done, _): "تم"
    case (.answeredOnTheSpot, _): "أُجيب في الحال"
    case (.nextVisit, _): "مقابلة تالية"
    case (.attach, _): "إرفاق ملف (خطاب ممسوح، صورة هوية، قرار؛ \(number(25)) ميغابايت على الأكثر)"
    }
  }

  private func hint(_ action: DeskAction, _ context: KeyContext) -> String {
    switch action {
    case .filter: "تصفية"
    case .views: "العروض"
    case .jumpToCase: "انتقال لحالة"
    case .palette: "الأوامر"
    case .runCommand: "تنفيذ"
    case .help: "مساعدة"
    case .quit: "خروج"
    case .newCase: "حالة جديدة"
    case .newVisit: "مقابلة جديدة"
    case .search: "بحث"
    case .cycleView: context == .outbox ? "عرض" : "العرض"
    case .assign: "إسناد"
    case .priority: "الأولوية"
    case .status: "الحالة"
    case .note: "ملاحظة"
    case .reply: "رد"
    case .resolve: "معالجة"
    case .permit: "تصريح"
    case .survey: "استبانة"
    case .previousPeriod, .nextPeriod: "الفترة"
    case .periodLength: "طول الفترة"
    case .breakdown: "التوزيع"
    case .triage: "فرز"
    case .merge: "دمج"
    case .link: "ربط"
    case .followUp: "متابعة"
    case .currentPeriod: "الآن"
    case .nextSurvey: "الاستبانة"
    case .down, .up:
      context == .surveys ? "المتابعة" : "للاختيار"
    case .pageDown, .pageUp: "تمرير"
    case .open: context == .permits ? "فتح (ثم P للخطوة)" : "فتح"
    case .editContact: "تعديل"
    case .mergeContact: "دمج"
    case .keepInTouch: "شكر/إبلاغ"
    case .keepSearch: "إبقاء"
    case .clearSearch: "مسح"
    case .nextField: "الحقل التالي"
    case .save: "حفظ"
    case .cancel: "إلغاء"
    case .attach: words(AttachmentPhrase.keyWord)
    case .screen, .top, .bottom, .nextPane, .previousPane, .back, .reopen, .previousField,
      .advance, .choose, .done, .answeredOnTheSpot, .nextVisit:
      help(action, context)
    }
  }
}

// MARK: New case and parties

extension Arabic {
  func words(_ phrase: IntakePhrase) -> String {
    switch phrase {
    case .newCase: "حالة جديدة"
    case .channel: "القناة"
    case .party: "الطرف"
    case .direction: "المكالمة"
    case .letterReference: "رقم الخطاب"
    case .letterDate: "تاريخ الخطاب (YYYY-MM-DD)"
    case .arrival: "وصل"
    case .platform: "المنصة"
    case .handle: "المعرّف"
    case .websiteReference: "رقم النموذج"
    case .volunteer: "المتطوع"
    case .roles: "الصفات"
    case .notSaid: "غير محدد"
    case .directionChoice(.incoming): "واردة (اتصلوا بنا)"
    case .directionChoice(.outgoing): "صادرة (اتصلنا بهم)"
    case .arrivalChoice(.hand): "باليد"
    case .arrivalChoice(.post): "بالبريد"
    case .arrivalChoice(.email): "بالبريد الإلكتروني"
    case .writeLetterDate: "اكتب تاريخ الخطاب بالشكل YYYY-MM-DD، أو اتركه فارغًا."
    case .chooseChannel: "اختر القناة التي وصلت منها الحالة من القائمة."
    case .chooseParty: "اختر طرف الشخص من القائمة."
    case .keepOneRole: "أبقِ صفة واحدة على الأقل: كل شخص طرف من الأطراف الأربعة."
    case .partyLine(let party): "الطرف: " + words(ScreenPhrase.role(party))
    case .detailsLine(let channel, let details): detailsLine(channel, details)
    case .saved(let id, let channel):
      "حُفظت برقم \(id) (\(words(VocabularyPhrase.channel(channel))))."
    }
  }

  private func detailsLine(_ channel: Channel, _ details: ChannelDetails) -> String {
    var parts: [String] = []
    if let direction = details.direction {
      parts.append(direction == .incoming ? "مكالمة واردة" : "مكالمة صادرة")
    }
    if let reference = details.reference { parts.append("الرقم \(reference)") }
    if let date = details.letterDate { parts.append(digits("بتاريخ \(date)")) }
    if let arrival = details.arrival { parts.append(words(IntakePhrase.arrivalChoice(arrival))) }
    if let platform = details.platform { parts.append("عبر \(platform)") }
    if let volunteer = details.volunteer { parts.append("المتطوع \(volunteer)") }
    return words(VocabularyPhrase.channel(channel)) + ": " + parts.joined(separator: " · ")
  }
}
