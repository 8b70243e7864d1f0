import Domain
import Foundation
import JSONStore

/// A realistic synthetic office, the same for the same seed: cases on all six channels in
/// every state, permits at every step, repeat visitors, Arabic, English, Urdu and Tagalog
/// text, Saudi names and numbers, and survey responses skewed as real ones are. Every
/// history goes through `CaseDecider`, so it obeys the same rules as the app.
public struct DemoGenerator {
  public let cases: Int
  public let seed: UInt64
  /// The generated office's "now": histories end before it.
  public let now: Date

  public init(cases: Int, seed: UInt64, now: Date) {
    self.cases = cases
    self.seed = seed
    self.now = now
  }

  public struct Summary {
    public var cases = 0
    public var events = 0
    public var responses = 0
  }

  /// Appends the office's records to the logs of `directory` the way the desk writes them:
  /// one batch for each group of events that belong together (one command's events; a
  /// survey response with its case's event). Batches are written a few thousand records at
  /// a time, with one write and one sync each.
  public func write(to directory: DataDirectory) throws -> Summary {
    var random = SplitMix64(seed: seed)
    var summary = Summary()
    var pending: [Channel: [[ChannelLog.Draft]]] = [:]
    var pendingRecords: [Channel: Int] = [:]
    var logs: [Channel: ChannelLog] = [:]
    for channel in Channel.allCases {
      logs[channel] = try ChannelLog(directory: directory, channel: channel.rawValue)
    }
    var numbers: [Channel: Int] = [:]
    var people: [(name: String, phone: String)] = []
    func flush(_ channel: Channel) throws {
      guard let batches = pending[channel], !batches.isEmpty else { return }
      try logs[channel]?.append(batches: batches, actor: "demo")
      pending[channel] = []
      pendingRecords[channel] = 0
    }
    func add(_ batch: [ChannelLog.Draft], on channel: Channel) {
      pending[channel, default: []].append(batch)
      pendingRecords[channel, default: 0] += batch.count
    }
    let span: TimeInterval = 120 * 86_400
    for index in 0..<cases {
      let channel = Self.channelMix[random.below(Self.channelMix.count)]
      numbers[channel, default: 0] += 1
      let id = CaseID(channel: channel, number: numbers[channel] ?? 1)
      // Cases spread over the last 120 days, older ones first, the newest in the last hours.
      let received = now.addingTimeInterval(
        -span * Double(cases - index) / Double(cases) - Double(random.below(3600)))
      let person: (name: String, phone: String)
      if !people.isEmpty && random.chance(0.3) {
        person = people[random.below(people.count)]  // a returning person
      } else {
        person = (
          Self.names[random.below(Self.names.count)],
          "05\(5 + random.below(5))\(String(1_000_000 + random.below(8_999_999)))"
        )
        if people.count < 50_000 { people.append(person) }
      }
      // The outbox draws from its own sequence, so the rest of the office is what this seed
      // always made.
      var outbox = SplitMix64(seed: seed ^ 0x6F75_7462_6F78 ^ UInt64(index))
      let history = makeHistory(
        id: id, received: received, person: person, random: &random, outbox: &outbox)
      for (number, group) in history.groups.enumerated() {
        var batch = group.map { event in
          EventRecords.draft(
            event, of: id,
            eventID: history.outboxGroups.contains(number) ? outbox.eventID() : random.eventID())
        }
        // As the store records one: the response, then its case's event, in one batch.
        if number == history.groups.count - 1, let survey = history.survey {
          batch.insert(survey, at: 0)
          summary.responses += 1
        }
        add(batch, on: channel)
        summary.events += group.count
      }
      summary.cases += 1
      // People who attended a program evaluate it without any case: anonymous responses.
      for _ in 0..<(random.chance(0.9) ? 1 + random.below(3) : 0) {
        add([anonymousResponse(channel: channel, at: received, random: &random)], on: channel)
        summary.responses += 1
      }
      if (pendingRecords[channel] ?? 0) >= 4000 { try flush(channel) }
    }
    for channel in Channel.allCases { try flush(channel) }
    return summary
  }

