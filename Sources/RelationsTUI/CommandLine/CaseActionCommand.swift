import ArgumentParser
import Domain
import Foundation
import JSONStore
import Office

/// `relations case ID ACTION …`: every desk action on a case as a command, for scripts,
/// bridges and administrators (CONTRACTS.md). Each becomes the same `CaseCommand` the desk's
/// prompt saves, appended as the OS account with the case's version.
struct CaseActionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "case",
    abstract:
      "Act on a case as the desk does: assign, note, reply, resolve, permit steps and more.",
    discussion: """
      Actions: assign ACCOUNT | priority low|normal|high|urgent | note TEXT |
      reply TEXT [--template T] [--send sms|whatsapp|email|dm|letter|none] |
      wait REASON | resume | resolve TEXT | close | reopen REASON |
      merge INTO | link OTHER |
      permit submitted --reference R [--date YYYY-MM-DD] |
      permit decided approved|rejected --reference R [--date YYYY-MM-DD] |
      permit notified --how phone|sms|email|visit|letter|social [--text T] |
      follow-up done TEXT.
      A reply goes by --send, queued in the outbox for a bridge; by default by
      the case's channel's way back when it reaches the person (a phone or
      volunteer case by SMS, a letter by letter, social by direct message, the
      website by e-mail), else none: it is only recorded.
      Prints ok ID. A refusal (the case cannot take the action now, or
      --expect N is not its version) is one sentence, exit 1; a mistake in the
      command itself exits 2.
      """
  )

  @OptionGroup var data: DataOption

  @Argument(help: "The case's id, e.g. W-000001.")
  var id: String

  @Argument(
    help:
      "assign, priority, note, reply, wait, resume, resolve, close, reopen, merge, link, permit or follow-up."
  )
  var action: String

  @Argument(help: "What the action takes: an account, a priority, a text, a permit step.")
  var words: [String] = []

  @Option(help: "reply: the template (its file name in templates/, without .md) to fill.")
  var template: String?

  @Option(
    help:
      "reply: how it is sent: sms, whatsapp, email, dm, letter, or none when it was given in person or by a call (default: the channel's way back when it reaches the person, else none)."
  )
  var send: String?

  @Option(help: "permit submitted/decided: the authority's reference.")
  var reference: String?

  @Option(
    help:
      "permit submitted/decided: the day, YYYY-MM-DD in the office's time zone (default: today).")
  var date: String?

  @Option(help: "permit notified: phone, sms, email, visit, letter or social.")
  var how: String?

  @Option(help: "permit notified: what was said, or where.")
  var text: String?

  @Option(help: "The version of the case you saw: refused, naming who changed it, if it moved on.")
  var expect: Int?

  /// How a requester can be told, as typed here, and as the desk stores it.
  static let notificationMeans: [(word: String, stored: String)] = [
    ("phone", CaseAction.NotificationMeans.phoneCall.rawValue),
    ("sms", CaseAction.NotificationMeans.sms.rawValue),
    ("email", CaseAction.NotificationMeans.email.rawValue),
    ("visit", CaseAction.NotificationMeans.inPerson.rawValue),
    ("letter", CaseAction.NotificationMeans.letter.rawValue),
    ("social", "social media"),
  ]

  func run() throws {
    guard let caseID = CaseID(id) else {
      throw CommandFailure.usage(
        "\"\(id)\" is not a case id; give one as the desk shows it, e.g. W-000001.")
    }
    let office = try data.configuration()
    let acting = try data.acting()
    let directory = try data.path
    let store = try data.store(.readWrite, profile: .desk)
    guard let item = store.cases[caseID] else {
      throw CommandFailure.usage(
        "There is no case \(caseID) in \(directory); give the id of one of its cases.")
    }
    let command = try command(
      for: item, office: office, directory: directory, exists: { store.cases[$0] != nil })
    do throws(OfficeStore.Failure) {
      _ = try store.execute(
        command, on: caseID, expectedVersion: expect ?? item.version, by: acting, now: Date())
    } catch {
      throw CommandFailure(error)
    }
    print("ok \(caseID)")
  }

  /// The domain command the action asks for, or a usage failure saying what to give.
  private func command(
    for item: Case, office: OfficeConfiguration, directory: String,
    exists: (CaseID) -> Bool
  ) throws -> CaseCommand {
    let usage = "relations case \(id)"
    var rest = words[...]
    func step(_ expected: String) throws -> String {
      guard let word = rest.popFirst() else {
        throw CommandFailure.usage("\(action) needs a step after it; give \(expected).")
      }
      return word
    }
    func textArgument(_ what: String) throws -> String {
      let joined = rest.joined(separator: " ").trimmingSpaces
      rest = []
      guard !joined.isEmpty else {
        throw CommandFailure.usage("\(action) needs \(what): \(usage) \(action) TEXT.")
      }
      return joined
    }
    func noMore() throws {
      guard rest.isEmpty else {
        throw CommandFailure.usage(
          "\(action) takes no \"\(rest.joined(separator: " "))\"; leave it out.")
      }
    }
    try refuseOptionsNotFor()
    switch action {
    case "assign":
      guard let account = rest.popFirst() else {
        throw CommandFailure.usage("assign needs an account: \(usage) assign ACCOUNT.")
      }
      try noMore()
      let accounts = office.staff.map(\.account)
      // An office with no staff list names its people by account, as the desk lets it.
      guard accounts.isEmpty || accounts.contains(account) else {
        throw CommandFailure.usage(
          "\(account) is not on the office's staff list; give one of \(accounts.joined(separator: ", "))."
        )
      }
      return .assign(to: account)
    case "priority":
      let priorities = Priority.allCases.map(\.rawValue).joined(separator: ", ")
      guard let word = rest.popFirst() else {
        throw CommandFailure.usage("priority needs one of \(priorities).")
      }
      try noMore()
      guard let priority = Priority(rawValue: word) else {
        throw CommandFailure.usage("\"\(word)\" is not a priority; give one of \(priorities).")
      }
      return .triage(.init(priority: priority))
    case "note":
      return .note(try textArgument("the note's text"))
    case "reply":
      return try reply(
        to: item, typed: rest.joined(separator: " ").trimmingSpaces, directory: directory)
    case "wait":
      return .wait(reason: try textArgument("what the case waits for"))
    case "resume":
      try noMore()
      return .resume
    case "resolve":
      return .resolve(resolution: try textArgument("the resolution"))
    case "close":
      try noMore()
      return .close
    case "reopen":
      return .reopen(reason: try textArgument("why it is reopened"))
    case "permit":
      switch try step("submitted, decided or notified") {
      case "submitted":
        try noMore()
        return .submitPermit(reference: try permitReference(), date: try day(office))
      case "decided":
        let decision = try step("approved or rejected")
        try noMore()
        guard decision == "approved" || decision == "rejected" else {
          throw CommandFailure.usage(
            "\"\(decision)\" is not a decision; give approved or rejected.")
        }
        return .decidePermit(
          approved: decision == "approved", reference: try permitReference(), date: try day(office))
      case "notified":
        try noMore()
        let words = Self.notificationMeans.map(\.word).joined(separator: ", ")
        guard let how else {
          throw CommandFailure.usage("permit notified needs --how: one of \(words).")
        }
        guard let stored = Self.notificationMeans.first(where: { $0.word == how })?.stored else {
          throw CommandFailure.usage(
            "\"\(how)\" is not a way to tell the requester; give one of \(words).")
        }
        let detail = (text ?? "").trimmingSpaces
        return .notifyRequester(how: stored + (detail.isEmpty ? "" : ": " + detail))
      case let other:
        throw CommandFailure.usage(
          "\"\(other)\" is not a permit step; give submitted, decided or notified.")
      }
    case "merge", "link":
      let what = action == "merge" ? "the case it goes into" : "the case it is linked to"
      guard let word = rest.popFirst() else {
        throw CommandFailure.usage("\(action) needs \(what): \(usage) \(action) OTHER-ID.")
      }
      try noMore()
      guard let other = CaseID(word) else {
        throw CommandFailure.usage(
          "\"\(word)\" is not a case id; give \(what) as the desk shows it, e.g. W-000001.")
      }
      guard exists(other) else {
        throw CommandFailure.usage(
          "There is no case \(other) in \(directory); give the id of one of its cases.")
      }
      return action == "merge" ? .merge(into: other) : .link(to: other)
    case "follow-up":
      let word = try step("done")
      guard word == "done" else {
        throw CommandFailure.usage("\"\(word)\" is not a follow-up step; give done.")
      }
      return .completeFollowUp(note: try textArgument("what came of it"))
    default:
      throw CommandFailure.usage(
        "\"\(action)\" is not an action; give assign, priority, note, reply, wait, resume, resolve, close, reopen, merge, link, permit or follow-up."
      )
    }
  }

  /// Options that belong to another action are a mistake, said rather than ignored.
  private func refuseOptionsNotFor() throws {
    let step = action == "permit" ? words.first ?? "" : ""
    let given: [(String, Bool, Bool)] = [
      ("--template", template != nil, action == "reply"),
      ("--send", send != nil, action == "reply"),
      ("--reference", reference != nil, step == "submitted" || step == "decided"),
      ("--date", date != nil, step == "submitted" || step == "decided"),
      ("--how", how != nil, step == "notified"),
      ("--text", text != nil, step == "notified"),
    ]
    if let (option, _, _) = given.first(where: { $0.1 && !$0.2 }) {
      let named = step.isEmpty ? action : "\(action) \(step)"
      throw CommandFailure.usage("\(option) does not go with \(named); leave it out.")
    }
  }

  /// The reply: the typed text, else the template filled from the case as the desk fills it.
  /// A placeholder the case cannot fill is refused, naming it: a reply never goes out blank.
  private func reply(to item: Case, typed: String, directory: String) throws -> CaseCommand {
    var body = typed
    if let template {
      let templates = ReplyTemplates.load(directory: directory)
      guard let chosen = templates.first(where: { $0.id == template }) else {
        let names = templates.map(\.id).joined(separator: ", ")
        throw CommandFailure.usage(
          "There is no template \(template) in \(directory)/templates; give one of \(names.isEmpty ? "(none)" : names)."
        )
      }
      if body.isEmpty { body = chosen.text(for: item) }
    }
    guard !body.isEmpty else {
      throw CommandFailure.usage(
        "reply needs its text: relations case \(id) reply TEXT, or --template T.")
    }
    if let (placeholder, _) = ReplyTemplate.firstPlaceholder(in: body) {
      throw CommandFailure(
        message:
          "The reply still holds \(placeholder), which the case cannot fill; give the whole reply as TEXT with it filled in.",
        code: 1)
    }
    return .reply(
      channel: item.id.channel, text: body, template: template, send: try medium(for: item))
  }

  /// `--send` as typed: a medium, `none`, or (not given) the desk's default for the case.
  private func medium(for item: Case) throws -> OutboundMedium? {
    guard let send else { return ReplyMedium.default(for: item) }
    if send == "none" { return nil }
    guard let medium = OutboundMedium(rawValue: send) else {
      let choices = OutboundMedium.allCases.map(\.rawValue).joined(separator: ", ")
      throw CommandFailure.usage(
        "\"\(send)\" is not a way to send a reply; give one of \(choices) or none.")
    }
    return medium
  }

  private func permitReference() throws -> String {
    guard let reference = reference?.trimmingSpaces, !reference.isEmpty else {
      throw CommandFailure.usage(
        "\(action) \(words.first ?? "") needs the authority's reference: --reference R.")
    }
    return reference
  }

  /// `--date`, else today, as the day at noon in the office's time zone (as the desk reads it).
  private func day(_ office: OfficeConfiguration) throws -> Date {
    let zone = TimeZone(identifier: office.timeZone) ?? .gmt
    let typed = date ?? DateText(timeZone: zone).isoDay(Date())
    guard let day = CivilDateText.parse(typed, timeZone: zone) else {
      throw CommandFailure.usage("\"\(typed)\" is not a date; give it as YYYY-MM-DD.")
    }
    return day
  }
}
