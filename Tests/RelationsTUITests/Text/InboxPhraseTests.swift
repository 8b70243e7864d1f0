import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The inbox's phrases in both languages: every case has words, the counted ones take the
/// form their number asks for, and the Arabic has no English in it but keys and case ids.
@Suite struct InboxPhraseTests {
  static let id = CaseID(channel: .visit, number: 7)
  static let other = CaseID(channel: .phone, number: 3)
  static let date = Date(timeIntervalSince1970: 1_795_000_000)

  static let changes: [CaseChange] = [
    .opened(.init(id: id, kind: .complaint, subject: "شكوى", receivedAt: date)),
    .messageReceived(body: "نص", channel: .website, receivedAt: nil, externalID: nil),
    .triaged(.init(kind: .inquiry, priority: .high, department: "الخدمات", program: "تحفيظ")),
    .triaged(.init()),
    .assigned(to: "خالد"), .assigned(to: nil),
    .noted(text: "ملاحظة"),
    .replied(channel: .phone, text: "رد", template: "شكر"),
    .replied(channel: .letter, text: "رد", template: nil),
    .waitingStarted(reason: "الهوية"), .resumed,
    .permitSubmitted(reference: "١٢٣", date: date),
    .permitDecided(approved: true, reference: "٤٥", date: date),
    .permitDecided(approved: false, reference: "٤٦", date: date),
    .requesterNotified(how: "اتصال"), .resolved(resolution: "تم"), .reopened(reason: "سبب"),
    .closed, .linked(to: other), .merged(into: other),
    .surveyRecorded(responseID: "١", primary: 4, recommend: nil),
    .surveyRecorded(responseID: "٢", primary: nil, recommend: nil),
    .followUpTaken(owner: "خالد", due: date), .followUpDone(note: "اتصلت"),
  ]

  static let done: [InboxPhrase.Done] = [
    .assigned("خالد"), .assigned(nil), .priority(.urgent), .priority(nil), .noteAdded,
    .replyRecorded, .waiting, .resumed, .resolved, .reopened, .closed, .permitSubmitted,
    .permitDecided(approved: true), .permitDecided(approved: false), .requesterNotified, .saved,
  ]

  static let targets: [CaseDeadline.Target] = [
    .firstResponse, .submitToAuthority, .notifyRequester, .resolution,
  ]

  /// Every case of `InboxPhrase`, with each nested choice, and no data in Latin letters but
  /// the case ids.
  static let sample: [InboxPhrase] =
    InboxPhrase.Column.allCases.map { .column($0) }
    + InboxQuery.View.allCases.flatMap {
      [
        .view($0), .viewShowing($0, count: 6), .viewChanged($0, cases: 3),
        .outsideView(id, $0),
      ]
    }
    + [
      .noCasesInView, .noCaseMatches("فاطمة"), .search("فاطمة"), .noCaseSelected,
      .from("سارة  +966500000000"), .from(nil),
      .otherCases([.init(id: other, status: .open), .init(id: id, status: nil)], more: true),
      .otherCases([.init(id: other, status: .closed)], more: false),
      .channelAndAssignee(.social, assignee: "خالد"), .channelAndAssignee(.visit, assignee: nil),
      .program("تحفيظ"), .department("البرامج"), .tags(["عاجل"]),
      .mergedInto(id), .linkedWith([id]), .mergedHere([id]), .received("١٠ نوفمبر ٢٠٢٦ · ٠٨:٢٨"),
      .permitProgram(date: "٢٠٢٦-١٢-١٠", place: "جامع الحي"),
      .permitProgram(date: nil, place: "الحي"),
      .permit(
        .notified, reference: "١٢", submittedOn: "2026-11-02", decision: "٣٤",
        decidedOn: "2026-11-09", toldBy: "اتصال"),
      .permit(
        .received, reference: nil, submittedOn: nil, decision: nil, decidedOn: nil, toldBy: nil),
      .slaNothingDue, .slaNoTarget,
      .resolution("تم"), .timelineReading(events: 4), .timeline(events: 5),
      .selectCaseFirst, .selectCaseOrSurveysScreen, .noSurveyToAsk,
    ]
    + targets.flatMap {
      [
        .slaPaused($0, .waiting), .slaOverdue($0, by: "١٢ي", due: "١٢ نوفمبر"),
        .slaDue($0, due: "١٢ نوفمبر", in: "٣س"),
      ]
    }
    + changes.map { .change($0) }
    + done.map { .done(id, $0) }

  /// The case's name, by an exhaustive switch: a case added to `InboxPhrase` does not
  /// compile here until it is named, and `everyCaseIsInTheSample` asks for it in the sample.
  static func name(_ phrase: InboxPhrase) -> String {
    switch phrase {
    case .column: "column"
    case .noCasesInView: "noCasesInView"
    case .noCaseMatches: "noCaseMatches"
    case .view: "view"
    case .viewShowing: "viewShowing"
    case .search: "search"
    case .viewChanged: "viewChanged"
    case .outsideView: "outsideView"
    case .noCaseSelected: "noCaseSelected"
    case .from: "from"
    case .otherCases: "otherCases"
    case .channelAndAssignee: "channelAndAssignee"
    case .program: "program"
    case .department: "department"
    case .tags: "tags"
    case .mergedInto: "mergedInto"
    case .linkedWith: "linkedWith"
    case .mergedHere: "mergedHere"
    case .received: "received"
    case .permit: "permit"
    case .slaNothingDue: "slaNothingDue"
    case .slaNoTarget: "slaNoTarget"
    case .slaPaused: "slaPaused"
    case .slaOverdue: "slaOverdue"
    case .slaDue: "slaDue"
    case .resolution: "resolution"
    case .timelineReading: "timelineReading"
    case .timeline: "timeline"
    case .change: "change"
    case .selectCaseFirst: "selectCaseFirst"
    case .selectCaseOrSurveysScreen: "selectCaseOrSurveysScreen"
    case .noSurveyToAsk: "noSurveyToAsk"
    case .done: "done"
    case .permitProgram: "permitProgram"
    }
  }

