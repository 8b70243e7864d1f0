import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Drafts name fields by their ids (`DATA/drafts/USER.json`): the typed field names keep the
/// strings drafts were written with, so a draft from before is put back whole.
@Suite struct FormFieldIDTests {
  @Test func theIntakeFieldsKeepTheIdsDraftsWereSavedUnder() {
    #expect(
      IntakeForm.Field.allCases.map(\.rawValue) == [
        "phone", "name", "kind", "subject", "details", "program", "priority", "channel", "party",
        "direction", "reference", "letterDate", "arrival", "platform", "handle", "volunteer",
        "programDate", "programPlace",
      ])
  }

  @Test func theCaseActionFieldsKeepTheIdsDraftsWereSavedUnder() {
    #expect(
      Set(CaseAction.Field.allCases.map(\.rawValue)) == [
        "assignee", "priority", "status", "reason", "text", "template", "reference", "date",
        "decision", "how", "detail", "owner", "due", "kind", "program", "department", "tags",
        "target", "party", "send",
      ])
    #expect(OnSpotForm.Field.allCases.map(\.rawValue) == ["text"])
  }

  @Test func aDraftWrittenWithStringIdsIsPutBackIntoTheTypedFields() throws {
    let fixture = try DeskFixture()
    let state = fixture.state()
    let object: [String: Any] = [
      "purpose": "intake",
      "fields": ["phone": "0551234567", "subject": "Friday lesson", "kind": "complaint"],
    ]
    let form = try #require(DraftStore.decode(object, desk: state.desk, today: "2026-11-25"))
    #expect(form.value(IntakeForm.Field.phone) == "0551234567")
    #expect(form.value(IntakeForm.Field.subject) == "Friday lesson")
    #expect(form.value(IntakeForm.Field.kind) == "complaint")
    #expect(DraftStore.encode(form)["fields"] as? [String: String] == form.fieldsByID)
  }

  @Test func everyFormIsMadeOfFieldsItsEnumNames() throws {
    let fixture = try DeskFixture()
    let state = fixture.state()
    let intake = IntakeForm.make(office: state.desk.office)
    #expect(intake.fields.allSatisfy { IntakeForm.Field(rawValue: $0.id) != nil })
    let item = try #require(state.selectedCase)
    for action in [CaseAction.assign, .priority, .status, .note, .reply, .resolve, .reopen] {
      guard
        case .success(let form) = CaseAction.prompt(
          action, for: item, desk: state.desk, today: "2026-11-25")
      else { continue }
      #expect(form.fields.allSatisfy { CaseAction.Field(rawValue: $0.id) != nil })
    }
  }
}

extension Form {
  /// Each field's value under its id, as a draft keeps them (tests only).
  fileprivate var fieldsByID: [String: String] {
    Dictionary(fields.map { ($0.id, $0.value) }, uniquingKeysWith: { $1 })
  }
}
