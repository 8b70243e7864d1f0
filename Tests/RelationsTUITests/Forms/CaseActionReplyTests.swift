import Domain
import Foundation
import Office
import Testing

@testable import RelationsTUI

/// A reply is never stored with an unfilled placeholder: saving one is refused with a
/// sentence naming it, the caret put on it, and the text kept as typed.
@Suite struct CaseActionReplyTests {
  static let id = CaseID(channel: .visit, number: 7)

  static func reply(_ text: String) -> Form {
    Form(
      title: .plain("reply"), purpose: .action(.reply, id, version: 3),
      fields: [
        FormField(
          CaseAction.Field.template, label: .plain("Template"),
          input: .choice([.init(value: "", label: .plain("none"))])),
        FormField(CaseAction.Field.text, label: .plain("Reply"), input: .lines, text: text),
      ])
  }

  @Test func aReplyStillHoldingAPlaceholderIsRefusedNamingIt() throws {
    let text = "Your remark V-000007 was handled: {{resolution}}."
    let result = CaseAction.validate(
      .reply, from: Self.reply(text), channel: .visit, timeZone: .gmt)
    guard case .failure(let checked) = result else {
      Issue.record("a reply with {{resolution}} in it was saved")
      return
    }
    let field = checked.fields[1]
    #expect(field.problem?.words().hasPrefix("Fill {{resolution}} before saving") == true)
    #expect(field.problem?.words(.arabic).contains("{{resolution}}") == true)
    #expect(field.value == text)
    #expect(checked.focus == 1)
    #expect(field.buffer.caret == Array(text).firstIndex(of: "{"))
  }

  @Test func typingAtThePlaceholderTheRefusalPointsToTypesInItsPlace() throws {
    let text = "Handled: {{resolution}}."
    guard
      case .failure(var form) = CaseAction.validate(
        .reply, from: Self.reply(text), channel: .visit, timeZone: .gmt)
    else {
      Issue.record("a reply with {{resolution}} in it was saved")
      return
    }
    for character in "moved the lesson" {
      _ = form.edit(.character(character), UIText(language: .english))
    }
    #expect(form.value(CaseAction.Field.text) == "Handled: moved the lesson.")
    guard
      case .success = CaseAction.validate(.reply, from: form, channel: .visit, timeZone: .gmt)
    else {
      Issue.record("the filled reply was refused")
      return
    }
  }

  @Test func aReplyWithEveryPlaceholderFilledIsSaved() {
    let result = CaseAction.validate(
      .reply, from: Self.reply("Your remark was handled: the lesson moved."), channel: .visit,
      timeZone: .gmt)
    guard case .success(.reply(_, let text, _, _)) = result else {
      Issue.record("a filled reply was refused")
      return
    }
    #expect(text == "Your remark was handled: the lesson moved.")
  }

  @Test func theTemplatePickerOffersTheFittingTemplatesFirstWithTheirTitles() throws {
    var desk = try MemoryDesk.desk([.init(id: Self.id, kind: .complaint, subject: "No answer")])
    desk.templates = [
      ReplyTemplate(id: "acknowledge.en", body: "# We received your request\n\n{{case}}"),
      ReplyTemplate(id: "permit-explained.en", body: "---\nkinds: permit\n---\n# Permits\n\nx"),
      ReplyTemplate(
        id: "complaint-resolved.ar", body: "---\nkinds: complaint\n---\n# معالجة\n\n{{resolution}}"),
    ]
    let item = try #require(desk.item(Self.id))
    guard case .success(let form) = CaseAction.prompt(.reply, for: item, desk: desk, today: "")
    else {
      Issue.record("no reply prompt")
      return
    }
    #expect(
      form.fields[0].choices.map(\.value) == [
        "", "acknowledge.en", "complaint-resolved.ar", "permit-explained.en",
      ])
    #expect(form.fields[0].choices[1].label.words() == "acknowledge.en · We received your request")
  }

  @Test func choosingATemplateForOtherKindsSaysWhatItIsFor() throws {
    var state = try MemoryDesk.state([.init(id: Self.id, kind: .inquiry, subject: "When?")])
    state.desk.templates = [
      ReplyTemplate(
        id: "complaint-resolved", body: "---\nkinds: complaint\n---\n# Resolved\n\n{{resolution}}")
    ]
    state.press(.character("R"))
    state.press(.right)
    #expect(state.form?.value(CaseAction.Field.template) == "complaint-resolved")
    let problem = state.form?.fields[0].problem?.words() ?? ""
    #expect(problem == "This template is written for complaint cases: check it fits before saving.")
    #expect(
      Phrase.field(.templateFits(kinds: [.permit], steps: [.approved, .rejected])).words()
        == "This template is written for permit cases, permits at approved or rejected: check it fits before saving."
    )
    state.press(.control("s"))
    #expect(state.form?.fields[1].problem?.words().contains("{{resolution}}") == true)
  }

  @Test func choosingAnotherTemplateClearsTheSentenceAboutTheOldOnesBlank() throws {
    var state = try MemoryDesk.state([.init(id: Self.id, kind: .complaint, subject: "When?")])
    state.desk.templates = [
      ReplyTemplate(
        id: "complaint-resolved", body: "---\nkinds: complaint\n---\n# Resolved\n\n{{resolution}}"),
      ReplyTemplate(id: "acknowledge.en", body: "# Received\n\nWe received your request."),
    ]
    state.press(.character("R"), .right, .control("s"))
    #expect(state.form?.fields[1].problem?.words().contains("{{resolution}}") == true)
    state.press(.backTab, .right)
    #expect(state.form?.value(CaseAction.Field.template) == "acknowledge.en")
    #expect(state.form?.fields[1].problem == nil)
    #expect(!DeskView.render(state).text.contains("{{resolution}}"))
  }
}
