import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// The desk asks the user's role before a form opens, so nothing is typed for work the role
/// may not save; the refusal names the roles that may.
@Suite struct DeskRoleTests {
  /// The bundled office as a real one, with huda (a front desk) at the keyboard and the
  /// office's own table of roles.
  func state(frontdesk: Set<Permission>) throws -> AppState {
    let fixture = try DeskFixture()
    var state = fixture.state()
    state.desk.office.demo = false
    state.desk.office.roles.grants[.frontdesk] = frontdesk
    state.desk.user = "huda"
    return state
  }

  @Test func aRoleTheOfficeLetsOpenNothingIsToldSoWhenItAsksForANewVisit() throws {
    var state = try state(frontdesk: [.note])
    state.press(.character("n"))
    #expect(state.form == nil)
    #expect(
      state.notice?.phrase
        == .office(.rejection(.notAllowed(role: .frontdesk, allowed: [.officer, .manager]))))
  }

  @Test func aRoleThatMayNotRecordSurveysIsToldSoBeforeTheSurveyOpens() throws {
    var state = try state(frontdesk: [.open])
    state.press(.character("2"), .character("S"))
    #expect(state.form == nil)
    #expect(
      state.notice?.phrase
        == .office(.rejection(.notAllowed(role: .frontdesk, allowed: [.officer, .manager]))))
  }

  @Test func theDefaultFrontDeskOpensBoth() throws {
    var state = try state(frontdesk: RoleMatrix.defaults[.frontdesk] ?? [])
    state.press(.character("n"))
    #expect(state.form != nil)
  }

  @Test func theRefusalIsWordedInArabicToo() {
    let text = UIText(language: .arabic)
    let said = text(
      .office(.rejection(.notAllowed(role: .frontdesk, allowed: [.officer, .manager]))))
    #expect(said == "دور «موظف الاستقبال» لا يسمح بهذا؛ يقوم به مسؤول العلاقات أو المدير.")
    let own = text(
      .office(.rejection(.onlyOwnCasesToday(role: .frontdesk, allowed: [.officer, .manager]))))
    #expect(own.contains("يحلّ فقط الحالات التي فتحها بنفسه اليوم"))
  }
}
