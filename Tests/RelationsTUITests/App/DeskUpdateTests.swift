import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

@Suite struct DeskUpdateTests {
  @Test func theIntakeFormIsFilledWithKeysAndSavedWithCtrlS() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    #expect(state.form?.purpose == .intake)
    state.type("055 123 4567")
    state.press(.tab)
    state.type("Salman")
    state.press(.tab, .right)  // kind: complaint
    state.press(.tab)
    state.type("Lesson moved")
    state.press(.tab)
    state.type("Nobody told us")
    let effects = state.press(.control("s"))
    #expect(
      effects == [
        .openVisit(
          IntakeForm.Visit(
            kind: .complaint, subject: "Lesson moved", details: "Nobody told us",
            contact: ContactDetails(name: "Salman", phone: PhoneNumber("0551234567")),
            program: nil, priority: .normal))
      ])
  }

  @Test func f2SavesLikeCtrlS() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"), .tab, .tab, .tab)
    state.type("Subject")
    #expect(state.press(.function(2)).count == 1)
  }

  @Test func aVisitWithoutASubjectIsNotSavedAndTheFormSaysWhy() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    state.type("0551234567")
    let effects = state.press(.control("s"))
    #expect(!effects.contains { if case .openVisit = $0 { true } else { false } })
    let subject = try #require(state.form?.fields.first { $0.id == "subject" })
    #expect(subject.problem?.words().contains("subject") == true)
    #expect(state.form?.focusedField.id == "subject")
    #expect(state.form?.value(IntakeForm.Field.phone) == "0551234567")
  }

  @Test func aMalformedPhoneNumberIsNamedUnderItsField() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    state.type("05512x")
    state.press(.tab, .tab, .tab)
    state.type("Subject")
    _ = state.press(.control("s"))
    let phone = try #require(state.form?.fields.first { $0.id == "phone" })
    #expect(phone.problem?.words().contains("\"x\"") == true)
  }

  @Test func everyKeystrokeInAFormKeepsADraftAndSavingDiscardsIt() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    let effects = state.type("05")
    #expect(effects.count == 2)
    #expect(effects.allSatisfy { if case .saveDraft = $0 { true } else { false } })
    let saved = try #require(fixture.store.cases.values.first)
    #expect(state.receive(.visitSaved(saved)) == [.discardDraft])
    #expect(state.overlay == .savedVisit(saved.id))
  }

  @Test func escapeOnATypedFormAsksFirstAndKeepsTheTextWhenTheAnswerIsNo() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    state.type("0551234567")
    state.press(.escape)
    #expect(state.form?.confirmingCancel == true)
    state.press(.character("n"))
    #expect(state.form?.value(IntakeForm.Field.phone) == "0551234567")
    state.press(.escape)
    #expect(state.press(.character("y")) == [.discardDraft])
    #expect(state.overlay == nil)
  }

  @Test func escapeOnAnEmptyFormClosesItAtOnce() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"), .escape)
    #expect(state.overlay == nil)
  }

  @Test func aKnownPhoneNumberFillsTheNameOfThePerson() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let known = try #require(
      fixture.store.contacts.contacts.first { contact in
        contact.name != nil && contact.keys.contains { if case .phone = $0 { true } else { false } }
      })
    guard
      case .phone(let number)? = known.keys.first(where: {
        if case .phone = $0 { true } else { false }
      })
    else { return }
    state.press(.character("n"))
    state.type("0" + number.e164.dropFirst(4))
    #expect(state.form?.value(IntakeForm.Field.name) == known.name)
  }

  @Test func vCyclesTheSixViewsInOrder() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    var seen: [InboxQuery.View] = [state.inbox.query.view]
    for _ in 0..<6 {
      state.press(.character("v"))
      seen.append(state.inbox.query.view)
    }
    #expect(seen == [.allOpen, .mine, .unassigned, .overdue, .all, .failedDelivery, .allOpen])
  }

  @Test func jkAndThePageKeysMoveTheSelectionWithinTheList() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 80, height: 24)
    state.inbox.query.view = .all
    state.refreshList()
    #expect(state.inbox.selectedIndex == 0)
    state.press(.character("j"), .down)
    #expect(state.inbox.selectedIndex == 2)
    state.press(.character("k"))
    #expect(state.inbox.selectedIndex == 1)
    state.press(.pageDown)
    let rows = DeskLayout(width: 80, height: 24).listRows
    #expect(state.inbox.selectedIndex == 1 + rows)
    #expect(state.inbox.listTop > 0)
    state.press(.character("G"))
    #expect(state.inbox.selectedIndex == state.inbox.visible.count - 1)
    state.press(.character("g"))
    #expect(state.inbox.selectedIndex == 0 && state.inbox.listTop == 0)
  }

  @Test func theSearchIsArabicAwareAndEscapeClearsIt() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.inbox.query.view = .all
    state.refreshList()
    let everything = state.inbox.visible.count
    state.press(.character("/"))
    state.type("استفسار")
    #expect(state.inbox.visible.count < everything)
    #expect(!state.inbox.visible.isEmpty)
    let typed = state.inbox.visible
    state.press(.escape)
    state.press(.character("/"))
    state.type("إستفسار")  // with hamza: folds to the same word
    #expect(state.inbox.visible == typed)
    state.press(.escape)
    #expect(state.inbox.query.search.isEmpty && state.inbox.visible.count == everything)
  }

  @Test func aCaseActionOpensItsPromptWithTheVersionTheOfficerSaw() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let item = try #require(state.selectedCase)
    state.press(.character("a"))
    #expect(state.form?.purpose == .action(.assign, item.id, version: item.version))
    state.press(.escape)
    for key: Character in ["p", "c", "R", "x"] {
      state.press(.character(key))
      #expect(state.form != nil, "\(key) opens a prompt")
      state.press(.escape)
      if state.form?.confirmingCancel == true { state.press(.character("y")) }
    }
  }

  @Test func savingANotePromptAsksForAnAppendWithTheExpectedVersion() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let item = try #require(state.selectedCase)
    state.press(.character("c"))
    state.type("Called back")
    state.press(.enter)
    state.type("no answer")
    let effects = state.press(.control("s"))
    #expect(
      effects == [
        .execute(.note("Called back\nno answer"), on: item.id, expectedVersion: item.version)
      ])
  }

  @Test func aReplyTemplateFillsTheReplyUntilSomethingElseIsTyped() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("R"))
    state.press(.right)
    let first = state.form?.value(CaseAction.Field.text) ?? ""
    #expect(!first.isEmpty)
    state.press(.right)
    #expect(state.form?.value(CaseAction.Field.text) != first)
  }

  @Test func permitStepsFollowTheStepTheRequestIsAt() throws {
    let fixture = try DeskFixture()
    let permit = try fixture.store.open(on: .volunteer, by: .manager("huda"), now: DeskFixture.now)
    { id in
      CaseChange.Opening(
        id: id, kind: .permit, subject: "Lecture permit", receivedAt: DeskFixture.now)
    }
    var state = fixture.state()
    state.inbox.query.view = .all
    state.refreshList()
    state.inbox.selectedID = permit.id
    state.press(.character("P"))
    #expect(state.form?.purpose == .action(.submitPermit, permit.id, version: permit.version))
    state.press(.escape)
    let notPermit = try #require(
      state.inbox.visible.first { fixture.store.cases[$0]?.permit == nil })
    state.inbox.selectedID = notPermit
    state.press(.character("P"))
    #expect(state.overlay == nil)
    #expect(state.notice?.tone == .error)
  }

  @Test func aClickSelectsTheRowUnderIt() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let layout = DeskLayout(width: 120, height: 40)
    state.press(.click(x: 5, y: layout.list.y + 1 + 3))
    #expect(state.inbox.selectedIndex == 3)
    state.press(.click(x: layout.detail.x + 2, y: layout.detail.y + 2))
    #expect(state.inbox.pane == .detail)
  }

  @Test func aTooSmallTerminalIgnoresKeysButQuitAndRecoversWhenItGrows() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 20, height: 5)
    #expect(state.isTooSmall)
    state.press(.character("n"))
    #expect(state.overlay == nil)
    state.receive(.resize(width: 100, height: 30))
    state.press(.character("n"))
    #expect(state.form != nil)
  }

  @Test func ctrlCQuitsFromInsideAForm() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    state.type("abc")
    #expect(state.press(.control("c")) == [.quit])
  }

  @Test func aConflictKeepsTheTypedTextAndMovesTheFormToTheNewVersion() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let item = try #require(state.selectedCase)
    state.press(.character("c"))
    state.type("My note")
    let changed = try fixture.store.execute(
      .note("theirs"), on: item.id, by: .manager("omar"), now: DeskFixture.now)
    _ = DeskUpdate.update(
      &state,
      .deskChanged(
        Desk(
          office: fixture.store.office, user: "huda", cases: fixture.store.cases,
          inbox: fixture.store.inbox,
          contacts: fixture.store.contacts)))
    state.receive(.failed(.plain("V was changed by omar."), conflict: true))
    #expect(state.form?.value(CaseAction.Field.text) == "My note")
    #expect(state.form?.purpose == .action(.note, item.id, version: changed.version))
    #expect(state.form?.problem?.words().contains("omar") == true)
  }
}

@Suite struct ReplyTemplateTests {
  @Test func aTemplateLosesItsTitleAndGetsTheCasesValues() throws {
    let id = CaseID(channel: .social, number: 7)
    let item = try #require(
      CaseDecider.fold([
        CaseEvent(
          at: Date(), actor: "omar",
          change: .opened(
            .init(
              id: id, kind: .inquiry, subject: "s", contact: ContactDetails(name: "Aisha"),
              receivedAt: Date())))
      ]))
    let template = ReplyTemplate(
      id: "acknowledge.en", body: "# We received it\n\nDear {{name}}, case {{case}}; {{reference}}."
    )
    #expect(template.text(for: item) == "Dear Aisha, case S-000007; {{reference}}.")
  }
}
