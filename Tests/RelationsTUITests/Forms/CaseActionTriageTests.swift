import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Triage, merge and link from the desk: `t`, `M` and `L` on the selected case open prompts
/// that start at what the case has, and their saves are the Domain's commands.
@Suite struct CaseActionTriageTests {
  @Test func tOpensTriageAtWhatTheCaseHasAndSavesTheChosenProgram() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let id = try #require(state.inbox.selectedID)
    let item = try #require(state.desk.item(id))
    state.press(.character("t"))
    let form = try #require(state.form)
    #expect(form.purpose == .action(.triage, id, version: item.version))
    #expect(form.value(CaseAction.Field.kind) == item.kind.rawValue)
    #expect(form.value(CaseAction.Field.program) == (item.program ?? ""))
    // The program field: typing narrows the office's programs, Tab takes the one left.
    state.press(.tab)
    state.type("Urdu")
    state.press(.tab, .tab, .tab)
    state.type("urdu, evening")
    let effects = state.press(.control("s"))
    guard case .execute(.triage(let triage), let target, _)? = effects.first else {
      Issue.record("no triage saved: \(effects)")
      return
    }
    #expect(target == id)
    #expect(triage.program == "urdu-lessons")
    #expect(triage.tags == ["urdu", "evening"])
    #expect(triage.kind == item.kind)
    #expect(triage.party == item.party)
  }

  @Test func mOffersThePersonsOtherCasesFirstAndSavesAMerge() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let id = try #require(state.inbox.selectedID)
    let item = try #require(state.desk.item(id))
    let own = state.desk.contacts.recognise(item.contact)?.cases.filter { $0 != id } ?? []
    state.press(.character("M"))
    let form = try #require(state.form)
    guard case .choice(let choices)? = form.fields.first?.input else {
      Issue.record("no choice of cases")
      return
    }
    #expect(!choices.isEmpty)
    #expect(!choices.contains { $0.value == id.description })
    if let first = own.last { #expect(choices.first?.value == first.description) }
    let chosen = try #require(choices.first?.value)
    let effects = state.press(.control("s"))
    #expect(
      effects.first
        == .execute(
          .merge(into: try #require(CaseID(chosen))), on: id, expectedVersion: item.version))
  }

  @Test func theDetailSaysWhatWasMergedHereAndWhatIsLinkedEitherWay() throws {
    let fixture = try DeskFixture()
    var state = fixture.state()
    let id = try #require(state.inbox.selectedID)
    let others = state.desk.cases.filter { $0.id != id }.prefix(2).map(\.id)
    try #require(others.count == 2)
    state.desk.pointedAt[id] = others
    var merged = try #require(state.desk.item(others[0]))
    merged.mergedInto = id
    state.desk.cases.put(merged)
    let text = DeskView.render(state).text
    #expect(text.contains("Merged into this case: \(others[0])"), "\(text)")
    #expect(text.contains("Linked with \(others[1])"), "\(text)")
  }
}
