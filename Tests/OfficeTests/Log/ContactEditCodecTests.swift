import Domain
import Foundation
import Testing

@testable import Office

/// Staff edits of people as `channels/contacts.jsonl` holds them.
@Suite struct ContactEditCodecTests {
  func roundTrip(_ edit: ContactEdit) -> ContactEdit? {
    let (_, type, data) = ContactEditCodec.encode(edit)
    return data.withUnsafeBytes { ContactEditCodec.decode(type: type, data: $0) }
  }

  @Test func everyEditSurvivesTheLogRolesIncluded() throws {
    let key = ContactKey.phone(try #require(PhoneNumber("0551234567")))
    let edits: [ContactEdit] = [
      .rename(key, name: "فاطمة"), .addKey(key, newKey: .email("f@example.org")),
      .merge(.email("f@example.org"), into: key),
      .setRoles(key, roles: [.supporter, .volunteer]),
    ]
    for edit in edits { #expect(roundTrip(edit) == edit) }
    let (_, type, data) = ContactEditCodec.encode(.setRoles(key, roles: [.volunteer, .supporter]))
    #expect(type == "contact.roles")
    #expect(String(decoding: data, as: UTF8.self).contains(#""roles":["supporter","volunteer"]"#))
  }

  @Test func rolesThatNameNoPartyAreNoEdit() {
    let json = #"{"key":"phone:+966551234567","roles":["donor"]}"#
    #expect(
      Array(json.utf8).withUnsafeBytes { ContactEditCodec.decode(type: "contact.roles", data: $0) }
        == nil)
  }
}
