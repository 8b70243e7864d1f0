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
