import Domain
import Foundation
import Office

@testable import RelationsTUI

/// A desk made in memory, with no office on disk: cases opened (and changed) through the
/// decider, folded into the table, inbox and contacts the desk shows. For update and
/// render tests that need no files.
enum MemoryDesk {
  static let now = Date(timeIntervalSince1970: 1_795_586_400)
  static let office = OfficeConfiguration(
    name: LocalizedText(arabic: "مكتب", english: "Office"),
    staff: [StaffMember(account: "huda", name: "Huda", role: .officer)])

  struct Opening {
    var id: CaseID
    var kind: CaseKind = .inquiry
    var subject: String
    var name: String? = nil
    var commands: [CaseCommand] = []
    /// Who the case is from, when not the name and a made-up phone number.
    var contact: ContactDetails? = nil
  }

  static func desk(_ openings: [Opening], language: Language = .english) throws -> Desk {
    var cases = CaseTable()
    var inbox = Inbox(office: office)
    var contacts = ContactRegistry()
    for (offset, opening) in openings.enumerated() {
      let received = now.addingTimeInterval(Double(-3600 * (openings.count - offset)))
      let contact =
        opening.contact
        ?? ContactDetails(name: opening.name, phone: PhoneNumber("05512300\(10 + offset)"))
      var item: Case?
      let open = CaseCommand.open(
        CaseChange.Opening(
          id: opening.id, kind: opening.kind, subject: opening.subject, contact: contact,
          receivedAt: received))
      for command in [open] + opening.commands {
        let events = try CaseDecider.decide(command, item, at: received, by: .manager("huda"))
        item = events.reduce(item, CaseDecider.evolve)
      }
      guard let item else { continue }
      cases.put(item)
      inbox.apply(item)
      _ = contacts.record(contact, caseID: item.id, channel: item.id.channel, kind: item.kind)
    }
    return Desk(
      office: office, user: "huda", cases: cases, inbox: inbox, contacts: contacts,
      language: language)
  }

  static func state(_ openings: [Opening], language: Language = .english) throws -> AppState {
    AppState(
      desk: try desk(openings, language: language), width: 120, height: 40, now: now)
  }
}
