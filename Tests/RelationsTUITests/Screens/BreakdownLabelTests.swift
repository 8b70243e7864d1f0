import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// A survey breakdown's groups by name: programs by theirs, no "none" or "unknown".
@Suite struct BreakdownLabelTests {
  @Test func aProgramIdIsShownByTheProgramsName() throws {
    let fixture = try DeskFixture()
    let desk = fixture.state().desk
    let program = try #require(desk.office.programs.first)
    #expect(BreakdownLabel.words(program.id, by: .program, desk) == program.name.english)
    #expect(BreakdownLabel.words("none", by: .program, desk) == "No program")
    #expect(BreakdownLabel.words("unknown", by: .channel, desk) == "Not recorded")
    #expect(BreakdownLabel.words("visit", by: .channel, desk) == "In-person visit")
  }

  @Test func aModeIsNamedInTheDesksLanguage() throws {
    let fixture = try DeskFixture()
    var desk = fixture.state().desk
    #expect(BreakdownLabel.words("self-reported", by: .mode, desk) == "Self-reported")
    #expect(BreakdownLabel.words("assisted", by: .mode, desk) == "Assisted by staff")
    desk.language = .arabic
    #expect(BreakdownLabel.words("self-reported", by: .mode, desk) == "ذاتي")
    #expect(BreakdownLabel.words("assisted", by: .mode, desk) == "بمساعدة موظف")
  }
}
