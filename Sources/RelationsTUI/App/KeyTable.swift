import Domain

/// What a key asks the desk to do, outside forms (CONTRACTS.md).
enum DeskAction: Hashable, Sendable {
  case help, quit, newVisit, search, cycleView
  case down, up, pageDown, pageUp, top, bottom
  case open, nextPane, previousPane
  case assign, priority, status, note, reply, resolve, reopen, permit, survey
  case screen(DeskScreen)
  case previousPeriod, nextPeriod, periodLength, breakdown, nextSurvey
  case editContact, mergeContact
}

/// One line of the key table: the keys, what they do, and whether the hint line shows them.
struct KeyBinding: Sendable {
  var keys: [KeyPress]
  var action: DeskAction
  var help: LocalizedText
  /// The short word on the hint line; nil keeps the binding to the help overlay.
  var hint: LocalizedText?

  var label: String {
    keys.map(\.label).joined(separator: " ")
  }
}

/// The one key table: `update` looks keys up here, the help overlay and the hint line are
/// generated from it, so what the help says is what the keys do.
enum KeyTable {
  static let bindings: [KeyBinding] = [
    KeyBinding(
      keys: [.character("?"), .function(1)], action: .help,
      help: .init(arabic: "المساعدة (هذه القائمة)", english: "help (this list)"),
      hint: .init(arabic: "مساعدة", english: "help")),
    KeyBinding(
      keys: [.character("q"), .function(10)], action: .quit,
      help: .init(
        arabic: "الخروج (Ctrl-C يخرج من أي مكان)", english: "quit (Ctrl-C quits anywhere)"),
      hint: .init(arabic: "خروج", english: "quit")),
    KeyBinding(
      keys: [.character("n")], action: .newVisit,
      help: .init(
        arabic: "مقابلة حضورية جديدة (نموذج الاستقبال)",
        english: "new in-person visit (intake form)"),
      hint: .init(arabic: "مقابلة جديدة", english: "new visit")),
    KeyBinding(
      keys: [.character("/")], action: .search,
      help: .init(
        arabic: "البحث في القائمة (يراعي العربية)؛ Esc يمسحه",
        english: "search the list (Arabic-aware); Esc clears"),
      hint: .init(arabic: "بحث", english: "search")),
    KeyBinding(
      keys: [.character("v")], action: .cycleView,
      help: .init(
        arabic: "تبديل العرض: كل المفتوحة، حالاتي، غير المسندة، المتأخرة، الكل",
        english: "cycle views: All open, Mine, Unassigned, Overdue, All"),
      hint: .init(arabic: "العرض", english: "view")),
    KeyBinding(
      keys: [.character("j"), .down], action: .down,
      help: .init(
        arabic: "الحالة التالية (في التفاصيل: تمرير لأسفل)",
        english: "next case (in the detail: scroll down)")),
    KeyBinding(
      keys: [.character("k"), .up], action: .up,
      help: .init(
        arabic: "الحالة السابقة (في التفاصيل: تمرير لأعلى)",
        english: "previous case (in the detail: scroll up)")),
    KeyBinding(
      keys: [.pageDown], action: .pageDown,
      help: .init(arabic: "صفحة للأسفل", english: "one page down")),
    KeyBinding(
      keys: [.pageUp], action: .pageUp, help: .init(arabic: "صفحة للأعلى", english: "one page up")),
    KeyBinding(
      keys: [.character("g"), .home], action: .top,
      help: .init(arabic: "أول حالة", english: "first case")),
    KeyBinding(
      keys: [.character("G"), .end], action: .bottom,
      help: .init(arabic: "آخر حالة", english: "last case")),
    KeyBinding(
      keys: [.enter], action: .open,
      help: .init(
        arabic: "فتح الحالة: الانتقال إلى تفاصيلها", english: "open the case: focus its detail")),
    KeyBinding(
      keys: [.tab], action: .nextPane, help: .init(arabic: "اللوح التالي", english: "next pane")),
    KeyBinding(
      keys: [.backTab], action: .previousPane,
      help: .init(arabic: "اللوح السابق", english: "previous pane")),
    KeyBinding(
      keys: [.character("a")], action: .assign,
      help: .init(arabic: "إسناد إلى أحد الموظفين", english: "assign to a member of staff"),
      hint: .init(arabic: "إسناد", english: "assign")),
    KeyBinding(
      keys: [.character("p")], action: .priority,
      help: .init(arabic: "تحديد الأولوية", english: "set the priority"),
      hint: .init(arabic: "الأولوية", english: "priority")),
    KeyBinding(
      keys: [.character("s")], action: .status,
      help: .init(
        arabic: "تغيير الحالة (انتظار، استئناف، إغلاق)",
        english: "change the status (waiting, resume, close)"),
      hint: .init(arabic: "الحالة", english: "status")),
    KeyBinding(
      keys: [.character("c")], action: .note,
      help: .init(
        arabic: "ملاحظة داخلية (لا تُرسل للمراجع)", english: "internal note (not sent to the person)"
      ),
      hint: .init(arabic: "ملاحظة", english: "note")),
    KeyBinding(
      keys: [.character("R")], action: .reply,
      help: .init(
        arabic: "الرد على المراجع (من قالب)", english: "reply to the person (from a template)"),
      hint: .init(arabic: "رد", english: "reply")),
    KeyBinding(
      keys: [.character("x")], action: .resolve,
      help: .init(
        arabic: "المعالجة، مع كتابة ما تم", english: "resolve, with the resolution in writing"),
      hint: .init(arabic: "معالجة", english: "resolve")),
    KeyBinding(
      keys: [.character("o")], action: .reopen,
      help: .init(arabic: "إعادة فتح حالة معالجة أو مغلقة", english: "reopen a resolved or closed case")),
    KeyBinding(
      keys: [.character("P")], action: .permit,
      help: .init(
        arabic: "خطوة التصريح التالية (رفع، قرار، إبلاغ)",
        english: "next permit step (submitted, decision, notified)"),
      hint: .init(arabic: "تصريح", english: "permit")),
    KeyBinding(
      keys: [.character("S")], action: .survey,
      help: .init(
        arabic: "تسجيل إجابات الاستبانة (تُسأل هاتفيًا أو حضوريًا)",
        english: "record the person's survey answers (asked on the phone or at the desk)")),
    KeyBinding(
      keys: [.character("1")], action: .screen(.inbox),
      help: .init(arabic: "الوارد", english: "Inbox")),
    KeyBinding(
      keys: [.character("2")], action: .screen(.surveys),
      help: .init(arabic: "الاستبانات", english: "Surveys")),
    KeyBinding(
      keys: [.character("3")], action: .screen(.permits),
      help: .init(arabic: "التصاريح", english: "Permits")),
    KeyBinding(
      keys: [.character("4")], action: .screen(.contacts),
      help: .init(arabic: "المراجعون", english: "Contacts")),
    KeyBinding(
      keys: [.character("5")], action: .screen(.library),
      help: .init(arabic: "المكتبة", english: "Library")),
    KeyBinding(
      keys: [.left], action: .previousPeriod,
      help: .init(arabic: "الاستبانات: الفترة السابقة", english: "surveys: previous period")),
    KeyBinding(
      keys: [.right], action: .nextPeriod,
      help: .init(arabic: "الاستبانات: الفترة التالية", english: "surveys: next period")),
    KeyBinding(
      keys: [.character("t")], action: .periodLength,
      help: .init(
        arabic: "الاستبانات: أسبوع، شهر، ربع سنة، سنة",
        english: "surveys: week, month, quarter, year")),
    KeyBinding(
      keys: [.character("b")], action: .breakdown,
      help: .init(
        arabic: "الاستبانات: التوزيع حسب القناة، النوع، البرنامج، القسم، الشهر",
        english: "surveys: break down by channel, kind, program, department, month")),
    KeyBinding(
      keys: [.character("u")], action: .nextSurvey,
      help: .init(arabic: "الاستبانات: الاستبانة التالية", english: "surveys: next survey")),
    KeyBinding(
      keys: [.character("e")], action: .editContact,
      help: .init(
        arabic: "المراجعون: تعديل الاسم، إضافة جوال أو بريد",
        english: "contacts: edit name, add phone or e-mail")),
    KeyBinding(
      keys: [.character("m")], action: .mergeContact,
      help: .init(
        arabic: "المراجعون: دمج سجلين لشخص واحد",
        english: "contacts: merge two records of one person")),
  ]

  /// Keys that work the same in every form and prompt; listed in the help.
  static let formKeys: [(String, LocalizedText)] = [
    ("Tab / Shift-Tab", .init(arabic: "الحقل التالي / السابق", english: "next / previous field")),
    ("← →", .init(arabic: "الاختيار في حقل الخيارات", english: "choose in a choice field")),
    (
      "Enter",
      .init(
        arabic: "الحقل التالي (سطر جديد في التفاصيل والملاحظات والردود)",
        english: "next field (a new line in Details, notes and replies)")
    ),
    ("Ctrl-S / F2", .init(arabic: "حفظ", english: "save")),
    (
      "Esc",
      .init(
        arabic: "إلغاء (يسأل أولًا إن كُتب شيء)",
        english: "cancel (asks first if something was typed)")
    ),
  ]

  private static let byKey: [KeyPress: DeskAction] = {
    var table: [KeyPress: DeskAction] = [:]
    for binding in bindings {
      for key in binding.keys { table[key] = binding.action }
    }
    return table
  }()

  static func action(for key: KeyPress) -> DeskAction? { byKey[key] }
}