  /// One case's events, a group for each command, and its survey response if the person
  /// answered one (then the last group is the case's record of it).
  private func makeHistory(
    id: CaseID, received: Date, person: (name: String, phone: String), random: inout SplitMix64,
    outbox: inout SplitMix64
  ) -> (groups: [[CaseEvent]], survey: ChannelLog.Draft?, outboxGroups: Set<Int>) {
    let kind: CaseKind =
      id.channel == .volunteer
      ? (random.chance(0.7) ? .permit : .inquiry) : Self.kindMix[random.below(Self.kindMix.count)]
    let language = random.below(10)
    let (subject, body) = Self.text(for: kind, language: language, random: &random)
    let staff = ["huda", "omar", "sara", "khalid"]
    let officer = staff[1 + random.below(3)]
    var state: Case?
    var groups: [[CaseEvent]] = []
    var outboxGroups = Set<Int>()
    var clock = received
    let age = now.timeIntervalSince(received)
    func step(_ command: CaseCommand, after seconds: TimeInterval, by actor: String) {
      let at = clock.addingTimeInterval(seconds)
      // The demo office lets every account act as a manager (office.json "demo": true).
      let acting = Acting(
        member: StaffMember(account: actor, name: actor, role: .manager), timeZone: .gmt)
      guard at < now, let new = try? CaseDecider.decide(command, state, at: at, by: acting) else {
        return
      }
      clock = at
      state = new.reduce(state, CaseDecider.evolve)
      groups.append(new)
    }
    let reads: Language = Language.of(subject + " " + body) ?? .arabic
    /// Sends what the office sends of itself by SMS, with the bridge's receipt a few minutes
    /// later: most arrive, some fail (a number no longer in service). None is left waiting:
    /// the demo's numbers look real, and a bridge pointed at a demo office must text nobody.
    /// The case's own clock is kept, so the rest of its history is as the seed made it.
    func send(_ kind: OutboundMessage.Kind, _ text: String, delivered: Bool) {
      let resume = clock
      defer { clock = resume }
      let receiptAfter = Double(60 + outbox.below(600))
      guard clock.addingTimeInterval(receiptAfter) < now else { return }
      let survey = kind == .surveyInvitation ? "service" : nil
      let question = kind == .surveyInvitation ? "overall" : nil
      let before = groups.count
      step(
        .queueMessage(
          OutboundDraft(
            kind: kind, medium: .sms, text: text, language: reads, survey: survey,
            question: question)), after: 0, by: "omar")
      guard groups.count > before, let sent = state?.outbound.last else { return }
      outboxGroups.insert(before)
      let arrived = outbox.below(100) < 90
      let receipt = DeliveryReceipt(
        message: sent.message.id,
        status: arrived ? (delivered ? .delivered : .sent) : .failed,
        reason: arrived ? nil : "number not in service")
      let receiptGroup = groups.count
      step(.reportDelivery(receipt), after: receiptAfter, by: "sms-bridge")
      if groups.count > receiptGroup { outboxGroups.insert(receiptGroup) }
    }
    let contact = ContactDetails(
      name: person.name, phone: PhoneNumber(person.phone),
      email: id.channel == .website && random.chance(0.6)
        ? "user\(random.below(100_000))@example.org" : nil,
      handle: id.channel == .social
        ? "@\(Self.handles[random.below(Self.handles.count)])\(random.below(1000))" : nil)
    var opening = CaseChange.Opening(
      id: id, kind: kind, subject: subject, body: body, contact: contact, receivedAt: received,
      externalID: id.channel == .website || id.channel == .social ? "ext-\(id)" : nil,
      program: kind == .permit || random.chance(0.3)
        ? Self.programs[random.below(Self.programs.count)] : nil,
      priority: kind == .complaint && random.chance(0.3)
        ? .high : (random.chance(0.05) ? .urgent : .normal))
    opening.language = reads
    step(.open(opening), after: 0, by: id.channel == .visit ? "huda" : "omar")
    // Older cases got further along: after three weeks nearly all are answered and resolved;
    // a few get stuck on the way, as in any office.
    let maturity = min(1, age / (21 * 86_400))
    let progress =
      random.chance(0.03)
      ? maturity * Double(random.below(60)) / 100
      : maturity * Double(70 + random.below(31)) / 100
    if random.chance(0.85) {
      step(.assign(to: officer), after: Double(random.below(7200)), by: "omar")
    }
    if progress > 0.1 {
      step(
        .reply(
          channel: id.channel, text: Self.replies[random.below(Self.replies.count)],
          template: kind == .permit ? "permit-explained" : nil),
        after: Double(random.below(4 * 3600)), by: officer)
    }
    if progress > 0.2 && random.chance(0.3) {
      step(.note("تم التواصل مع القسم المختص"), after: Double(random.below(86_400)), by: officer)
    }
    if kind == .permit {
      if progress > 0.3 {
        step(
          .submitPermit(reference: "TSR-\(100_000 + random.below(900_000))", date: clock),
          after: Double(random.below(2 * 86_400)), by: officer)
      }
      if progress > 0.55 {
        step(
          .decidePermit(
            approved: random.chance(0.8), reference: "DEC-\(random.below(1_000_000))", date: clock),
          after: Double(3 + random.below(10)) * 86_400, by: officer)
        if let permit = state?.permit, permit.step == .approved || permit.step == .rejected {
          send(
            .decision,
            OutboxTexts.decision(
              approved: permit.step == .approved, caseID: id,
              reference: permit.decisionReference, language: reads),
            delivered: false)
        }
      }
      if progress > 0.7 {
        step(
          .notifyRequester(how: random.chance(0.5) ? "phone call" : "SMS"),
          after: Double(random.below(86_400)), by: officer)
      }
    } else if progress > 0.35 && random.chance(0.25) {
      step(
        .wait(reason: "بانتظار المستندات من المستفيد"), after: Double(random.below(86_400)),
        by: officer)
      if progress > 0.5 { step(.resume, after: Double(random.below(3 * 86_400)), by: officer) }
    }
    if progress > 0.6 {
      // A decided permit is resolved only once the requester is told. Told at once, with
      // nothing drawn: a draw here would change every demo case after this one.
      if let permitStep = state?.permit?.step, permitStep == .approved || permitStep == .rejected {
        step(.notifyRequester(how: "phone call"), after: 0, by: officer)
      }
      step(
        .resolve(resolution: Self.resolutions[random.below(Self.resolutions.count)]),
        after: Double(random.below(3 * 86_400)), by: officer)
      if state?.status == .resolved {
        send(
          .surveyInvitation,
          OutboxTexts.invitation(
            question: Self.mainQuestion.text(in: reads), scale: .rating5, caseID: id,
            name: person.name, language: reads),
          delivered: true)
      }
    }
    if progress > 0.9 { step(.close, after: Double(random.below(7 * 86_400)), by: officer) }
    var survey: ChannelLog.Draft?
    if state?.resolvedAt != nil && random.chance(0.45) {
      let overall = Self.scoreMix[random.below(Self.scoreMix.count)]
      let recommend = min(10, max(0, overall * 2 + random.below(3) - 1))
      let program = opening.program != nil && random.chance(0.5)
      let input = IngestRequest.SurveyIngest(
        survey: program ? "program" : "service", channel: id.channel, caseID: id,
        answers: [
          "overall": .number(overall), "recommend": .number(recommend),
          program ? "content" : "speed": .number(min(5, max(1, overall + random.below(3) - 1))),
        ], assisted: id.channel == .visit || id.channel == .phone,
        receivedAt: clock.addingTimeInterval(3600),
        externalID: nil)
      let responseID = "R-\(id)"
      let before = groups.count
      // A closed case takes a survey answer, but the demo records one only on a case still
      // open to it, as it always has: the same seed keeps making the same office.
      if state?.status != .closed {
        step(
          .recordSurvey(responseID: responseID, primary: overall, recommend: recommend),
          after: 3600, by: "demo")
      }
      // The response is the last group's first record: alone when the case could not take it.
      if groups.count == before { groups.append([]) }
      survey = EventRecords.draft(
        survey: input, responseID: responseID, receivedAt: clock, now: clock,
        eventID: random.eventID(), actor: "survey")
    }
    return (groups, survey, outboxGroups)
  }

