import Domain
import Foundation
import Testing

@testable import RelationsTUI

/// Saved views kept per member of staff in `DATA/views/USER.json`.
@Suite struct ViewStoreTests {
  @Test func viewsSavedAreReadBackWithEveryFilter() throws {
    let scratch = Scratch()
    let store = ViewStore(dataPath: scratch.path, user: "huda")
    let views = [
      SavedView(
        name: "Mine, complaints", query: InboxQuery(view: .mine, kind: .complaint)),
      SavedView(
        name: "طلاب",
        query: InboxQuery(
          view: .all, channel: .volunteer, status: .waiting, assignee: "omar", program: "quran",
          party: .volunteer)),
    ]
    #expect(store.save(views) == nil)
    #expect(ViewStore(dataPath: scratch.path, user: "huda").load() == views)
  }

  @Test func eachUserHasTheirOwnFileReadableOnlyByThem() throws {
    let scratch = Scratch()
    let huda = ViewStore(dataPath: scratch.path, user: "huda")
    huda.save([SavedView(name: "Urgent", query: InboxQuery(view: .overdue))])
    #expect(ViewStore(dataPath: scratch.path, user: "omar").load().isEmpty)
    let attributes = try FileManager.default.attributesOfItem(atPath: huda.path)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)
    #expect(huda.path == scratch.path + "/views/huda.json")
  }

  @Test func aViewTheFileCannotDescribeIsSkipped() throws {
    let scratch = Scratch()
    let store = ViewStore(dataPath: scratch.path, user: "huda")
    try FileManager.default.createDirectory(
      atPath: scratch.path + "/views", withIntermediateDirectories: true)
    let json =
      #"{"views":[{"name":"ok","view":"all"},{"name":"bad","view":"nowhere"},{"view":"all"}]}"#
    try json.write(toFile: store.path, atomically: true, encoding: .utf8)
    #expect(store.load().map(\.name) == ["ok"])
  }

  @Test func aViewsFolderThatCannotBeWrittenIsOneSentenceNotAFailure() throws {
    let scratch = Scratch()
    try "a file".write(toFile: scratch.path + "/views", atomically: true, encoding: .utf8)
    let problem = ViewStore(dataPath: scratch.path, user: "huda").save([])
    guard case .find(.viewsNotSaved(let path, _))? = problem else {
      Issue.record("expected viewsNotSaved, got \(String(describing: problem))")
      return
    }
    #expect(path.hasSuffix("/views/huda.json"))
  }
}

extension ViewStoreTests {
  @Test func aViewSavedWithThePartyNamesOfBeforeStillFiltersByThatParty() throws {
    let scratch = Scratch()
    let store = ViewStore(dataPath: scratch.path, user: "huda")
    try FileManager.default.createDirectory(
      atPath: scratch.path + "/views", withIntermediateDirectories: true)
    let json =
      #"{"views":[{"name":"staff","view":"all","party":"beneficiary-internal"},{"name":"public","view":"all","party":"beneficiary-external"}]}"#
    try json.write(toFile: store.path, atomically: true, encoding: .utf8)
    #expect(store.load().map(\.query.party) == [.internalBeneficiary, .externalBeneficiary])
    #expect(ViewStore.encode(store.load()[0])["party"] as? String == "internal")
  }
}
