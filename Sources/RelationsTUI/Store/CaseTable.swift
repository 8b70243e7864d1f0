import Domain

/// The office's cases by id, held in one array with an index beside it.
///
/// Not a `[CaseID: Case]`: a case is a large value (over 400 bytes), and a dictionary keeps
/// up to twice as many buckets as entries, so for an office of 250,000 cases the empty
/// buckets alone cost more than 100 MB.
struct CaseTable: Sendable {
  private var slots: [CaseID: Int32] = [:]
  /// Every case, in the order they were first seen.
  private(set) var values: [Case] = []

  var count: Int { values.count }

  subscript(id: CaseID) -> Case? {
    slots[id].map { values[Int($0)] }
  }

  /// Adds the case, or replaces the one with its id.
  mutating func put(_ item: Case) {
    if let slot = slots[item.id] {
      values[Int(slot)] = item
    } else {
      slots[item.id] = Int32(values.count)
      values.append(item)
    }
  }
}