  /// How many cases `InboxPhrase` has: one line per case in `name`.
  static let caseCount = 34

  static let catalogues: [any Catalogue] = [English(), Arabic(), Arabic(indicDigits: true)]

  @Test func everyCaseIsInTheSample() {
    #expect(Set(Self.sample.map(Self.name)).count == Self.caseCount)
  }

  @Test func everyInboxPhraseHasWordsInEveryCatalogue() {
    for catalogue in Self.catalogues {
      for phrase in Self.sample {
        #expect(
          !catalogue.words(phrase).trimmingCharacters(in: .whitespaces).isEmpty,
          "\(type(of: catalogue)) says nothing for \(phrase)")
      }
    }
  }

  @Test func theTwoLanguagesSayEveryInboxPhraseDifferently() {
    for phrase in Self.sample {
      #expect(English().words(phrase) != Arabic().words(phrase), "the same in both: \(phrase)")
    }
  }

  @Test func arabicInboxWordsHaveNoEnglishButKeysAndCaseIDs() {
    for phrase in Self.sample {
      var words = Arabic().words(phrase).replacingOccurrences(of: "Esc", with: "")
      for id in [Self.id, Self.other] {
        words = words.replacingOccurrences(of: id.description, with: "")
      }
      // Single-letter keys (v, n, j/k, S) are the only other Latin the user reads.
      let letters = words.matches(of: /[A-Za-z]{2,}/).map { String(words[$0.range]) }
      #expect(letters.isEmpty, "English in the Arabic for \(phrase): \(letters)")
    }
  }

  // MARK: Counted

  static let counts = [1, 2, 3, 11, 100]

  @Test func arabicEventsTakeTheFormTheirNumberAsks() {
    #expect(
      Self.counts.map { Arabic().words(CountPhrase.events($0)) } == [
        "حدث واحد", "حدثان", "3 أحداث", "11 حدثًا", "100 حدث",
      ])
    #expect(Arabic().words(CountPhrase.events(0)) == "لا أحداث")
    #expect(Arabic(indicDigits: true).words(CountPhrase.events(11)) == "١١ حدثًا")
  }

  @Test func theTimelineCountsItsEventsInTheirArabicForm() {
    #expect(
      Self.counts.map { Arabic().words(InboxPhrase.timeline(events: $0)) } == [
        "السجل (حدث واحد)", "السجل (حدثان)", "السجل (3 أحداث)", "السجل (11 حدثًا)",
        "السجل (100 حدث)",
      ])
    #expect(
      Self.counts.map { Arabic().words(InboxPhrase.timelineReading(events: $0)) } == [
        "السجل (حدث واحد): يُقرأ…", "السجل (حدثان): يُقرأ…", "السجل (3 أحداث): يُقرأ…",
        "السجل (11 حدثًا): يُقرأ…", "السجل (100 حدث): يُقرأ…",
      ])
  }

  @Test func theViewNoticeCountsItsCasesInTheirArabicForm() {
    #expect(
      Self.counts.map { Arabic().words(InboxPhrase.viewChanged(.overdue, cases: $0)) } == [
        "العرض: المتأخرة، حالة واحدة.", "العرض: المتأخرة، حالتان.", "العرض: المتأخرة، 3 حالات.",
        "العرض: المتأخرة، 11 حالة.", "العرض: المتأخرة، 100 حالة.",
      ])
  }

  @Test func englishCountsAreSingularForOneOnly() {
    #expect(
      Self.counts.map { English().words(InboxPhrase.timeline(events: $0)) } == [
        "Timeline (1 event)", "Timeline (2 events)", "Timeline (3 events)",
        "Timeline (11 events)", "Timeline (100 events)",
      ])
    #expect(English().words(InboxPhrase.viewChanged(.mine, cases: 1)) == "View: Mine, 1 case.")
    #expect(English().words(InboxPhrase.viewChanged(.all, cases: 11)) == "View: All, 11 cases.")
  }

  // MARK: Sentences

  @Test func theNoticeAfterASaveNamesTheCaseAndWhatWasDone() {
    #expect(Phrase.inbox(.done(Self.id, .noteAdded)).words() == "\(Self.id): note added.")
    #expect(
      Phrase.inbox(.done(Self.id, .priority(.urgent))).words(.arabic)
        == "\(Self.id): الأولوية عاجلة.")
  }

  @Test func theTabsRowShowsTheViewWithItsCountInTheOfficesDigits() {
    #expect(
      UIText(language: .english)(.inbox(.viewShowing(.allOpen, count: 6))) == "View: All open (6)")
    #expect(
      UIText(language: .arabic, arabicDigits: true)(.inbox(.viewShowing(.allOpen, count: 16)))
        == "العرض: كل المفتوحة (١٦)")
  }

  @Test func aPausedClockNamesTheStatusInTheDesksLanguage() {
    #expect(
      Phrase.inbox(.slaPaused(.resolution, .waiting)).words()
        == "SLA: resolution: the clock is paused (waiting).")
    #expect(
      Phrase.inbox(.slaPaused(.resolution, .waiting)).words(.arabic)
        == "المهلة: المعالجة: المهلة متوقفة (بانتظار).")
  }
}
