import Domain
import Foundation

/// Screen 3: every permit request by step, working days with the office and with the
/// authority, how late the office is against the target of the step it owes, and what waits
/// on the office (decided but not told, received but not submitted) first.
enum PermitsScreen: DeskFeature {
  struct State: Sendable {
    /// Every permit request, in the screen's order.
    var permits: [CaseID] = []
    var index = 0
  }

  static func enter(_ state: inout State, _ context: inout ScreenContext) -> [ScreenRequest] {
    state.permits = permits(context.desk, now: context.now)
    state.index = min(state.index, max(0, state.permits.count - 1))
    return []
  }

  static func deskChanged(_ state: inout State, from old: Desk, _ context: inout ScreenContext) {
    _ = enter(&state, &context)
  }

  static func update(_ state: inout State, _ input: ScreenInput, _ context: inout ScreenContext)
    -> [ScreenRequest]
  {
    guard case .action(let action) = input else { return [] }
    let last = max(0, state.permits.count - 1)
    let rows = max(1, context.box.height - 2)
    switch action {
    case .down: state.index = min(state.index + 1, last)
    case .up: state.index = max(0, state.index - 1)
    case .pageDown: state.index = min(state.index + rows, last)
    case .pageUp: state.index = max(0, state.index - rows)
    case .open:
      guard state.permits.indices.contains(state.index) else { return [] }
      return [.showCase(state.permits[state.index])]
    case .search: return [.searchInbox]
    default: break
    }
    return []
  }

  /// The timing of one request in the office's working days, against its permit target.
  static func timing(_ item: Case, _ desk: Desk, now: Date, calendar: WorkingCalendar)
    -> PermitTiming?
  {
    PermitTiming(
      item, now: now, calendar: calendar,
      target: desk.office.sla[.permit] ?? ServiceTarget.defaults[.permit])
  }

  /// Every permit request: those waiting on the office first, then the oldest first.
  static func permits(_ desk: Desk, now: Date) -> [CaseID] {
    let calendar = WorkingCalendar(office: desk.office)
    return desk.cases.compactMap { item -> (Case, PermitTiming)? in
      guard item.permit != nil else { return nil }
      return timing(item, desk, now: now, calendar: calendar).map { (item, $0) }
    }
    .sorted { lhs, rhs in
      if lhs.1.waitsOnOffice != rhs.1.waitsOnOffice { return lhs.1.waitsOnOffice }
      if lhs.0.status.isActive != rhs.0.status.isActive { return lhs.0.status.isActive }
      return lhs.0.receivedAt < rhs.0.receivedAt
    }
    .map(\.0.id)
  }
}
