import Domain
import Foundation
import JSONStore
import Testing

@testable import RelationsTUI

/// The shell with real files: keys in, records in the channel logs out.
@Suite struct DeskSessionTests {
  @Test func aVisitTypedAtTheDeskIsInTheVisitLogAndItsIdOnScreen() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    session.press(.character("n"))
    session.type("0551234567")
    session.press(.tab, .tab, .tab)
    session.type("Asks about the Friday lesson")
    session.press(.control("s"))
    guard case .savedVisit(let id)? = session.state.overlay else {
      Issue.record("no saved-visit box: \(String(describing: session.state.overlay))")
      return
    }
    let reread = try DeskFixture.openStore(fixture.directory)
    #expect(reread.cases[id]?.subject == "Asks about the Friday lesson")
    #expect(reread.cases[id]?.contact.phone?.e164 == "+966551234567")
    #expect(DeskView.render(session.state).text.contains(id.description))
    #expect(!FileManager.default.fileExists(atPath: fixture.directory.path + "/drafts/huda.json"))
  }

  @Test func theTimeASavedVisitCarriesComesFromTheClockTheShellIsGiven() throws {
    let fixture = try DeskFixture()
    let then = Date(timeIntervalSince1970: 1_700_000_000)
    let session = try fixture.session(clock: { then })
    session.press(.character("n"), .tab, .tab, .tab)
    session.type("Prayer times")
    session.press(.control("s"))
    guard case .savedVisit(let id)? = session.state.overlay else {
      Issue.record("no saved-visit box: \(String(describing: session.state.overlay))")
      return
    }
    let reread = try DeskFixture.openStore(fixture.directory)
    #expect(reread.cases[id]?.receivedAt == then)
  }

  @Test func answeredOnTheSpotResolvesTheVisitAndRecordsTheVisitorsScore() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    session.press(.character("n"), .tab, .tab, .tab)
    session.type("Prayer times")
    session.press(.control("s"), .character("r"))
    session.type("Gave the timetable")
    session.press(.enter)
    session.type("4")
    session.press(.enter)
    #expect(
      session.state.notice?.phrase.words().contains("4 of 5, satisfied") == true,
      "the notice reads back \(String(describing: session.state.notice?.phrase.words()))")
    let reread = try DeskFixture.openStore(fixture.directory)
    let saved = try #require(reread.cases.values.first { $0.subject == "Prayer times" })
    #expect(saved.status == .resolved)
    #expect(saved.resolution == "Gave the timetable")
    let response = try #require(reread.responses.first { $0.caseID == saved.id })
    #expect(response.answers["overall"] == .number(4))
    #expect(response.assisted)
  }

  @Test func aLowScoresFollowUpIsTakenAndDoneFromTheSurveysScreenAndReadBackFromTheLog() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session(clock: { DeskFixture.now })
    session.press(.character("n"), .tab, .tab, .tab)
    session.type("Prayer times")
    session.press(.control("s"), .character("r"))
    session.type("Gave the timetable")
    session.press(.enter)
    session.type("1")  // 1 of 5
    session.press(.enter)
    session.press(.character("2"))
    let id = try #require(session.state.surveys.followUps.first)
    #expect(session.state.desk.item(id)?.subject == "Prayer times")
    session.press(.character("F"), .control("s"))  // the first of the staff, due today
    session.press(.character("F"))
    session.type("Called back; she is satisfied now")
    session.press(.control("s"))
    #expect(!session.state.surveys.followUps.contains(id))
    let reread = try DeskFixture.openStore(fixture.directory)
    let followUp = try #require(reread.cases[id]?.followUp)
    #expect(followUp.owner == fixture.store.office.staff.first?.account)
    #expect(followUp.due != nil)
    #expect(followUp.done?.note == "Called back; she is satisfied now")
    #expect(followUp.done?.by == "huda")
  }

  @Test func whatWasTypedComesBackAfterTheProgramStopsWithoutSaving() throws {
    let fixture = try DeskFixture()
    let first = try fixture.session()
    first.press(.character("n"))
    first.type("0551234567")
    first.press(.tab)
    first.type("فاطمة")
    // The first session is dropped without saving, as a crash or Ctrl-C would leave it.
    let second = try fixture.session()
    second.restoreDraft()
    #expect(second.state.form?.value(IntakeForm.Field.phone) == "0551234567")
    #expect(second.state.form?.value(IntakeForm.Field.name) == "فاطمة")
    let mode =
      try FileManager.default.attributesOfItem(
        atPath: fixture.directory.path + "/drafts/huda.json")[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test func aDraftLongerThanItsFieldsOpensWholeAndSaysSo() throws {
    let fixture = try DeskFixture()
    var form = IntakeForm.make(office: fixture.store.office)
    let phone = String(repeating: "5", count: 5_000)
    let details = String(repeating: "word ", count: 40_000)
    form.set(IntakeForm.Field.phone, phone)
    form.set(IntakeForm.Field.details, details)
    DraftStore(dataPath: fixture.directory.path, user: "huda").save(form)
    let session = try fixture.session()
    session.restoreDraft()
    #expect(session.state.form?.value(IntakeForm.Field.phone) == phone)
    #expect(session.state.form?.value(IntakeForm.Field.details) == details)
    let shown = DeskView.render(session.state).text
    #expect(shown.contains("Phone holds 5000 characters, more than its 32"))
    #expect(shown.contains("Details holds 200000 characters"))
    // Typing more is refused; deleting is not.
    session.type("6")
    #expect(session.state.form?.value(IntakeForm.Field.phone) == phone)
    session.press(.backspace)
    #expect(session.state.form?.value(IntakeForm.Field.phone) == String(phone.dropLast()))
  }

  @Test func twoDesksOnOneOfficeConflictAndTheNoteIsAppliedOnTheSecondTry() throws {
    let fixture = try DeskFixture()
    let mine = try fixture.session(user: "huda")
    let theirs = try fixture.session(
      store: try DeskFixture.openStore(fixture.directory), user: "omar")
    let target = try #require(mine.state.inbox.selectedID)
    mine.press(.character("c"))
    mine.type("Called, no answer")
    // Omar, at another terminal with the same case selected, saves a note first.
    #expect(theirs.state.inbox.selectedID == target)
    theirs.press(.character("c"))
    theirs.type("Visited in person")
    theirs.press(.control("s"))
    #expect(theirs.state.overlay == nil)
    mine.press(.control("s"))
    #expect(mine.state.form?.value(CaseAction.Field.text) == "Called, no answer")
    let problem = mine.state.form?.problem?.words() ?? ""
    #expect(problem.contains("omar added a note to \(target) at "), "\(problem)")
    #expect(!problem.contains("case.noted") && !problem.contains("Z"), "\(problem)")
    mine.press(.control("s"))
    #expect(mine.state.overlay == nil)
    let reread = try DeskFixture.openStore(fixture.directory)
    #expect(
      reread.cases[target]?.history.suffix(2).map(\.change.typeName) == [
        "case.noted", "case.noted",
      ])
  }

  @Test func anotherTerminalsVisitAppearsAfterAPoll() throws {
    let fixture = try DeskFixture()
    let watcher = try fixture.session()
    let other = try DeskFixture.openStore(fixture.directory)
    let opened = try other.open(on: .visit, by: .manager("omar"), now: DeskFixture.now) { id in
      CaseChange.Opening(
        id: id, kind: .inquiry, subject: "Seen elsewhere", receivedAt: DeskFixture.now)
    }
    #expect(watcher.state.desk.item(opened.id) == nil)
    #expect(watcher.poll())
    #expect(watcher.state.desk.item(opened.id)?.subject == "Seen elsewhere")
  }

  @Test func inArabicAConflictIsExplainedInArabicAndTheNoteIsKept() throws {
    let fixture = try DeskFixture()
    let mine = try fixture.session(user: "huda", language: .arabic)
    let target = try #require(mine.state.inbox.selectedID)
    mine.press(.character("c"))
    mine.type("اتصلت ولم يرد")
    _ = try DeskFixture.openStore(fixture.directory).execute(
      .note("زيارة"), on: target, by: .manager("omar"), now: DeskFixture.now)
    mine.press(.control("s"))
    #expect(mine.state.form?.value(CaseAction.Field.text) == "اتصلت ولم يرد")
    let problem = mine.state.form?.problem?.words(.arabic) ?? ""
    #expect(problem.contains("عدّل omar \(target) (ملاحظة) في "), "\(problem)")
  }

  @Test func sAsksTheSurveyOnScreenAndRecordsTheAnswersAsAssisted() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    let target = try #require(session.state.inbox.selectedID)
    session.press(.character("S"))
    let form = try #require(session.state.form)
    guard case .survey(target, _) = form.purpose else {
      Issue.record("not a survey form: \(form.purpose)")
      return
    }
    let first = try #require(form.fields.first)
    session.press(.right, .right, .right, .right)  // the first question: 4
    session.press(.control("s"))
    #expect(session.state.overlay == nil)
    let reread = try DeskFixture.openStore(fixture.directory)
    let response = try #require(
      reread.responses.last { $0.caseID == target && $0.answers[first.id] != nil })
    #expect(response.answers[first.id] == .number(4))
    #expect(response.assisted)
    #expect(response.answers.count == 1)
  }

  @Test func onTheSurveysScreenSRecordsAnAnonymousResponseAndTheFiguresFollow() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    session.press(.character("2"))
    #expect(session.state.desk.responsesLoaded)
    let before = session.state.desk.responses.count
    session.press(.character("S"))
    guard case .survey(nil, _)? = session.state.form?.purpose else {
      Issue.record("no anonymous survey form")
      return
    }
    session.press(.right, .right, .right, .right, .right)  // 5
    session.press(.control("s"))
    #expect(session.state.overlay == nil)
    #expect(session.state.desk.responses.count == before + 1)
    let response = try #require(session.state.desk.responses.last)
    #expect(response.caseID == nil && response.assisted && response.channel == .visit)
  }

  @Test func aProgramEvaluationOnNoCaseAsksWhichProgramAndIsRecordedUnderIt() throws {
    let fixture = try DeskFixture()
    let before = Set(try DeskFixture.openStore(fixture.directory).responses.map(\.id))
    let session = try fixture.session()
    session.press(.character("2"))
    for _ in 0..<5 where session.state.surveys.surveyID != SurveyForm.programSurvey {
      session.press(.character("u"))
    }
    #expect(session.state.surveys.surveyID == "program")
    session.press(.character("S"))
    let form = try #require(session.state.form)
    let programs = session.state.desk.office.programs
    #expect(form.fields.first?.id == SurveyForm.Field.program.rawValue)
    #expect(form.fields.first?.choices.map(\.value) == [""] + programs.map(\.id))
    session.press(.tab, .right, .right, .right, .right)  // the first question: 4
    session.press(.control("s"))
    // Answered but no program chosen: asked under the field, nothing recorded.
    let refused = try #require(session.state.form)
    #expect(refused.focus == 0 && refused.fields[0].problem == .form(.chooseProgramEvaluated))
    session.press(.right, .right)  // the second program
    session.press(.control("s"))
    #expect(session.state.overlay == nil)
    let reread = try DeskFixture.openStore(fixture.directory)
    let response = try #require(reread.responses.first { !before.contains($0.id) })
    #expect(response.survey == "program" && response.caseID == nil)
    #expect(response.program == programs[1].id)
  }

  @Test func aServiceSurveyOrAProgramEvaluationOnACaseDoesNotAskForAProgram() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session()
    session.press(.character("2"), .character("S"))
    #expect(session.state.form?.fields.first?.id != SurveyForm.Field.program.rawValue)
    let survey = try #require(session.state.desk.surveys["program"])
    let onCase = SurveyForm.make(
      survey, surveyID: "program", for: CaseID(channel: .visit, number: 1),
      programs: session.state.desk.office.programs)
    #expect(onCase.index(of: SurveyForm.Field.program) == nil)
  }

  @Test func aPermitAtTheDeskTakesTheProgramsDateAndPlaceAndWarnsWhenItIsNear() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session(clock: { DeskFixture.now })
    session.press(.character("n"))
    #expect(session.state.form?.index(of: IntakeForm.Field.programDate) == nil)
    session.type("0551234567")
    session.press(.tab, .tab, .right, .right, .right)  // inquiry → permit
    #expect(session.state.form?.value(IntakeForm.Field.kind) == "permit")
    #expect(session.state.form?.index(of: IntakeForm.Field.programDate) == 6)
    session.press(.tab)
    session.type("Lecture at the mosque")
    session.press(.tab, .tab, .tab)
    session.type("2026-11-30")
    session.press(.tab)
    session.type("Al-Rajhi mosque")
    session.press(.control("s"))
    guard case .savedVisit(let id)? = session.state.overlay else {
      Issue.record(
        "not saved: \(String(describing: session.state.form?.fields.compactMap(\.problem)))")
      return
    }
    // Five days ahead of the program: taken, with a warning rather than a refusal.
    #expect(
      session.state.notice?.phrase
        == .desk(.savedOnShortNotice(id, programDate: "2026-11-30", daysAhead: 5, minimum: 14)))
    let reread = try DeskFixture.openStore(fixture.directory)
    #expect(reread.cases[id]?.permit?.programDate == CivilDate(year: 2026, month: 11, day: 30))
    #expect(reread.cases[id]?.permit?.programPlace == "Al-Rajhi mosque")
    // The detail shows them under the permit's step.
    session.press(.escape)
    let shown = DeskView.render(session.state).text
    #expect(shown.contains("Al-Rajhi mosque") && shown.contains("2026-11-30"), "\(shown)")
  }

  @Test func theProgramFieldsGoWhenTheKindIsNoLongerPermitAndABadDateIsSaidUnderItsField() throws {
    let fixture = try DeskFixture()
    let session = try fixture.session(clock: { DeskFixture.now })
    session.press(.character("n"), .tab, .tab, .right, .right, .right)
    session.press(.tab)
    session.type("Lecture")
    session.press(.tab, .tab, .tab)
    session.type("30/11/2026")
    session.press(.control("s"))
    let form = try #require(session.state.form)
    #expect(form.fields[6].problem == .form(.programDateProblem) && form.focus == 6)
    session.press(.backTab, .backTab, .backTab, .backTab, .right)  // the kind: service
    #expect(session.state.form?.index(of: IntakeForm.Field.programDate) == nil)
    session.press(.control("s"))
    guard case .savedVisit(let id)? = session.state.overlay else {
      Issue.record("not saved")
      return
    }
    #expect(session.state.notice?.phrase == .desk(.savedAs(id)))
    #expect(try DeskFixture.openStore(fixture.directory).cases[id]?.kind == .service)
  }

  @Test func aPersonIsRenamedGivenAnotherNumberAndMergedAndEveryDeskReadsItBack() throws {
    let fixture = try DeskFixture()
    for (phone, email) in [("0551112233", nil), ("0559998877", "f@example.org")] {
      _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
        CaseChange.Opening(
          id: id, kind: .inquiry, subject: "s",
          contact: ContactDetails(name: "Fatima Al-Harbi", phone: PhoneNumber(phone), email: email),
          receivedAt: DeskFixture.now)
      }
    }
    let session = try fixture.session()
    session.press(.character("4"), .character("/"))
    session.type("fatima al-harbi")
    session.press(.enter)
    #expect(session.state.contacts.shown.count == 2)
    session.press(.character("m"))
    guard case .contactMerge? = session.state.form?.purpose else {
      Issue.record("no merge form")
      return
    }
    session.press(.control("s"))
    #expect(session.state.contacts.shown.count == 1)
    session.press(.character("e"))
    #expect(session.state.form?.value(ContactEditForm.Field.name) == "Fatima Al-Harbi")
    session.press(.tab)
    session.type("0501234567")
    session.press(.control("s"))
    #expect(session.state.notice?.tone == .success)
    // A fresh desk on the same office sees one person with three numbers.
    let reread = try DeskFixture.openStore(fixture.directory)
    let person = try #require(
      reread.contacts.recognise(ContactDetails(phone: PhoneNumber("0501234567"))))
    #expect(person.phones.count == 3)
    #expect(person.cases.count == 2)
    #expect(
      FileManager.default.fileExists(atPath: fixture.directory.path + "/channels/contacts.jsonl"))
  }
}