  private func anonymousResponse(channel: Channel, at date: Date, random: inout SplitMix64)
    -> ChannelLog.Draft
  {
    let program = random.chance(0.6)
    let overall = Self.scoreMix[random.below(Self.scoreMix.count)]
    let input = IngestRequest.SurveyIngest(
      survey: program ? "program" : "service", channel: channel, caseID: nil,
      answers: [
        "overall": .number(overall),
        "recommend": .number(min(10, max(0, overall * 2 + random.below(3) - 1))),
        program ? "content" : "courtesy": .number(min(5, max(1, overall + random.below(3) - 1))),
      ], assisted: false, receivedAt: date, externalID: nil)
    return EventRecords.draft(
      survey: input, responseID: "R-" + random.eventID(), receivedAt: date, now: date,
      eventID: random.eventID(), actor: "survey")
  }

  /// The bundled service survey's main question (surveys/service.json), as the demo's
  /// invitations ask it.
  static let mainQuestion = LocalizedText(
    arabic: "ما مدى رضاك عن الخدمة بشكل عام؟",
    english: "Overall, how satisfied are you with the service?")

  public static let channelMix: [Channel] = [
    .visit, .visit, .visit, .phone, .phone, .phone, .social, .social, .letter, .volunteer,
    .volunteer, .website, .website,
  ]
  public static let kindMix: [CaseKind] = [
    .inquiry, .inquiry, .inquiry, .inquiry, .complaint, .complaint, .suggestion, .service, .service,
    .permit,
  ]
  public static let scoreMix = [5, 5, 5, 5, 4, 4, 4, 3, 2, 1]
  public static let programs = [
    "friday-talk", "new-muslims", "ramadan-iftar", "quran-circle", "urdu-lessons",
  ]
  public static let handles = [
    "abu_fahad", "maria.santos", "rahim_bd", "noor", "ali_k", "sister_aisha",
  ]
  public static let names = [
    "عبدالله القحطاني", "محمد العتيبي", "فهد الدوسري", "نورة الشهري", "سارة الغامدي",
    "خالد الزهراني", "أحمد الحربي",
    "ريم المطيري", "عبدالرحمن السبيعي", "هند العنزي", "Muhammad Asif", "Rahim Uddin",
    "Maria Santos", "Jose Reyes",
    "Ahmed Khan", "Fatima Bibi", "Abdul Karim", "Siti Rahma", "John Mathew", "Ayesha Siddiqui",
  ]
  public static let replies = [
    "السلام عليكم، تم استلام طلبكم وسنعود إليكم قريبا",
    "Thank you for contacting us; we are looking into your request.",
    "نفيدكم بأن طلب التصريح يرفع إلى الجهات المختصة عبر منصة تيسير، وسنبلغكم بالقرار فور صدوره",
    "شكرا لملاحظتكم، تمت إحالتها إلى القسم المختص",
  ]
  public static let resolutions = [
    "تم الرد على الاستفسار وتزويده بالمواعيد", "Answered on the phone with the program schedule.",
    "تم حل المشكلة بالتنسيق مع المشرف", "تم إبلاغ مقدم الطلب بقرار الجهة المختصة",
    "Forwarded to the program team; they confirmed.",
  ]

