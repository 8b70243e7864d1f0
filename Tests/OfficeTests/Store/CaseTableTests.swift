import Domain
import Foundation
import Testing

@testable import Office

@Suite struct CaseTableTests {
  func item(_ number: Int, subject: String) -> Case? {
    let id = CaseID(channel: .visit, number: number)
    return CaseDecider.fold([
      CaseEvent(
        at: Date(timeIntervalSince1970: 0), actor: "huda",
        change: .opened(.init(id: id, kind: .inquiry, subject: subject, receivedAt: Date())))
    ])
  }

  @Test func aCaseIsFoundByIdAndReplacedInPlace() throws {
    var table = CaseTable()
    table.put(try #require(item(1, subject: "first")))
    table.put(try #require(item(2, subject: "second")))
    table.put(try #require(item(1, subject: "first, changed")))
    #expect(table.count == 2)
    #expect(table[CaseID(channel: .visit, number: 1)]?.subject == "first, changed")
    #expect(table.values.map(\.subject) == ["first, changed", "second"])
    var far = CaseTable()
    far.put(try #require(item(9_000_000, subject: "far")))
    table.merge(far)
    #expect(table.count == 3 && table[CaseID(channel: .visit, number: 9_000_000)]?.subject == "far")
    #expect(table[CaseID(channel: .phone, number: 1)] == nil)
  }
}
