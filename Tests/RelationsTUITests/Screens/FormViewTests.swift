import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

/// Forms on screen: however long a field's text, only what fits the box is measured,
/// shaped and drawn.
@Suite struct FormViewTests {
  /// The visit form with `details` in its Details field, the caret at its end.
  func intake(details: String, focus: String = "details") throws -> AppState {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("n"))
    var form = try #require(state.form)
    form.set(IntakeForm.Field.details, details)
    form.focus = try #require(form.fields.firstIndex { $0.id == focus })
    state.overlay = .form(form)
    return state
  }

  func row(containing label: String, in grid: CellGrid) -> String? {
    (0..<grid.height).map(grid.line).first { $0.contains(label) }
  }

  @Test func aDetailsFieldOf200000CharactersIsDrawnAroundItsCaret() throws {
    let text = String(repeating: "abcdefghij", count: 20_000) + "THE END"
    let state = try intake(details: text)
    let grid = DeskView.render(state)
    let details = try #require(row(containing: "Details", in: grid))
    #expect(details.contains("abcdefghijTHE END"))
    #expect(!details.contains("…"))
  }

  @Test func a200000CharacterArabicLineIsShapedOnlyWhereItShows() throws {
    let text = String(repeating: "سلام ", count: 40_000) + "النهاية"
    let state = try intake(details: text)
    let grid = DeskView.render(state)
    let shown = Bidi.visual("سلام النهاية").text
    #expect(grid.text.contains(shown))
  }

  @Test func anUnfocusedLongFieldShowsItsBeginningCutWithAnEllipsis() throws {
    let text = "START" + String(repeating: "x", count: 200_000)
    let state = try intake(details: text, focus: "phone")
    let grid = DeskView.render(state)
    let details = try #require(row(containing: "Details", in: grid))
    #expect(details.contains("STARTxxx"))
    #expect(details.contains("x…"))
  }

  @Test func manyLinesShowTheOnesAroundTheCaret() throws {
    let lines = (1...50_000).map { "line \($0)" }.joined(separator: "\n")
    let state = try intake(details: lines)
    let text = DeskView.render(state).text
    #expect(text.contains("line 49998"))
    #expect(text.contains("line 50000"))
    #expect(!text.contains("line 49997"))
  }

  @Test func theReturningVisitorPanelListsTheNewestCases() throws {
    let fixture = try DeskFixture()
    var opened: [CaseID] = []
    // Read in this order (today's complaint first), so the registry lists the oldest last.
    for (days, channel) in [(0.0, Channel.phone), (3, .visit), (9, .visit)] {
      let item = try fixture.store.open(on: channel, by: .manager("huda"), now: DeskFixture.now) {
        id in
        CaseChange.Opening(
          id: id, kind: .complaint, subject: "Case \(days)",
          contact: ContactDetails(name: "Returning", phone: PhoneNumber("0557654321")),
          receivedAt: DeskFixture.now.addingTimeInterval(-days * 86_400))
      }
      opened.append(item.id)
    }
    var state = fixture.state()
    state.press(.character("n"))
    state.type("0557654321")
    state.press(.tab)
    let screen = DeskView.render(state).text
    // The panel writes "ID status: subject"; the list behind the form shows no colon.
    #expect(opened.count == 3)
    #expect(screen.contains(": Case 0.0"))
    #expect(screen.contains(": Case 3.0"))
    #expect(!screen.contains(": Case 9.0"))
  }

  @Test func aLongTemplateLineWrapsInTheReplyEditorInsteadOfRunningOffTheBox() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("R"), .tab)
    let line =
      "Thank you for contacting the association. Your request to hold the program has been "
      + "received, and the association is submitting it to the competent authority for the "
      + "required permit through the Taiseer platform. END"
    state.type(line)
    let grid = DeskView.render(state)
    let first = try #require(row(containing: "Thank you for contacting", in: grid))
    #expect(!first.contains("…"))
    #expect(grid.text.contains("platform. END"))
  }

  @Test func theOpenListShowsTheStaffsFullNamesWithTheirAccounts() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.press(.character("a"), .enter)
    let field = try #require(state.form?.fields.first)
    let list = try #require(field.list)
    let lines = FormView.listLines(field, list, text: state.desk.text).map(\.text)
    #expect(lines.first?.hasPrefix("Find:") == true)
    for member in state.desk.office.staff.prefix(ChoiceList.rows - 1) {
      #expect(
        lines.contains { $0.hasSuffix("\(member.name) (\(member.account))") }, "\(member.account)")
    }
  }

  @Test func aPlaceholderLeftToFillIsMarkedInTheEditorInEitherLanguage() throws {
    for language in [Language.english, .arabic] {
      let fixture = try DeskFixture()
      var state = fixture.state(language: language)
      state.press(.character("R"), .tab)
      state.type(language == .arabic ? "تمت المعالجة: {{resolution}}." : "Handled: {{resolution}}.")
      let grid = DeskView.render(state)
      let row = try #require(
        (0..<grid.height).first { grid.line($0).contains("{{resolution}}") }, "\(language)")
      let marked = (0..<grid.width).filter { grid[$0, row].style == .error }
      #expect(
        String(marked.map { grid[$0, row].character }) == "{{resolution}}", "\(language)")
    }
  }

  @Test func placeholdersAreFoundWhereverTheyAreAndAnUnclosedOneIsNot() {
    #expect(
      FormView.placeholderIndices(Array("a {{x}} b {{y}}")) == [2, 3, 4, 5, 6, 10, 11, 12, 13, 14])
    #expect(FormView.placeholderIndices(Array("a {{x b")) == [])
  }

  @Test func aLongSentenceUnderAFieldIsWrappedNotCut() throws {
    let fixture = try DeskFixture()
    var state = fixture.state(width: 80, height: 24)
    state.press(.character("R"), .tab)
    state.type("Handled: {{resolution}}.")
    state.press(.control("s"))
    let text = DeskView.render(state).text
    #expect(text.contains("Fill {{resolution}} before saving"))
    #expect(text.contains("place."))
  }

  /// The keys under the form and on the hint line, with the form `keys` open.
  func keys(after keys: KeyPress...) throws -> (box: String, line: String) {
    let fixture = try DeskFixture()
    var state = fixture.state()
    for key in keys { state.press(key) }
    let form = try #require(state.form)
    return (FormView.keysPhrase(form).words(), DeskView.hints(state))
  }

  @Test func theGoToPromptSaysEnterGoesAndNamesNoTabNorSave() throws {
    let (box, line) = try keys(after: .character("#"))
    #expect(box.contains("Enter goes to the case"))
    for word in ["Tab", "Ctrl-S", "←/→"] {
      #expect(!box.contains(word) && !line.contains(word), "\(word) in \(box) / \(line)")
    }
  }

  @Test func aPickerSaysEnterPicksAndNamesNoTab() throws {
    let choices: [FormField.Choice] = [
      .init(value: "a", label: .plain("A")), .init(value: "b", label: .plain("B")),
    ]
    let form = Form(
      title: .plain("Priority"), purpose: .inboxViews,
      fields: [
        FormField(CaseAction.Field.priority, label: .plain("Priority"), input: .choice(choices))
      ])
    let box = FormView.keysPhrase(form).words()
    #expect(box.contains("Enter picks") && !box.contains("Tab"))
  }

  @Test func aFormOfOneTextSaysCtrlSSavesAndNamesNoChoosing() throws {
    let form = Form(
      title: .plain("Resolve"), purpose: .intake,
      fields: [FormField(CaseAction.Field.text, label: .plain("Resolution"), input: .lines)])
    let box = FormView.keysPhrase(form).words()
    #expect(box.contains("Ctrl-S saves") && !box.contains("Tab") && !box.contains("←/→"))
  }

  @Test func aReturningVisitorWithMoreCasesThanListedIsSaidToShowTheNewest() throws {
    let fixture = try DeskFixture()
    for subject in ["one", "two", "three"] {
      _ = try fixture.store.open(on: .visit, by: .manager("huda"), now: DeskFixture.now) { id in
        CaseChange.Opening(
          id: id, kind: .inquiry, subject: subject,
          contact: ContactDetails(name: "Ayesha Siddiqui", phone: PhoneNumber("0551275646")),
          receivedAt: DeskFixture.now)
      }
    }
    var state = fixture.state()
    state.press(.character("n"))
    state.type("0551275646")
    let text = DeskView.render(state).text
    #expect(text.contains("3 earlier cases; the newest 2:"), "\(text)")
  }

  /// The Arabic visit form with `phone` typed into it.
  func arabicIntake(typing phone: String) throws -> (DeskFixture, AppState) {
    let fixture = try DeskFixture()
    var state = fixture.state(language: .arabic)
    state.press(.character("n"))
    state.type(phone)
    return (fixture, state)
  }

  @Test func anArabicFormsTypedPhoneSitsByItsLabel() throws {
    let (_, state) = try arabicIntake(typing: "0551234567")
    let grid = DeskView.render(state)
    let label = Bidi.visual("الجوال").text
    let line = try #require(row(containing: label, in: grid))
    let phone = try #require(line.range(of: "0551234567 "))
    let labelStart = try #require(line.range(of: label))
    let between = line[phone.upperBound..<labelStart.lowerBound]
    #expect(between.allSatisfy { $0 == " " } && between.count < 8, "\(line)")
  }

  @Test func anArabicChoicesArrowsPointOutward() throws {
    var (_, state) = try arabicIntake(typing: "")
    state.press(.tab, .tab)
    let grid = DeskView.render(state)
    let line = try #require((0..<grid.height).map(grid.line).first { $0.contains("◂") })
    let left = try #require(line.firstIndex(of: "◂"))
    let right = try #require(line.firstIndex(of: "▸"))
    #expect(left < right, "\(line)")
  }

  @Test func theArabicKnownPersonLineKeepsTheCountAfterALatinName() throws {
    let fixture = try DeskFixture()
    let known = try #require(
      fixture.store.contacts.contacts.first { contact in
        contact.name.map { !Bidi.hasRightToLeft($0) } == true
          && contact.keys.contains { if case .phone = $0 { true } else { false } }
      })
    guard
      case .phone(let number)? = known.keys.first(where: {
        if case .phone = $0 { true } else { false }
      }), let name = known.name
    else { return }
    var state = fixture.state(language: .arabic)
    state.press(.character("n"))
    state.type("0" + number.e164.dropFirst(4))
    let text = DeskView.render(state).text
    // Read right to left: "معروف: NAME · N حالات…", so on screen the count is left of the name.
    #expect(text.contains(" · \(name) :"), "\(text)")
  }

  /// The service survey (the office's only one here) asked on the selected case (`S`), its
  /// recommendation focused.
  func surveyForm(width: Int, height: Int, language: Language = .english) throws -> AppState {
    let fixture = try DeskFixture()
    var state = fixture.state(width: width, height: height, language: language)
    state.desk.surveys = try SurveyFile.loadAll(directory: fixture.directory.path).filter {
      $0.key == "service"
    }
    state.press(.character("S"))
    var form = try #require(state.form)
    form.focus = try #require(form.fields.firstIndex { $0.id == "recommend" })
    state.overlay = .form(form)
    return state
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func aSurveysQuestionsWrapAndTheScoreHintIsWhole(width: Int, height: Int) throws {
    let state = try surveyForm(width: width, height: height)
    let text = DeskView.render(state).text
    #expect(text.contains("— type 0–10"))
    #expect(text.contains("— type 1–5"))
    // Every word of the longest questions is on screen, none cut with an ellipsis.
    for word in ["service?", "handled?", "given?", "association?", "(0-10)"] {
      #expect(text.contains(word), "\(word) at \(width)×\(height)")
    }
    #expect(!text.contains("servi…") && !text.contains("associati…"))
  }

  @Test(arguments: [Language.english, .arabic], [(80, 24), (120, 40)])
  func theSurveyFormMatchesItsSnapshot(language: Language, size: (width: Int, height: Int)) throws {
    let state = try surveyForm(width: size.width, height: size.height, language: language)
    let name = language == .arabic ? "desk-survey-form-ar" : "desk-survey-form"
    Snapshot.check(DeskView.render(state).text, "\(name)-\(size.width)x\(size.height)")
  }
}
