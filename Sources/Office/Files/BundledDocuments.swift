/// The reply templates and reference documents a demo office starts with, written for this
/// project (CONTRACTS.md: `DATA/templates/*.md`, `DATA/library/*.md`).
public enum BundledDocuments {
  public static let templates: [String: String] = [
    "permit-explained.ar.md": """
    ---
    kinds: permit
    steps: received, submitted
    ---
    # شرح إجراءات طلب التصريح

    السلام عليكم ورحمة الله وبركاته،

    شكرًا لتواصلكم مع الجمعية. نفيدكم بأن طلبكم لإقامة البرنامج قد استُلم، وأن الجمعية ترفعه
    إلى الجهات المختصة لإصدار التصريح اللازم عبر منصة «تيسير».

    سنبلغكم بالقرار فور صدوره من الجهة المختصة، ولا حاجة لمراجعتنا في الأثناء. وإن كانت لديكم
    أي استفسارات فنحن في خدمتكم.

    مع خالص التحية،
    علاقات المستفيدين
    """,
    "permit-explained.en.md": """
    ---
    kinds: permit
    steps: received, submitted
    ---
    # How your permit request is handled

    Peace be upon you,

    Thank you for contacting the association. Your request to hold the program has been
    received, and the association is submitting it to the competent authority for the
    required permit through the Taiseer platform.

    We will tell you the decision as soon as the authority issues it; there is no need to
    follow up with us in the meantime. If you have any question, we are here to help.

    With kind regards,
    Beneficiary relations
    """,
    "permit-decision.ar.md": """
    ---
    kinds: permit
    steps: approved, rejected
    ---
    # إبلاغ بقرار طلب التصريح

    السلام عليكم ورحمة الله وبركاته،

    نفيدكم بأن الجهة المختصة أصدرت قرارها بشأن طلبكم عبر منصة «تيسير»: {{decision}}.
    رقم القرار: {{reference}}.

    نشكر لكم حرصكم وتعاونكم.
    """,
    "acknowledge.ar.md": """
    # إشعار باستلام الطلب

    السلام عليكم ورحمة الله وبركاته،

    تم استلام طلبكم برقم {{case}}، وسيتواصل معكم المختص في أقرب وقت. نسعد بخدمتكم.
    """,
    "acknowledge.en.md": """
    # We received your request

    Peace be upon you,

    We received your request, number {{case}}. The officer in charge will contact you soon.
    We are glad to serve you.
    """,
    "complaint-resolved.ar.md": """
    ---
    kinds: complaint, suggestion
    ---
    # معالجة الملاحظة

    السلام عليكم ورحمة الله وبركاته،

    نشكر لكم ملاحظتكم رقم {{case}}، وقد تمت معالجتها على النحو الآتي: {{resolution}}.
    يسعدنا تقييمكم للخدمة عبر الاستبانة المرفقة، فرأيكم يعيننا على التحسين.
    """,
  ]

  public static let library: [String: String] = [
    "relations-policy-guide.md": """
    # دليل سياسة علاقات المستفيدين (ملخص عملي)

    - نتعامل مع جميع الأطراف: المستفيدين (الداخليين والخارجيين)، والداعمين، والمتطوعين.
    - نقدم خدمة متميزة وسريعة وعالية الجودة، ونتابع الطلبات والمقترحات حتى إغلاقها.
    - نصل إلى الناس بأيسر الطرق، ونبادر بإبلاغهم دون أن يضطروا للسؤال.
    - نستقبل عبر ست قنوات: المقابلة، والهاتف، ووسائل التواصل، والخطابات، وخدمة التطوع، والموقع.
    - نقيس الرضا بالاستبانات الإلكترونية لرفع الجودة، والتقييم حق للمستفيد وأداة للتحسين لا للعقاب أو التشهير.

    ## مهام موظف العلاقات
    1. استقبال طلبات المتطوعين لإقامة البرامج، ورفعها لاستخراج التصاريح، والرد على استفساراتهم، وإبلاغهم بالموافقة.
    2. الرد على الاستفسارات عن البرامج والأنشطة دون تأخير.
    3. العناية بالملاحظات والشكاوى وبذل الوسع في حلها.
    4. إفادة مقدمي طلبات التصاريح بأنها ترفع للجهات المختصة، وإبلاغهم بالقرار عند صدوره عبر منصة تيسير.
    """,
    "volunteer-regulations-summary.md": """
    # ملخص لائحة إدارة التطوع

    - يسجَّل المتطوع ببياناته ورقم جواله قبل تكليفه بأي برنامج.
    - يقدم المتطوع طلب إقامة البرنامج قبل موعده بأسبوعين على الأقل ليتسع الوقت لاستخراج التصريح.
    - لا يقام أي برنامج قبل صدور التصريح من الجهة المختصة.
    - تتابع الجمعية الطلب مع الجهة المختصة وتبلغ المتطوع بالقرار فور صدوره.
    - يقيَّم البرنامج من حضوره عبر استبانة تقييم البرامج.
    """,
    "bylaws-summary.md": """
    # ملخص اللائحة الأساسية للجمعية

    - الجمعية جمعية أهلية للدعوة والإرشاد وتوعية الجاليات، تعمل وفق الأنظمة المعتمدة.
    - من أهدافها: نشر الوعي الديني الصحيح، ورعاية المهتدين الجدد، وتقديم البرامج الدعوية والإرشادية بلغات الجاليات.
    - تحافظ الجمعية على سرية بيانات المستفيدين ولا تستخدمها إلا لخدمتهم.
    - تعتمد الجمعية الجودة والتحسين المستمر في جميع إداراتها التي تخدم المستفيدين الداخليين والخارجيين.
    """,
  ]
}
