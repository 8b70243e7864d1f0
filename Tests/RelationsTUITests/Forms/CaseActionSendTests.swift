import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The reply editor's "Send by": the media that reach the person and "not sent", the case's
/// channel's way back chosen when it reaches them; the choice goes with the command, and a
/// medium the decider refuses is said under the field with the reply kept.
@Suite struct CaseActionSendTests {
  static let phoneCase = CaseID(channel: .phone, number: 3)

  func replyForm(_ opening: MemoryDesk.Opening) throws -> Form {
    let desk = try MemoryDesk.desk([opening])
    let item = try #require(desk.item(opening.id))
    guard case .success(let form) = CaseAction.prompt(.reply, for: item, desk: desk, today: "")
    else {
      Issue.record("no reply prompt")
      throw CancellationError()
    }
    return form
  }

  func sendField(_ form: Form) throws -> FormField {
    try #require(form.fields.first { $0.id == CaseAction.Field.send.rawValue })
  }

  @Test func aPhoneCaseIsAnsweredBySMSByDefaultAmongTheMediaThatReachThePerson() throws {
    let form = try replyForm(.init(id: Self.phoneCase, subject: "Hours?"))
    let field = try sendField(form)
    #expect(field.choices.map(\.value) == ["sms", "whatsapp", ""])
    #expect(field.value == "sms")
    #expect(field.label.words() == "Send by")
    #expect(field.choices[0].label.words().contains("SMS to"))
    #expect(field.choices[0].label.words().contains("+966551230010"))
    #expect(field.choices[2].label.words() == "not sent (given in person or by a call)")
    #expect(field.choices[2].label.words(.arabic) == "لا يُرسل (أُبلغ حضوريًا أو باتصال)")
  }

  @Test func aVisitIsNotSentByDefaultThoughItsPersonHasAPhone() throws {
    let form = try replyForm(.init(id: CaseID(channel: .visit, number: 1), subject: "Hours?"))
    let field = try sendField(form)
    #expect(field.choices.map(\.value).contains("sms"))
    #expect(field.value == "")
  }

  @Test func aWebsiteCaseWithNoEMailIsNotSentByDefault() throws {
    let form = try replyForm(.init(id: CaseID(channel: .website, number: 1), subject: "Hours?"))
    let field = try sendField(form)
    #expect(!field.choices.map(\.value).contains("email"))
    #expect(field.value == "")
  }

  @Test func aSocialCaseIsAnsweredByDirectMessageToItsHandle() throws {
    let form = try replyForm(
      .init(
        id: CaseID(channel: .social, number: 1), subject: "Hours?",
        contact: ContactDetails(name: "Noura", handle: "@noura")))
    let field = try sendField(form)
    #expect(field.choices.map(\.value) == ["dm", "letter", ""])
    #expect(field.value == "dm")
  }

  @Test func theChosenMediumGoesWithTheReply() throws {
    var form = try replyForm(.init(id: Self.phoneCase, subject: "Hours?"))
    form.set(CaseAction.Field.text, "We open at nine.")
    form.set(CaseAction.Field.send, "whatsapp")
    guard
      case .success(.reply(_, let text, _, let send)) = CaseAction.validate(
        .reply, from: form, channel: .phone, timeZone: .gmt)
    else {
      Issue.record("the reply was refused")
      return
    }
    #expect(text == "We open at nine." && send == .whatsapp)
    form.set(CaseAction.Field.send, "")
    guard
      case .success(.reply(_, _, _, let recorded)) = CaseAction.validate(
        .reply, from: form, channel: .phone, timeZone: .gmt)
    else {
      Issue.record("the reply was refused")
      return
    }
    #expect(recorded == nil)
  }

  @Test func aMediumTheDeciderRefusesIsSaidUnderSendByAndTheReplyIsKept() throws {
    var state = try MemoryDesk.state([.init(id: Self.phoneCase, subject: "Hours?")])
    state.press(.character("R"), .tab)
    state.type("We open at nine.")
    let effects = state.press(.control("s"))
    guard
      case .execute(let command, let id, _)? = effects.first(where: {
        if case .execute = $0 { true } else { false }
      })
    else {
      Issue.record("saving the reply asked for no command: \(effects)")
      return
    }
    guard case .reply(_, _, _, .sms?) = command else {
      Issue.record("the reply did not go by SMS: \(command)")
      return
    }
    // Meanwhile the person's number was taken off the case: the decider refuses the SMS.
    var item = try #require(state.desk.item(id))
    item.contact.phone = nil
    var refusal: CaseRejection?
    do throws(CaseRejection) {
      _ = try CaseDecider.decide(command, item, at: MemoryDesk.now, by: .manager("huda"))
    } catch {
      refusal = error
    }
    let rejection = try #require(refusal)
    #expect(rejection == .unreachable(.sms))
    state.receive(.failed(.office(.rejection(rejection)), conflict: false))
    let form = try #require(state.form)
    let send = try #require(form.index(of: CaseAction.Field.send))
    #expect(form.value(CaseAction.Field.text) == "We open at nine.")
    #expect(form.focus == send)
    #expect(
      form.fields[send].problem?.words()
        == "The contact has no phone number to send this by SMS; choose another way, or record it as given in person or by a call."
    )
    #expect(form.problem == nil)
  }

  @Test func theReplyFormShowsSendByWithWhereItGoes() throws {
    var state = try MemoryDesk.state([.init(id: Self.phoneCase, subject: "Hours?")])
    state.press(.character("R"))
    let screen = DeskView.render(state).text
    #expect(screen.contains("Send by"))
    #expect(screen.contains("SMS to +966551230010"))
  }

  @Test func aReplySentIsSaidQueuedOnTheNoticeLine() throws {
    let id = Self.phoneCase
    #expect(
      DeskUpdate.describe(
        .reply(channel: .phone, text: "x", template: nil, send: .sms), on: id,
        desk: try MemoryDesk.desk([])
      ).words()
        == "P-000003: reply recorded and queued to send by SMS.")
    #expect(
      DeskUpdate.describe(
        .reply(channel: .phone, text: "x", template: nil), on: id,
        desk: try MemoryDesk.desk([])
      ).words() == "P-000003: reply recorded.")
  }
}
