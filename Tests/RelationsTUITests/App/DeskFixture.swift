import Domain
import Foundation
import JSONStore
import Office

@testable import RelationsTUI

/// A small demo office in a scratch folder, and the desk opened on it at a fixed time.
struct DeskFixture {
  /// 2026-11-25 09:00 in Riyadh.
  static let now = Date(timeIntervalSince1970: 1_795_586_400)
  let scratch = Scratch()
  let directory: DataDirectory
  let store: OfficeStore

  init(cases: Int = 40) throws {
    directory = DataDirectory(path: scratch.path + "/office")
    try OfficeScaffold(directory: directory, demo: true).create()
    _ = try DemoGenerator(cases: cases, seed: 7, now: Self.now).write(to: directory)
    store = try Self.openStore(directory)
  }

  static func openStore(_ directory: DataDirectory) throws -> OfficeStore {
    try OfficeStore(directory: directory, office: try OfficeFile.load(directory: directory.path))
  }

  func templates() -> [ReplyTemplate] { ReplyTemplates.load(directory: directory.path) }

  func state(
    width: Int = 120, height: Int = 40, user: String = "huda", language: Language = .english
  ) -> AppState {
    var state = AppState(
      desk: Desk(
        office: store.office, user: user, cases: store.cases, inbox: store.inbox,
        contacts: store.contacts, templates: templates(), language: language),
      width: width, height: height, now: Self.now)
    state.receive(.tick(Self.now))
    return state
  }

  func session(
    store: OfficeStore? = nil, user: String = "huda", language: Language = .english,
    clock: @escaping @Sendable () -> Date = { Date() }
  ) throws -> DeskSession {
    let surveys = try SurveyFile.loadAll(directory: directory.path)
    return DeskSession(
      store: store ?? self.store, drafts: DraftStore(dataPath: directory.path, user: user),
      user: user, surveys: surveys, templates: templates(),
      language: language, width: 120, height: 40, now: Self.now, clock: clock)
  }
}

extension AppState {
  /// Sends a message as the shell would: a request to read the selected case is answered
  /// at once from the desk's cases; every other effect is returned.
  @discardableResult
  mutating func receive(_ message: Message) -> [Effect] {
    DeskUpdate.update(&self, message).flatMap { effect -> [Effect] in
      guard case .loadCase(let id) = effect, let item = desk.item(id) else { return [effect] }
      return DeskUpdate.update(&self, .caseLoaded(item))
    }
  }

  /// Sends each key in turn; returns every effect asked for.
  @discardableResult
  mutating func press(_ keys: KeyPress...) -> [Effect] {
    keys.flatMap { receive(.key($0)) }
  }

  /// Types text, one character key at a time.
  @discardableResult
  mutating func type(_ text: String) -> [Effect] {
    text.flatMap { receive(.key(.character($0))) }
  }
}

extension DeskSession {
  func press(_ keys: KeyPress...) {
    for key in keys { send(.key(key)) }
  }

  func type(_ text: String) {
    for character in text { send(.key(.character(character))) }
  }
}

extension AppState {
  /// Lists the inbox again, as the root does after a change of query or cases.
  mutating func refreshList() {
    DeskUpdate.withContext(&self) { state, context in
      InboxScreen.refresh(&state.inbox, &context)
    }
  }

  /// Selects the inbox's row at `index`, as j/k would.
  mutating func select(_ index: Int) {
    DeskUpdate.withContext(&self) { state, context in
      InboxScreen.select(index, &state.inbox, &context)
    }
  }
}
