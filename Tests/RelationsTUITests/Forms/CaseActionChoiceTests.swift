import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A prompt's choice saves only as one of the values it offers: anything else (a typo, a
/// choice from a later version, a damaged draft) is refused under the field, never read as
/// closing the case or rejecting a permit.
@Suite struct CaseActionChoiceTests {
  static let id = CaseID(channel: .visit, number: 7)

  /// A status prompt whose choice holds `value`, as a restored draft or a future version
  /// could leave it.
  static func statusForm(choosing value: String) -> Form {
    Form(
      title: .plain("status"), purpose: .action(.status, id, version: 3),
      fields: [
        FormField(
          CaseAction.Field.status, label: .plain("Status"),
          input: .choice([.init(value: value, label: .plain(value))])),
        FormField(CaseAction.Field.reason, label: .plain("Reason"), input: .line),
      ])
  }

  static func command(_ form: Form, _ language: Language) -> Checked<CaseCommand, Form> {
    CaseAction.validate(.status, from: form, channel: .visit, timeZone: .gmt)
  }

  @Test func anUnknownStatusChoiceIsRefusedUnderTheFieldAndDoesNotCloseTheCase() throws {
    guard case .failure(let checked) = Self.command(Self.statusForm(choosing: "closd"), .english)
    else {
      Issue.record("a status form choosing \"closd\" was saved as a command")
      return
    }
    let status = try #require(checked.fields.first { $0.id == CaseAction.Field.status.rawValue })
    #expect(status.problem?.words(.english).contains("waiting") == true)
    #expect(checked.focus == 0)
  }

  @Test func theRefusalIsInArabicInTheArabicDesk() throws {
    guard case .failure(let checked) = Self.command(Self.statusForm(choosing: "closd"), .arabic)
    else {
      Issue.record("a status form choosing \"closd\" was saved as a command")
      return
    }
    let status = try #require(checked.fields.first { $0.id == CaseAction.Field.status.rawValue })
    #expect(status.problem?.words(.arabic).contains("الحالة") == true)
  }

  @Test func aStatusFormWithNoChoiceAtAllIsRefusedToo() {
    let form = Form(
      title: .plain("status"), purpose: .action(.status, Self.id, version: 3),
      fields: [FormField(CaseAction.Field.reason, label: .plain("Reason"), input: .line)])
    if case .success(let command) = Self.command(form, .english) {
      Issue.record("a status form with no status field was saved as \(command)")
    }
  }

  @Test func theThreeOfferedChoicesStillBecomeTheirCommands() {
    var waiting = Self.statusForm(choosing: "waiting")
    waiting.set(CaseAction.Field.reason, "a copy of the ID")
    #expect(Self.command(waiting, .english).command == .wait(reason: "a copy of the ID"))
    #expect(Self.command(Self.statusForm(choosing: "resume"), .english).command == .resume)
    #expect(Self.command(Self.statusForm(choosing: "close"), .english).command == .close)
  }

  @Test func anUnknownPermitDecisionIsRefusedRatherThanRecordedAsRejected() throws {
    let form = Form(
      title: .plain("decision"), purpose: .action(.decidePermit, Self.id, version: 3),
      fields: [
        FormField(
          CaseAction.Field.decision, label: .plain("Decision"),
          input: .choice([.init(value: "aproved", label: .plain("aproved"))])),
        FormField(
          CaseAction.Field.reference, label: .plain("Reference"), input: .line, text: "REF-1"),
        FormField(CaseAction.Field.date, label: .plain("Date"), input: .line, text: "2026-11-25"),
      ])
    let result = CaseAction.validate(
      .decidePermit, from: form, channel: .volunteer, timeZone: .gmt)
    guard case .failure(let checked) = result else {
      Issue.record("a decision of \"aproved\" was saved as \(String(describing: result.command))")
      return
    }
    #expect(checked.fields.first { $0.id == CaseAction.Field.decision.rawValue }?.problem != nil)
  }
}

extension Checked {
  /// The value, when there is one (tests only).
  fileprivate var command: Value? {
    if case .success(let value) = self { return value }
    return nil
  }
}
