/// A value handed to another thread by someone who knows no one else touches it meanwhile:
/// each channel's fold while the channel files are read in parallel.
final class ParallelSlot<Value>: @unchecked Sendable {
  var value: Value

  init(_ value: Value) {
    self.value = value
  }
}

/// The store as its logs' record handlers see it: unowned, as the store owns the logs.
final class StoreReference: @unchecked Sendable {
  unowned let store: OfficeStore

  init(_ store: OfficeStore) {
    self.store = store
  }
}
