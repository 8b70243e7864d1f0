import Domain
import Foundation

/// Screen 6: every message the office sent or means to send (replies, decision notices,
/// survey invitations), newest first, with where each is: queued for a bridge, sent,
/// delivered, or failed and why. `v` narrows it to what is queued, what failed, or what went.
enum OutboxScreen: DeskFeature {
  /// Which messages the screen shows.
  enum Filter: CaseIterable, Equatable, Sendable {
    case all
    /// Queued: no bridge has reported on them yet.
    case pending
    case failed
    /// Sent or delivered.
    case sent

    func holds(_ entry: Entry) -> Bool {
      switch self {
      case .all: true
      case .pending: entry.sent.status == .queued && !entry.heldBack
      case .failed: entry.sent.status == .failed
      case .sent: entry.sent.status == .sent || entry.sent.status == .delivered
      }
    }

    var next: Filter {
      let all = Self.allCases
      return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
  }

  /// One message on its case.
  struct Entry: Equatable, Sendable {
    var caseID: CaseID
    var sent: OutboundState
    /// Queued, but no bridge is to send it (`OutboxPending`): answered before it went, an
    /// invitation of a reopened or merged case, or one past its answer window.
    var heldBack = false
  }

  /// How many messages are in each state, whatever the filter shows.
  struct Counts: Equatable, Sendable {
    var queued = 0
    var failed = 0
    var sent = 0
  }

  struct State: Sendable {
    /// The messages the filter shows, newest first; worked out when the screen is shown and
    /// when the office changes, never per frame.
    var messages: [Entry] = []
    var counts = Counts()
    var filter = Filter.all
    var index = 0
  }

  static func enter(_ state: inout State, _ context: inout ScreenContext) -> [ScreenRequest] {
    list(&state, context.desk, now: context.now, keeping: nil)
    return []
  }

  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext) {
    list(&state, context.desk, now: context.now, keeping: selectedID(state))
  }

  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  {
    guard case .action(let action) = input else { return [] }
    let last = max(0, state.messages.count - 1)
    let rows = max(1, context.box.height - 2)
    switch action {
    case .down: state.index = min(state.index + 1, last)
    case .up: state.index = max(0, state.index - 1)
    case .pageDown: state.index = min(state.index + rows, last)
    case .pageUp: state.index = max(0, state.index - rows)
    case .top: state.index = 0
    case .bottom: state.index = last
    case .cycleView:
      state.filter = state.filter.next
      list(&state, context.desk, now: context.now, keeping: selectedID(state))
    case .open:
      guard state.messages.indices.contains(state.index) else { return [] }
      return [.showCase(state.messages[state.index].caseID)]
    case .search: return [.searchInbox]
    default: break
    }
    return []
  }

  /// The id of the message selected, to keep it selected when the list is worked out again.
  private static func selectedID(_ state: State) -> String? {
    state.messages.indices.contains(state.index) ? state.messages[state.index].sent.message.id : nil
  }

  /// Works the list and the counts out from the desk's cases, keeping the selection on the
  /// message `keeping` when it is still shown.
  static func list(_ state: inout State, _ desk: Desk, now: Date, keeping: String?) {
    let all = messages(desk, now: now)
    var counts = Counts()
    for entry in all {
      switch entry.sent.status {
      case .queued: if !entry.heldBack { counts.queued += 1 }
      case .failed: counts.failed += 1
      case .sent, .delivered: counts.sent += 1
      }
    }
    state.counts = counts
    state.messages = all.filter { state.filter.holds($0) }
    if let keeping, let index = state.messages.firstIndex(where: { $0.sent.message.id == keeping })
    {
      state.index = index
    }
    state.index = min(state.index, max(0, state.messages.count - 1))
  }

  /// Every outbound message of the office, newest first.
  static func messages(_ desk: Desk, now: Date) -> [Entry] {
    let days = desk.office.surveyInvitations?.days ?? 7
    var entries: [Entry] = []
    for item in desk.cases where !item.outbound.isEmpty {
      entries += item.outbound.map { sent in
        Entry(
          caseID: item.id, sent: sent,
          heldBack: sent.status == .queued
            && !OutboxPending.holds(sent, of: item, now: now, days: days))
      }
    }
    return entries.sorted { lhs, rhs in
      if lhs.sent.queuedAt != rhs.sent.queuedAt { return lhs.sent.queuedAt > rhs.sent.queuedAt }
      return lhs.sent.message.id > rhs.sent.message.id
    }
  }
}
