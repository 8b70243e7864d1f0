import Domain
import Foundation
import Office

@testable import RelationsTUI

/// The demo office of `DeskFixture` with four replies sent through the outbox, as a bridge
/// would leave them: one failed, one delivered, one sent, one still queued.
struct OutboxFixture {
  let desk: DeskFixture
  /// A phone case whose SMS failed: "number unreachable".
  let failed: Case
  /// A phone case whose SMS was delivered.
  let delivered: Case
  /// A social case whose direct message was sent.
  let sent: Case
  /// A website case whose e-mail waits for a bridge.
  let queued: Case

  static let bridge = Acting(
    member: StaffMember(account: "sms-bridge", name: "SMS bridge", role: .bridge),
    timeZone: .gmt)
  static let reason = "number unreachable"

  init(reason: String = Self.reason) throws {
    desk = try DeskFixture()
    let store = desk.store
    let huda = Acting.manager("huda")
    var minutes = -420.0
    func at() -> Date {
      minutes += 30
      return DeskFixture.now.addingTimeInterval(minutes * 60)
    }
    func open(_ channel: Channel, _ subject: String, _ contact: ContactDetails) throws -> Case {
      let when = at()
      return try store.open(on: channel, by: huda, now: when) { id in
        CaseChange.Opening(
          id: id, kind: .inquiry, subject: subject, contact: contact, receivedAt: when)
      }
    }
    func reply(_ item: Case, _ text: String, by medium: OutboundMedium) throws -> Case {
      try store.execute(
        .reply(channel: item.id.channel, text: text, template: nil, send: medium), on: item.id,
        by: huda, now: at())
    }
    func receipt(_ item: Case, _ status: DeliveryStatus, reason: String? = nil) throws -> Case {
      try store.execute(
        .reportDelivery(
          DeliveryReceipt(
            message: OutboundMessage.id(of: item.id, number: 1), status: status, reason: reason)),
        on: item.id, by: Self.bridge, now: at())
    }
    let first = try open(
      .phone, "Food basket date", ContactDetails(name: "Salem", phone: PhoneNumber("0551112233")))
    failed = try receipt(
      try reply(first, "Your basket is ready on Sunday.", by: .sms), .failed, reason: reason)
    let second = try open(
      .phone, "Lesson times", ContactDetails(name: "Mona", phone: PhoneNumber("0554445566")))
    delivered = try receipt(
      try reply(second, "Lessons start at four.", by: .sms), .delivered)
    let third = try open(
      .social, "Volunteering", ContactDetails(name: "Noura", handle: "@noura_k"))
    sent = try receipt(try reply(third, "Welcome, we will call you.", by: .directMessage), .sent)
    let fourth = try open(
      .website, "Receipt", ContactDetails(name: "Omar", email: "omar@example.org"))
    queued = try reply(fourth, "Your receipt is attached.", by: .email)
  }

  func state(width: Int = 120, height: Int = 40, language: Language = .english) -> AppState {
    desk.state(width: width, height: height, language: language)
  }
}