  public static func text(for kind: CaseKind, language: Int, random: inout SplitMix64) -> (
    String, String
  ) {
    let n = random.below(90) + 10
    switch (kind, language) {
    case (.permit, 0...5):
      return (
        "طلب تصريح لإقامة محاضرة رقم \(n)",
        "أرغب في تنظيم محاضرة توعوية في الحي، أرجو رفع الطلب للجهات المختصة"
      )
    case (.permit, _):
      return (
        "Permit request for a lecture (\(n))",
        "I would like to hold an awareness lecture; please submit it for the permit."
      )
    case (.complaint, 0...4):
      return ("شكوى بخصوص تأخر الرد \(n)", "راجعت الجمعية أكثر من مرة ولم يتم الرد على طلبي")
    case (.complaint, 5...6):
      return (
        "Complaint: no reply for two weeks (\(n))",
        "I called several times and nobody answered my request."
      )
    case (.complaint, _):
      return ("شکایت: جواب نہیں ملا \(n)", "میں نے کئی بار رابطہ کیا لیکن جواب نہیں ملا")
    case (.suggestion, 0...5):
      return ("مقترح لتحسين مواعيد الدروس \(n)", "أقترح أن تكون الدروس بعد صلاة العشاء")
    case (.suggestion, _):
      return (
        "Suggestion: classes in Tagalog (\(n))",
        "Sana po magkaroon ng klase sa Tagalog tuwing Biyernes."
      )
    case (.service, 0...5):
      return (
        "طلب مساعدة في التسجيل \(n)", "أحتاج مساعدة في التسجيل في برنامج رعاية المهتدين الجدد"
      )
    case (.service, _):
      return (
        "Help with registration (\(n))", "I need help registering for the new Muslims care program."
      )
    case (_, 0...4):
      return ("استفسار عن مواعيد البرنامج \(n)", "متى يبدأ البرنامج القادم وهل يوجد ترجمة؟")
    case (_, 5...6):
      return (
        "Question about the program schedule (\(n))",
        "When does the next program start, and is there translation?"
      )
    case (_, 7):
      return (
        "پروگرام کے اوقات کے بارے میں سوال \(n)",
        "اگلا پروگرام کب شروع ہوگا؟ کیا اردو میں ترجمہ ہوگا؟"
      )
    default:
      return ("Tanong tungkol sa iskedyul \(n)", "Kailan po magsisimula ang susunod na programa?")
    }
  }
}

/// A small, fast, seedable random number generator (SplitMix64), so a seed always gives the
/// same office.
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  public mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
  public mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) / Double(1 << 53) < probability
  }
  public mutating func eventID() -> String { EventID.make(using: &self) }
}
