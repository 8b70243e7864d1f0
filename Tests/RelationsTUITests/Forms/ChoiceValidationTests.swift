import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Each form's `validate` turns only the values its choices offer into a command: a value
/// it does not know is refused under its field, never replaced by a default.
@Suite struct ChoiceValidationTests {
  static let id = CaseID(channel: .visit, number: 7)

  @Test func aSatisfactionScoreOutsideOneToFiveIsRefusedNotRecordedAsFive() {
    let form = Form(
      title: .plain("score"), purpose: .satisfaction(Self.id),
      fields: [
        FormField(
          SatisfactionForm.Field.score, label: .plain("Score"),
          input: .choice([.init(value: "five", label: .plain("five"))]))
      ])
    guard case .failure(let checked) = SatisfactionForm.validate(form)
    else {
      Issue.record("a score of \"five\" was recorded")
      return
    }
    #expect(checked.fields[0].problem?.words().contains("1 to 5") == true)
  }

  @Test func eachScoreTheFormOffersIsRecordedAsItself() {
    var form = SatisfactionForm.make(Self.id)
    for score in 1...5 {
      form.set(SatisfactionForm.Field.score, "\(score)")
      guard
        case .success(let recorded) = SatisfactionForm.validate(form)
      else {
        Issue.record("score \(score) was refused")
        continue
      }
      #expect(recorded == score)
    }
  }

  @Test func anIntakeKindTheFormDoesNotOfferIsRefusedNotSavedAsAnInquiry() throws {
    let fixture = try DeskFixture()
    var form = IntakeForm.make(office: fixture.state().desk.office)
    form.set(IntakeForm.Field.subject, "Asks about the Friday lesson")
    let kind = try #require(form.index(of: IntakeForm.Field.kind))
    form.fields[kind] = FormField(
      IntakeForm.Field.kind, label: .plain("Kind"),
      input: .choice([.init(value: "complain", label: .plain(""))]))
    guard case .failure(let checked) = IntakeForm.validate(form) else {
      Issue.record("a visit of kind \"complain\" was saved")
      return
    }
    #expect(checked.fields[kind].problem != nil)
    #expect(checked.focus == kind)
  }

  @Test func aMergeIntoARecordThatIsNoKeyIsRefusedUnderTheField() {
    let key = ContactKey.email("a@example.org")
    let form = ContactMergeForm.make(
      title: "C-1", key: key, choices: [.init(value: "nobody", label: .plain("nobody"))])
    guard
      case .failure(let checked) = ContactMergeForm.validate(form, key: key)
    else {
      Issue.record("a merge into \"nobody\" was asked for")
      return
    }
    #expect(checked.fields[0].problem != nil)
  }
}
